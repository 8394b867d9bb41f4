"""Tags every page uses: links, the language switcher and hreflang alternates."""

from functools import lru_cache

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.utils.translation import get_language, get_language_info, override

from iro_site.reversing import reverse_url

register = template.Library()


@register.simple_tag
def static_url(path):
    """Django's {% static %}, remembered per process.

    The hashed name of a collected file is fixed once the manifest is
    loaded, but each lookup costs as much as a {% url %}.
    """
    return _static_url(settings.STORAGES["staticfiles"]["BACKEND"], settings.STATIC_URL, path)


@lru_cache(maxsize=64)
def _static_url(_storage_backend, _static_root_url, path):
    return static(path)


@register.simple_tag
def page_url(viewname, *args, **kwargs):
    """Django's {% url %} for our own pages, remembered per process.

    Each {% url %} walks the URL patterns again (a sixteenth of a small
    page's rendering, for the four every page has); see iro_site.reversing.
    Like {% url %}, it takes `as name`.
    """
    return reverse_url(viewname, *args, **kwargs)


@register.simple_tag(takes_context=True)
def language_versions(context):
    """This page in each language, for the switcher and <link hreflang>.

    Each item has the language code, its name in that language, the URL and
    whether it is the current language. A page that does not resolve (a 404)
    links to each language's home page instead and is not `translatable`.
    """
    request = context["request"]
    current = get_language()
    # The handler already resolved this path; reversing that match in each
    # language is what translate_url() does, without resolving it again.
    match = request.resolver_match
    translatable = match is not None
    _path, question_mark, query = request.get_full_path().partition("?")
    versions = []
    for code, _name in settings.LANGUAGES:
        with override(code):
            if translatable:
                url = reverse_url(match.view_name, *match.args, **match.kwargs)
                url += question_mark + query
            else:
                url = reverse_url("departments:home")
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
