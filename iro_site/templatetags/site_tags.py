"""Tags every page uses: the language switcher and hreflang alternates."""

from django import template
from django.conf import settings
from django.urls import Resolver404, resolve, reverse, translate_url
from django.utils.translation import get_language, get_language_info, override

register = template.Library()


@register.simple_tag(takes_context=True)
def language_versions(context):
    """This page in each language, for the switcher and <link hreflang>.

    Each item has the language code, its name in that language, the URL and
    whether it is the current language. A page that does not resolve (a 404)
    links to each language's home page instead and is not `translatable`.
    """
    request = context["request"]
    current = get_language()
    try:
        resolve(request.path_info)
        translatable = True
    except Resolver404:
        translatable = False
    versions = []
    for code, _name in settings.LANGUAGES:
        if translatable:
            url = translate_url(request.get_full_path(), code)
        else:
            with override(code):
                url = reverse("departments:home")
        versions.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": url,
                "absolute_url": request.build_absolute_uri(url),
                "is_current": code == current,
                "translatable": translatable,
            }
        )
    return versions
