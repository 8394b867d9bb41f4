"""The home page on a phone stays light and loads nothing from elsewhere.

A visitor on a 360 px phone who reads the whole home page (seed and demo
content: partners, projects, the latest activities with their pictures, the
nearest deadlines) downloads under 100 KB, fonts and images included, and
every request goes to the site itself.

The test server sends text uncompressed, where production gzips pages and
WhiteNoise sends CSS and SVG gzipped or, to most browsers, brotli-compressed:
text counts here at its gzip size, a little more than production sends. The
test server serves no uploads either: they are answered from the media
folder, as nginx answers them in production. Headers count too.
"""

import gzip
import io
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.management import call_command

from tests.languages import LANGUAGES

pytestmark = pytest.mark.browser

BUDGET_BYTES = 100 * 1024
COMPRESSED_IN_PRODUCTION = ("text/", "image/svg+xml", "application/javascript")


@pytest.fixture
def site_with_demo(site):
    call_command("load_demo_content", allow_production=True, stdout=io.StringIO())
    return site


def serve_uploads_like_nginx(route):
    relative = urlsplit(route.request.url).path.removeprefix("/" + settings.MEDIA_URL)
    path = Path(settings.MEDIA_ROOT) / relative
    if path.is_file():
        route.fulfill(path=path)
    else:
        route.fulfill(status=404)


def bytes_sent_in_production(response):
    body = response.body()
    headers = response.headers
    if headers.get("content-type", "").startswith(COMPRESSED_IN_PRODUCTION) and not headers.get(
        "content-encoding"
    ):
        body = gzip.compress(body)
    return len(body) + sum(len(name) + len(value) + 4 for name, value in headers.items())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_page_on_a_phone_loads_under_100_kb_all_from_the_site(site_with_demo, browser, lang):
    # Twice as many pixels as CSS pixels, as on most phones this narrow.
    context = browser.new_context(viewport={"width": 360, "height": 740}, device_scale_factor=2)
    page = context.new_page()
    page.route(f"**/{settings.MEDIA_URL}**", serve_uploads_like_nginx)
    requested, answered = [], []
    page.on("request", lambda request: requested.append(request.url))
    page.on("response", lambda response: answered.append(response))

    page.goto(f"{site_with_demo}/{lang}/")
    # Read to the end: lazily loaded pictures count too.
    for image in page.locator("img").all():
        image.scroll_into_view_if_needed()
    page.wait_for_function("() => [...document.images].every(image => image.complete)")
    page.evaluate("document.fonts.ready")
    sizes = {
        response.url: bytes_sent_in_production(response) for response in answered if response.ok
    }
    kinds = {urlsplit(url).path.rsplit(".", 1)[-1] for url in sizes}
    context.close()

    site_host = urlsplit(site_with_demo).netloc
    elsewhere = [url for url in requested if urlsplit(url).netloc not in (site_host, "")]
    assert elsewhere == []
    assert len(answered) == len(sizes)  # every request answered, none failed
    assert "css" in kinds and kinds & {"webp", "jpg", "png"}  # pictures were reached and counted
    assert sum(sizes.values()) < BUDGET_BYTES, "\n".join(
        f"{size:8} {url}" for url, size in sorted(sizes.items(), key=lambda item: -item[1])
    )
