"""Staff preview a prepared opportunity; the home page shows the nearest deadlines."""

from datetime import timedelta

import pytest

from tests.languages import LANGUAGES
from tests.opportunities.conftest import NOW
from tests.opportunities.factories import make_opportunity

pytestmark = pytest.mark.django_db

BANNER = "Not public: only signed-in staff see this page."


@pytest.fixture
def draft(clock):
    return make_opportunity("prepared-call", NOW + timedelta(days=5), is_published=False)


def test_staff_preview_a_prepared_opportunity_privately(client, editor, draft):
    client.force_login(editor)

    response = client.get("/en/opportunities/prepared-call/")
    page = response.content.decode()

    assert response.status_code == 200
    assert "prepared-call (en)" in page
    assert BANNER in page
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Robots-Tag"] == "noindex"


def test_translators_preview_too(client, translator, draft):
    client.force_login(translator)

    assert client.get("/en/opportunities/prepared-call/").status_code == 200


def test_visitors_get_not_found_for_a_prepared_opportunity(client, editor, draft):
    staff_client = client.__class__()
    staff_client.force_login(editor)
    assert staff_client.get("/en/opportunities/prepared-call/").status_code == 200

    assert client.get("/en/opportunities/prepared-call/").status_code == 404


def test_published_opportunity_page_has_no_banner(client, editor, clock):
    make_opportunity("public-call", NOW + timedelta(days=5))
    client.force_login(editor)

    response = client.get("/en/opportunities/public-call/")

    assert BANNER not in response.content.decode()
    assert "X-Robots-Tag" not in response


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_page_shows_the_three_nearest_open_deadlines(client, seeded, clock, lang):
    for days in (9, 2, 30, 5):
        make_opportunity(f"in-{days}-days", NOW + timedelta(days=days))
    make_opportunity("closed-call", NOW - timedelta(days=1))

    page = client.get(f"/{lang}/").content.decode()

    assert {"uz": "Eng yaqin muddatlar", "ru": "Ближайшие сроки", "en": "Nearest deadlines"}[
        lang
    ] in page
    assert page.index("in-2-days") < page.index("in-5-days") < page.index("in-9-days")
    assert "in-30-days" not in page
    assert "closed-call" not in page
    assert f'href="/{lang}/opportunities/"' in page


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_page_without_open_deadlines_says_so_kindly(client, seeded, clock, lang):
    page = client.get(f"/{lang}/").content.decode()

    assert {
        "uz": "Hozircha ochiq grant, stipendiya yoki tanlov yoʻq.",
        "ru": "Сейчас нет открытых грантов, стипендий или конкурсов.",
        "en": "No grants, scholarships or calls are open right now.",
    }[lang] in page
    assert "/opportunity/add/" not in page


def test_home_page_shows_editors_where_to_add_the_first(client, seeded, clock, editor):
    client.force_login(editor)

    assert "/en/admin/opportunities/opportunity/add/" in client.get("/en/").content.decode()
