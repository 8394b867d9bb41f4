"""The language contract: every public page answers in every language."""

import re

import pytest

from programs.models import Project
from tests.languages import LANGUAGES

PUBLIC_PATHS = [
    "/{lang}/",
    "/{lang}/partners/",
    "/{lang}/partners/?country=KZ",
    "/{lang}/partners/induk-university/",
    "/{lang}/programs/",
    "/{lang}/programs/erasmus-plus/uzdoc-2/",
    "/{lang}/accessibility/",
]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_public_page_answers_in_language(client, seeded, path, lang):
    response = client.get(path.format(lang=lang))

    assert response.status_code == 200
    assert f'<html lang="{lang}">' in response.content.decode()


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("ru-RU,ru;q=0.9", "/ru/"),
        ("en-GB,en;q=0.8", "/en/"),
        ("uz-Latn-UZ", "/uz/"),
        ("fr-FR,fr;q=0.9,ru;q=0.5", "/ru/"),
        ("fr-FR,fr;q=0.9", "/en/"),
        ("ko-KR", "/en/"),
        ("de-DE,*;q=0.1", "/uz/"),
        ("", "/uz/"),
        ("xx-@@;;;q=nonsense", "/uz/"),
    ],
)
def test_root_redirects_to_the_visitors_language_else_english_else_uzbek(
    client, db, accept_language, expected
):
    response = client.get("/", headers={"accept-language": accept_language})

    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("lang", LANGUAGES)
def test_language_switcher_links_to_the_same_page_in_each_language(client, seeded, lang):
    page = client.get(f"/{lang}/partners/induk-university/").content.decode()

    for other in LANGUAGES:
        if other != lang:
            assert f'href="/{other}/partners/induk-university/" hreflang="{other}"' in page


def test_language_switcher_keeps_the_query_string(client, seeded):
    page = client.get("/en/partners/?country=KZ").content.decode()

    assert 'href="/ru/partners/?country=KZ"' in page


def test_pages_declare_hreflang_alternates(client, seeded):
    page = client.get("/ru/programs/").content.decode()

    for lang in LANGUAGES:
        assert (
            f'<link rel="alternate" hreflang="{lang}" href="http://testserver/{lang}/programs/">'
            in page
        )


def test_sitemap_lists_pages_with_their_language_alternates(client, seeded):
    # A project's page is listed once it says more than the programmes list.
    Project.objects.filter(slug="cultural-heritage-partnerships-central-asia").update(
        status="ongoing"
    )
    response = client.get("/sitemap.xml")
    sitemap = response.content.decode()

    assert response.status_code == 200
    assert "<loc>http://testserver/ru/partners/induk-university/</loc>" in sitemap
    assert 'hreflang="uz" href="http://testserver/uz/partners/induk-university/"' in sitemap
    assert "/programs/unesco/" in sitemap


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_admin(client):
    response = client.get("/robots.txt")
    text = response.content.decode()

    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /*/admin/" in text


def test_empty_site_shows_a_friendly_home_page_not_an_error(client, db):
    response = client.get("/en/")

    assert response.status_code == 200
    assert "being prepared" in response.content.decode()


@pytest.mark.parametrize(
    ("path", "current", "marked"),
    [
        ("/en/", "/en/", "page"),
        ("/en/partners/", "/en/partners/", "page"),
        ("/en/partners/induk-university/", "/en/partners/", "true"),
        ("/en/programs/erasmus-plus/uzdoc-2/", "/en/programs/", "true"),
        ("/en/opportunities/archive/", "/en/opportunities/", "true"),
        ("/en/activities/", "/en/activities/", "page"),
    ],
)
def test_navigation_marks_the_current_page_or_its_section(client, seeded, path, current, marked):
    page = client.get(path).content.decode()
    navigation = page.split('<nav class="site-nav"')[1].split("</nav>")[0]

    assert re.findall(r'<a href="([^"]+)" aria-current="(\w+)"', navigation) == [(current, marked)]


SECTIONS = {
    "uz": ["Boʻlim", "Hamkorlar", "Dasturlar", "Faoliyat", "Imkoniyatlar"],
    "ru": ["Отдел", "Партнёры", "Программы", "Деятельность", "Возможности"],
    "en": ["Department", "Partners", "Programmes", "Activities", "Opportunities"],
}


@pytest.mark.parametrize("lang", SECTIONS)
def test_navigation_lists_each_content_apps_section_in_order(client, seeded, lang):
    page = client.get(f"/{lang}/about-nothing/").content.decode()
    navigation = page.split('<nav class="site-nav"')[1].split("</nav>")[0]

    links = re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', navigation)
    assert [label for _url, label in links] == SECTIONS[lang]
    assert [url for url, _label in links] == [
        f"/{lang}/",
        f"/{lang}/partners/",
        f"/{lang}/programs/",
        f"/{lang}/activities/",
        f"/{lang}/opportunities/",
    ]


@pytest.mark.parametrize(
    ("lang", "home"), [("uz", "Bosh sahifa"), ("ru", "Главная"), ("en", "Home")]
)
@pytest.mark.parametrize(
    "path", ["/{lang}/partners/induk-university/", "/{lang}/programs/erasmus-plus/uzdoc-2/"]
)
def test_breadcrumbs_start_at_the_home_page(client, seeded, lang, home, path):
    page = client.get(path.format(lang=lang)).content.decode()
    breadcrumbs = page.split('<nav class="breadcrumbs"')[1].split("</nav>")[0]

    assert re.findall(r"<li><a href=\"([^\"]+)\">([^<]+)</a>", breadcrumbs)[0] == (
        f"/{lang}/",
        home,
    )
