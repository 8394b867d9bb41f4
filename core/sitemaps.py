"""sitemap.xml: every public page of every content app, in every language.

Each content app lists its pages in its own `sitemaps` module, as a dict
`SITEMAPS` of Sitemap classes; the view below puts them together, so the
project names no app.
"""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import sitemap
from django.http import Http404
from django.urls import reverse

from core.content import content_app_modules
from core.public import is_page_number, public_page


class TranslatedSitemap(Sitemap):
    """Each item once per language, with hreflang alternates."""

    i18n = True
    alternates = True
    x_default = True


class SectionSitemap(TranslatedSitemap):
    """A section's own pages, by the URL names in `url_names`."""

    priority = 0.8
    url_names = ()

    def items(self):
        return list(self.url_names)

    def location(self, item):
        return reverse(item)


def content_sitemaps():
    return {
        name: sitemap_class
        for module in content_app_modules("sitemaps")
        for name, sitemap_class in module.SITEMAPS.items()
    }


@public_page(query_parameters={"p": is_page_number})
def site_sitemap(request):
    # Only plain page numbers reach Django's paginator: anything else (?p=abc)
    # is a page that does not exist, whatever the paginator would make of it.
    page = request.GET.get("p", "1")
    if not (page.isascii() and page.isdigit()):
        raise Http404("No such sitemap page")
    response = sitemap(request, sitemaps=content_sitemaps())
    # Every language's pages, whoever asked first: LocaleMiddleware would
    # name the first visitor's language, and the page cache keep it.
    response["Content-Language"] = ", ".join(code for code, _name in settings.LANGUAGES)
    return response
