"""Tags every page uses: the language switcher and hreflang alternates."""

from django import template
from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language, get_language_info, override

register = template.Library()


@register.simple_tag(takes_context=True)
def language_versions(context):
    """This page in each language, for the switcher and <link hreflang>.

    Each item has the language code, its name in that language, the URL and
    whether it is the current language. A page that does not resolve (a 404),
    or whose match cannot be reversed (the admin's catch-all view behind an
    unknown admin URL), links to each language's home page instead and is
    not `translatable`.
    """
    request = context["request"]
    current = get_language()
    # The handler already resolved this path; reversing that match in each
    # language is what translate_url() does, without resolving it again.
    match = request.resolver_match
    _path, question_mark, query = request.get_full_path().partition("?")
    urls = _page_in_each_language(match, question_mark + query) if match else None
    translatable = urls is not None
    if not translatable:
        urls = {}
        for code, _name in settings.LANGUAGES:
            with override(code):
                urls[code] = reverse("departments:home")
    versions = []
    for code, _name in settings.LANGUAGES:
        url = urls[code]
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


def _page_in_each_language(match, query_string):
    """{language code: URL} of the matched page, or None if it has no name
    to reverse (the admin's catch-all view behind an unknown admin URL)."""
    urls = {}
    for code, _name in settings.LANGUAGES:
        with override(code):
            try:
                urls[code] = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
            except NoReverseMatch:
                return None
        urls[code] += query_string
    return urls
