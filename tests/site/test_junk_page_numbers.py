"""Whatever a link puts in a page number, every paginated page answers with
a page or a 404 in the page's language, never an error."""

import pytest

from tests.languages import LANGUAGES

NOT_FOUND = {"uz": "Sahifa topilmadi", "ru": "Страница не найдена", "en": "Page not found"}
JUNK = ["abc", "-1", "0", "1e9", "1.5", "", "%00", "%EF%BC%92", "9" * 300, "9" * 5000, "2&page=x"]
PAGINATED = [
    ("activities/", "page"),
    ("opportunities/", "p"),
    ("opportunities/archive/", "p"),
    ("search/?q=induk&", "page"),
    ("partners/", "page"),
]


def page_number_url(language, path, parameter, value):
    separator = "" if path.endswith("&") else "?"
    return f"/{language}/{path}{separator}{parameter}={value}"


@pytest.mark.parametrize(("path", "parameter"), PAGINATED)
@pytest.mark.parametrize("value", JUNK)
def test_junk_page_numbers_give_a_page_or_a_404(client, db, settings, path, parameter, value):
    settings.PAGE_CACHE_SECONDS = 600

    response = client.get(page_number_url("en", path, parameter, value))

    assert response.status_code in (200, 404)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("path", "parameter"), PAGINATED[:3])
def test_a_page_past_the_end_is_a_404_in_the_page_language(client, db, language, path, parameter):
    response = client.get(page_number_url(language, path, parameter, "2"))

    assert response.status_code == 404
    assert f"<h1>{NOT_FOUND[language]}</h1>" in response.content.decode()


@pytest.mark.parametrize("value", JUNK)
def test_junk_sitemap_page_numbers_give_the_sitemap_or_a_404(client, db, value):
    assert client.get(f"/sitemap.xml?p={value}").status_code in (200, 404)
