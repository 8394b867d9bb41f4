"""Unknown addresses and junk input get a clear page, never a 500."""

import pytest

from tests.languages import LANGUAGES

NOT_FOUND_TITLES = {
    "uz": "Sahifa topilmadi",
    "ru": "Страница не найдена",
    "en": "Page not found",
}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(
    "path",
    [
        "/{lang}/no-such-page/",
        "/{lang}/partners/no-such-partner/",
        "/{lang}/programs/erasmus-plus/no-such-project/",
        "/{lang}/programs/unesco/uzdoc-2/",
        "/{lang}/departments/no-such-department/",
    ],
)
def test_unknown_address_is_a_translated_404(client, seeded, path, lang):
    response = client.get(path.format(lang=lang))

    assert response.status_code == 404
    page = response.content.decode()
    assert NOT_FOUND_TITLES[lang] in page
    assert f'<html lang="{lang}">' in page


def test_404_language_switcher_leads_to_each_home_page(client, seeded):
    page = client.get("/ru/no-such-page/").content.decode()

    assert 'href="/en/" hreflang="en"' in page
    assert 'rel="alternate" hreflang' not in page


@pytest.mark.parametrize("path", ["/xx/", "/de/partners/", "/uz-cyrl/"])
def test_unknown_language_prefix_is_a_404(client, seeded, path):
    assert client.get(path).status_code == 404


def test_inactive_partner_has_no_page(client, seeded):
    from partners.models import Partner

    Partner.objects.filter(slug="induk-university").update(is_active=False)

    assert client.get("/en/partners/induk-university/").status_code == 404


@pytest.mark.parametrize(
    "query",
    [
        "country=%3Cscript%3Ealert(1)%3C/script%3E",
        "country=" + "A" * 5000,
        "country=kz&country=ru",
        "country=%00",
        "country=%FF%FE",
        "page=-1&sort=%27%20OR%201=1",
        "country[]=KZ",
    ],
)
def test_junk_query_strings_never_cause_an_error(client, seeded, query):
    response = client.get(f"/en/partners/?{query}")

    assert response.status_code == 200
    assert "<script>alert" not in response.content.decode()


def test_junk_query_string_on_other_pages_is_ignored(client, seeded):
    assert client.get("/ru/?utm_source=%FF&x[]=1").status_code == 200
    assert client.get("/uz/programs/?q=%27").status_code == 200


def test_robots_txt_refuses_post(client):
    assert client.post("/robots.txt").status_code == 405


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("uz", "Nimadir notoʻgʻri ketdi"),
        ("ru", "Что-то пошло не так"),
        ("en", "Something went wrong"),
    ],
)
def test_server_error_page_is_translated_and_hides_the_traceback(
    client, seeded, monkeypatch, lang, expected
):
    def broken_view(*args, **kwargs):
        raise RuntimeError("database exploded")

    monkeypatch.setattr("departments.views._render_department", broken_view)
    client.raise_request_exception = False

    response = client.get(f"/{lang}/")

    assert response.status_code == 500
    page = response.content.decode()
    assert expected in page
    assert "database exploded" not in page
    assert "Traceback" not in page
