"""Each page names its canonical address and its versions in each language
(and x-default) in its head, with only the query parameters that name a
page of its own: never ?utm_*, another page's parameters or page 1."""

import datetime
import re
from html.parser import HTMLParser

import pytest
from django.utils import timezone
from model_bakery import baker

from activities.models import Activity
from activities.views import PER_PAGE
from iro_site import page_cache
from partners.models import Partner
from tests.languages import LANGUAGES

JUNK = "utm_source=newsletter&utm_medium=email&fbclid=abc123&q=word&p=2"


class HeadLinks(HTMLParser):
    """The canonical link and the hreflang alternates of a page."""

    def __init__(self):
        super().__init__()
        self.canonical = []
        self.alternates = {}
        self.repeated = []

    def handle_starttag(self, tag, attributes):
        attributes = dict(attributes)
        if tag != "link":
            return
        if attributes.get("rel") == "canonical":
            self.canonical.append(attributes["href"])
        elif attributes.get("rel") == "alternate" and "hreflang" in attributes:
            if attributes["hreflang"] in self.alternates:
                self.repeated.append(attributes["hreflang"])
            self.alternates[attributes["hreflang"]] = attributes["href"]


def head_links_of(html):
    parser = HeadLinks()
    parser.feed(html)
    assert not parser.repeated
    return parser


def head_links(response):
    return head_links_of(response.content.decode())


def versions_of(path_and_query):
    """The alternates a page at /<language>/<path_and_query> must declare."""
    return {
        **{code: f"http://testserver/{code}/{path_and_query}" for code in LANGUAGES},
        "x-default": f"http://testserver/{path_and_query}",
    }


@pytest.fixture
def two_pages_of_activities(db):
    """One more activity than a page holds: the list has a page 2."""
    now = timezone.now()
    for number in range(PER_PAGE + 1):
        Activity.objects.create(
            kind=Activity.Kind.CONFERENCE,
            title_uz=f"Konferensiya {number}",
            title_ru=f"Конференция {number}",
            title_en=f"Conference {number}",
            slug=f"conference-{number}",
            summary_uz="Qisqacha.",
            starts_on=datetime.date(2026, 3, number + 1),
            published_at=now - datetime.timedelta(hours=1),
        )


@pytest.fixture(params=[0, 600], ids=["page-cache-off", "page-cache-on"])
def page_cache_seconds(request, settings):
    """With the page cache on, junk is dropped before the view; off (in
    development, and for signed-in staff), the links must leave it out too."""
    settings.PAGE_CACHE_SECONDS = request.param
    return request.param


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("asked", "canonical"),
    [
        ("", ""),
        (f"?{JUNK}", ""),
        # A country: a page of its own; page 2 is the activity list's, not this one's.
        (f"partners/?country=RU&{JUNK}&page=2", "partners/?country=RU"),
        (
            "partners/?kind=cooperation&country=KR&utm_id=x",
            "partners/?country=KR&kind=cooperation",
        ),
        (f"activities/?page=2&{JUNK}", "activities/?page=2"),
        (
            "activities/?page=2&year=2026&kind=conference",
            "activities/?kind=conference&year=2026&page=2",
        ),
        # Page 1 is the list itself; junk values name no page of their own.
        ("activities/?page=1", "activities/"),
        ("activities/?page=abc&year=99&kind=none", "activities/"),
        (f"partners/induk-university/?{JUNK}&country=KR&page=2", "partners/induk-university/"),
        ("programs/?utm_campaign=spring", "programs/"),
    ],
)
def test_page_names_its_canonical_address_and_versions_exactly(
    client, seeded, two_pages_of_activities, page_cache_seconds, language, asked, canonical
):
    response = client.get(f"/{language}/{asked}")
    links = head_links(response)

    assert response.status_code == 200
    assert links.canonical == [f"http://testserver/{language}/{canonical}"]
    assert links.alternates == versions_of(canonical)


@pytest.mark.parametrize("language", LANGUAGES)
def test_language_switcher_keeps_what_the_page_reads_and_drops_the_rest(
    client, seeded, page_cache_seconds, language
):
    page = client.get(f"/{language}/partners/?utm_source=x&country=kr&page=3").content.decode()
    switcher_links = set(re.findall(r'<a href="([^"]*)" hreflang="', page))

    # A value worth no stored page (lower case) still shows the country.
    assert switcher_links == {
        f"/{code}/partners/?country=kr" for code in LANGUAGES if code != language
    }
    assert head_links_of(page).canonical == [f"http://testserver/{language}/partners/"]


def sitemap_x_default(client, uz_address):
    """The x-default sitemap.xml gives the page whose Uzbek address is `uz_address`."""
    sitemap = client.get("/sitemap.xml").content.decode()
    entry = re.search(rf"<url><loc>{re.escape(uz_address)}</loc>(.*?)</url>", sitemap, re.S)
    return re.search(r'hreflang="x-default" href="([^"]+)"', entry.group(1)).group(1)


@pytest.mark.parametrize("path", ["", "partners/", "partners/induk-university/", "activities/"])
def test_x_default_is_the_address_the_sitemap_gives_and_leads_to_the_page(
    client, seeded, two_pages_of_activities, path
):
    x_default = head_links(client.get(f"/ru/{path}")).alternates["x-default"]

    assert x_default == sitemap_x_default(client, f"http://testserver/uz/{path}")
    redirect = client.get(x_default, headers={"accept-language": "ru"})
    assert redirect.status_code == 302
    assert redirect["Location"] == f"/ru/{path}"


def test_x_default_of_a_country_page_keeps_the_country(client, seeded):
    x_default = head_links(client.get("/en/partners/?country=KR")).alternates["x-default"]

    redirect = client.get(x_default, headers={"accept-language": "en"})

    assert x_default == "http://testserver/partners/?country=KR"
    assert redirect["Location"] == "/en/partners/?country=KR"


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_results_name_no_canonical_address(client, seeded, page_cache_seconds, language):
    response = client.get(f"/{language}/search/?q=induk&utm_source=x")
    links = head_links(response)

    assert response["X-Robots-Tag"] == "noindex"
    assert links.canonical == []
    assert links.alternates == versions_of("search/?q=induk")


def test_a_staff_preview_names_no_canonical_address(client, db, editor):
    baker.make(Partner, name_en="Dormant Academy", slug="dormant", country="LV", is_active=False)
    client.force_login(editor)

    response = client.get("/en/partners/dormant/")

    assert response.status_code == 200
    assert head_links(response).canonical == []


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "path",
    [
        "no-such-page/",
        "partners/no-such-partner/",
        "partners/no-such-partner/?country=KR&utm_source=x",
        "activities/?page=99",
        "opportunities/?p=99",
    ],
)
def test_error_pages_name_no_canonical_address_and_no_versions(
    client, seeded, page_cache_seconds, language, path
):
    response = client.get(f"/{language}/{path}")
    links = head_links(response)

    assert response.status_code == 404
    assert links.canonical == []
    assert links.alternates == {}


def test_links_with_junk_share_one_stored_page_and_one_canonical_address(
    client, seeded, settings, django_assert_num_queries
):
    settings.PAGE_CACHE_SECONDS = 600
    first = client.get("/en/partners/?country=KR&utm_source=a")

    with django_assert_num_queries(0):
        others = [
            client.get("/en/partners/?utm_source=b&country=KR"),
            client.get("/en/partners/?gclid=xyz&country=KR&page=9&q=induk"),
            client.get("/en/partners/?country=KR"),
        ]

    assert len(page_cache.store._pages) == 1
    for response in [first, *others]:
        assert head_links(response).canonical == ["http://testserver/en/partners/?country=KR"]


@pytest.mark.parametrize(
    "path",
    ["/en/partners/?country=FR", "/ru/partners/?kind=memorandum", "/uz/activities/?year=2031"],
)
def test_a_filter_that_matches_nothing_asks_not_to_be_indexed(client, seeded, path):
    page = client.get(path).content.decode()

    assert '<meta name="robots" content="noindex">' in page
    assert 'rel="canonical"' not in page


@pytest.mark.parametrize("path", ["/en/partners/?country=KZ", "/en/partners/"])
def test_a_filter_that_matches_something_is_indexed(client, seeded, path):
    page = client.get(path).content.decode()

    assert 'name="robots"' not in page
    assert 'rel="canonical"' in page
