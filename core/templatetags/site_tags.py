"""Tags every page uses: the language switcher, hreflang alternates and the
canonical address."""

from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language, get_language_info, override

from core.public import canonical_query_string, read_query_parameters

register = template.Library()


@register.simple_tag(takes_context=True)
def language_versions(context):
    """This page in each language, for the switcher and <link hreflang>.

    Each item has the language code, its name in that language, the URL and
    whether it is the current language. The URL keeps the query parameters
    the page's view reads (a country, a search), whatever their value; the
    `canonical_url`, absolute, keeps only those that name a page of its own
    (?country=RU, a page number past 1): the address for search engines.

    A page that does not resolve (a 404), an error page shown in place of
    a page that does (Django's 403 and 404 views give their template the
    `exception`), or a page whose match cannot be reversed (the admin's
    catch-all view behind an unknown admin URL), links to each language's
    home page instead and is not `translatable`: it has no alternates and
    no canonical address.
    """
    request = context["request"]
    current = get_language()
    # The handler already resolved this path; reversing that match in each
    # language is what translate_url() does, without resolving it again.
    match = request.resolver_match
    is_error_page = "exception" in context
    paths = _page_in_each_language(match) if match and not is_error_page else None
    translatable = paths is not None
    if translatable:
        query = urlencode(read_query_parameters(match.func, request.GET))
        canonical_query = canonical_query_string(match.func, request.GET)
    else:
        query = canonical_query = ""
        paths = {}
        for code, _name in settings.LANGUAGES:
            with override(code):
                paths[code] = reverse("departments:home")
    versions = []
    for code, _name in settings.LANGUAGES:
        path = paths[code]
        versions.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": _with_query(path, query),
                "canonical_path": _with_query(path, canonical_query),
                "canonical_url": request.build_absolute_uri(_with_query(path, canonical_query)),
                "is_current": code == current,
                "translatable": translatable,
            }
        )
    return versions


@register.simple_tag(takes_context=True)
def x_default_url(context, versions):
    """The address for a visitor in none of the site's languages, as
    sitemap.xml gives it (django.contrib.sitemaps' x_default): the default
    language's page without its language prefix, which LocaleMiddleware
    sends on to the visitor's language, or Uzbek."""
    prefix = f"/{settings.LANGUAGE_CODE}/"
    for version in versions:
        if version["code"] == settings.LANGUAGE_CODE and version["canonical_path"].startswith(
            prefix
        ):
            path = "/" + version["canonical_path"].removeprefix(prefix)
            return context["request"].build_absolute_uri(path)
    return ""


def _with_query(path, query):
    return f"{path}?{query}" if query else path


def _page_in_each_language(match):
    """{language code: path} of the matched page, or None if it has no name
    to reverse (the admin's catch-all view behind an unknown admin URL)."""
    paths = {}
    for code, _name in settings.LANGUAGES:
        with override(code):
            try:
                paths[code] = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
            except NoReverseMatch:
                return None
    return paths
