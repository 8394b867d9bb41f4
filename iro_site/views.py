from django.conf import settings
from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import override

from core.public import public_page


@public_page
def robots_txt(request):
    lines = [
        "User-agent: *",
        f"Disallow: /*/{settings.ADMIN_URL}",
        # Results pages say noindex too; this spares crawlers the requests.
        *(f"Disallow: {path}" for path in _search_paths()),
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    response = HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
    # Not the first visitor's language (LocaleMiddleware's guess, which the
    # page cache would keep): robots.txt's words are English.
    response["Content-Language"] = "en"
    return response


def _search_paths():
    paths = []
    for code, _name in settings.LANGUAGES:
        with override(code):
            paths.append(reverse("search:results"))
    return paths


@public_page
def favicon(request):
    """Browsers ask for /favicon.ico whatever the page says; send them the SVG."""
    return HttpResponsePermanentRedirect(static("favicon.svg"))
