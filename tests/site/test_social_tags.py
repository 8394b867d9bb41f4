"""Open Graph and Twitter card tags on every page, so shared links preview well."""

import re
from html.parser import HTMLParser

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from model_bakery import baker
from PIL import Image

from partners.models import Partner
from tests.images import image_bytes
from tests.languages import LANGUAGES

PAGES = ["", "partners/", "partners/induk-university/", "programs/", "search/?q=opera"]
LOCALES = {"uz": "uz_UZ", "ru": "ru_RU", "en": "en_US"}


class MetaTags(HTMLParser):
    """Every <meta property|name=... content=...> in a page, values unescaped."""

    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attributes):
        attributes = dict(attributes)
        if tag == "meta" and "content" in attributes:
            key = attributes.get("property") or attributes.get("name")
            self.tags.append((key, attributes["content"]))


def meta_tags(html):
    parser = MetaTags()
    parser.feed(html)
    return parser.tags


def one(tags, key):
    values = [value for name, value in tags if name == key]
    assert len(values) == 1, (key, values)
    return values[0]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page", PAGES)
def test_every_page_has_preview_tags_in_its_language(client, seeded, lang, page):
    html = client.get(f"/{lang}/{page}").content.decode()
    tags = meta_tags(html)
    title = re.search(r"<title>(.*?) · ", html).group(1)

    assert one(tags, "og:title") == meta_tags(f'<meta name="t" content="{title}">')[0][1]
    assert one(tags, "og:description") == one(tags, "description")
    assert one(tags, "twitter:title") == one(tags, "og:title")
    assert one(tags, "twitter:description") == one(tags, "description")
    assert one(tags, "og:type") == "website"
    assert one(tags, "og:url") == f"http://testserver/{lang}/{page.split('?')[0]}"
    assert one(tags, "og:locale") == LOCALES[lang]
    assert sorted(value for name, value in tags if name == "og:locale:alternate") == sorted(
        locale for code, locale in LOCALES.items() if code != lang
    )
    assert one(tags, "og:site_name")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_without_an_image_share_the_default_image(client, seeded, lang):
    tags = meta_tags(client.get(f"/{lang}/programs/").content.decode())

    assert one(tags, "og:image") == "http://testserver/static/img/social-preview.png"
    assert one(tags, "og:image:width") == "1200"
    assert one(tags, "og:image:height") == "630"
    assert one(tags, "og:image:alt")
    assert one(tags, "twitter:card") == "summary_large_image"


def test_the_default_image_is_a_1200_by_630_png(settings):
    with Image.open(settings.BASE_DIR / "static" / "img" / "social-preview.png") as image:
        assert image.format == "PNG"
        assert image.size == (1200, 630)


def test_default_image_is_served(client, db):
    assert client.get("/static/img/social-preview.png").status_code == 200


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_partner_with_a_logo_shares_its_logo(client, db, lang):
    partner = baker.make(Partner, slug="logo-arts", name_en="Logo Arts", country="KR")
    partner.logo = SimpleUploadedFile("logo.png", image_bytes("PNG", (300, 300)))
    partner.save()

    tags = meta_tags(client.get(f"/{lang}/partners/logo-arts/").content.decode())

    image = one(tags, "og:image")
    original = Partner.objects.get().logo.url
    assert image == f"http://testserver{original.rsplit('.', 1)[0]}-w256.png"
    assert "Logo Arts" in one(tags, "og:image:alt")
    assert one(tags, "twitter:card") == "summary"


def test_text_in_preview_tags_is_escaped(client, db):
    baker.make(Partner, slug="quotes", name_en='The "Quote" <b>&</b> Academy', country="KR")

    html = client.get("/en/partners/quotes/").content.decode()

    assert 'content="The &quot;Quote&quot; &lt;b&gt;&amp;&lt;/b&gt; Academy"' in html
    assert one(meta_tags(html), "og:title") == 'The "Quote" <b>&</b> Academy'


def test_a_hostile_search_cannot_break_out_of_the_tags(client, db):
    html = client.get("/en/search/", {"q": '"><script>alert(1)</script>'}).content.decode()

    assert "<script>" not in html
    assert one(meta_tags(html), "og:url") == "http://testserver/en/search/"


def test_page_cache_keeps_the_tags_of_the_host_asked(client, seeded, settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.ALLOWED_HOSTS = ["testserver", "ird.example.uz"]

    client.get("/en/", HTTP_HOST="testserver")
    tags = meta_tags(client.get("/en/", HTTP_HOST="ird.example.uz").content.decode())

    assert one(tags, "og:url") == "http://ird.example.uz/en/"
    assert one(tags, "og:image").startswith("http://ird.example.uz/")
