"""The list, the archive and each opportunity's page, as visitors see them."""

from datetime import timedelta

import pytest
from model_bakery import baker

from opportunities.models import Opportunity
from programs.models import Program
from tests.languages import LANGUAGES
from tests.opportunities.conftest import NOW
from tests.opportunities.factories import make_opportunity, tashkent

pytestmark = pytest.mark.django_db

TITLES = {
    "uz": "Yozgi maktab grantlari",
    "ru": "Гранты летней школы",
    "en": "Summer school grants",
}
CLOSES_IN_THREE_DAYS = {
    "uz": "3 kundan soʻng yopiladi",
    "ru": "Закрывается через 3 дня",
    "en": "Closes in 3 days",
}


@pytest.fixture
def summer_school(clock):
    return make_opportunity(
        "summer-school",
        NOW + timedelta(days=3),
        title_uz=TITLES["uz"],
        title_ru=TITLES["ru"],
        title_en=TITLES["en"],
        funder_en="Example Foundation",
        for_students=True,
        for_researchers=True,
        description_en="First paragraph.\n\nSecond paragraph.",
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_list_shows_the_title_and_closes_in_3_days_in_each_language(client, summer_school, lang):
    response = client.get(f"/{lang}/opportunities/")
    page = response.content.decode()

    assert response.status_code == 200
    assert f'<html lang="{lang}">' in page
    assert TITLES[lang] in page
    assert CLOSES_IN_THREE_DAYS[lang] in page


@pytest.mark.parametrize("lang", LANGUAGES)
def test_deadline_is_shown_in_tashkent_time_in_each_language(client, clock, lang):
    # 17:00 in Tashkent is 12:00 UTC: the page shows Tashkent's hour.
    make_opportunity("call", tashkent(2026, 12, 4, 17, 0))
    page = client.get(f"/{lang}/opportunities/").content.decode()

    assert '<time datetime="2026-12-04T17:00:00+05:00">' in page
    assert {
        "uz": "Toshkent vaqti bilan 17:00",
        "ru": "17:00 по ташкентскому времени",
        "en": "17:00 Tashkent time",
    }[lang] in page


def test_list_puts_the_nearest_deadline_first(client, clock):
    make_opportunity("later", NOW + timedelta(days=20))
    make_opportunity("sooner", NOW + timedelta(days=2))
    make_opportunity("soonest", NOW + timedelta(hours=3))

    page = client.get("/en/opportunities/").content.decode()

    assert page.index("soonest (en)") < page.index("sooner (en)") < page.index("later (en)")
    assert "Closes in 3 hours" in page


def test_a_passed_deadline_is_on_the_archive_not_the_list(client, clock):
    make_opportunity("open-call", NOW + timedelta(days=1))
    make_opportunity("old-call", NOW - timedelta(days=1))

    listed = client.get("/en/opportunities/").content.decode()
    archived = client.get("/en/opportunities/archive/").content.decode()

    assert "open-call (en)" in listed and "old-call (en)" not in listed
    assert "old-call (en)" in archived and "open-call (en)" not in archived


def test_an_opportunity_leaves_the_list_by_itself_at_its_deadline(client, clock):
    deadline = tashkent(2026, 12, 1, 23, 30)
    make_opportunity("tonight", deadline)

    clock["move_to"](deadline - timedelta(minutes=10))
    assert "Closes in 10 minutes" in client.get("/en/opportunities/").content.decode()

    clock["move_to"](deadline)
    assert "tonight (en)" not in client.get("/en/opportunities/").content.decode()
    assert "tonight (en)" in client.get("/en/opportunities/archive/").content.decode()
    detail = client.get("/en/opportunities/tonight/").content.decode()
    assert "This opportunity is closed: its deadline has passed." in detail
    assert "https://example.org/apply/tonight" not in detail


def test_unpublished_opportunities_are_on_no_public_page(client, clock):
    make_opportunity("draft", NOW + timedelta(days=1), is_published=False)
    make_opportunity("old-draft", NOW - timedelta(days=1), is_published=False)

    assert "draft (en)" not in client.get("/en/opportunities/").content.decode()
    assert "old-draft (en)" not in client.get("/en/opportunities/archive/").content.decode()
    assert client.get("/en/opportunities/draft/").status_code == 404


@pytest.mark.parametrize("lang", LANGUAGES)
def test_detail_page_in_each_language(client, summer_school, lang):
    response = client.get(f"/{lang}/opportunities/summer-school/")
    page = response.content.decode()

    assert response.status_code == 200
    assert f"<h1>{TITLES[lang]}</h1>" in page
    assert CLOSES_IN_THREE_DAYS[lang] in page
    assert 'href="https://example.org/apply/summer-school"' in page
    assert f'href="/{lang}/opportunities/summer-school/deadline.ics"' in page
    assert {"uz": "Talabalar", "ru": "Студенты", "en": "Students"}[lang] in page
    assert {"uz": "Tadqiqotchilar", "ru": "Исследователи", "en": "Researchers"}[lang] in page


def test_detail_page_shows_paragraphs_funder_and_the_linked_programme(client, clock):
    erasmus = baker.make(Program, name_en="Erasmus+", slug="erasmus-plus")
    make_opportunity(
        "mobility",
        NOW + timedelta(days=9),
        funder_en="European Commission",
        program=erasmus,
        description_en="First paragraph.\n\nSecond paragraph.",
    )

    page = client.get("/en/opportunities/mobility/").content.decode()

    assert "European Commission" in page
    assert f'href="{erasmus.get_absolute_url()}">Erasmus+</a>' in page
    assert "<p>First paragraph.</p>" in page and "<p>Second paragraph.</p>" in page


@pytest.mark.parametrize("lang", LANGUAGES)
def test_archive_page_in_each_language(client, clock, lang):
    make_opportunity("old-call", NOW - timedelta(days=3))

    response = client.get(f"/{lang}/opportunities/archive/")

    assert response.status_code == 200
    assert "old-call" in response.content.decode()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_empty_list_and_archive_greet_visitors_with_a_friendly_line(client, clock, lang):
    listed = client.get(f"/{lang}/opportunities/").content.decode()
    archived = client.get(f"/{lang}/opportunities/archive/").content.decode()

    assert {
        "uz": "Hozircha ochiq imkoniyat yoʻq.",
        "ru": "Сейчас открытых возможностей нет.",
        "en": "No opportunities are open right now.",
    }[lang] in listed
    assert {
        "uz": "Hali muddati oʻtgan imkoniyat yoʻq.",
        "ru": "Прошедших сроков пока нет.",
        "en": "No deadlines have passed yet.",
    }[lang] in archived
    assert "/admin/" not in listed


def test_empty_list_shows_signed_in_editors_where_to_add_the_first(client, clock, editor):
    client.force_login(editor)

    page = client.get("/en/opportunities/").content.decode()

    assert 'href="/en/admin/opportunities/opportunity/add/"' in page
    assert "Add the first opportunity in the admin" in page


def test_translators_are_not_offered_to_add_one(client, clock, translator):
    client.force_login(translator)

    assert "/opportunity/add/" not in client.get("/en/opportunities/").content.decode()


def test_list_links_the_calendar_to_subscribe_to(client, summer_school):
    page = client.get("/en/opportunities/").content.decode()

    assert 'href="webcal://testserver/en/opportunities/deadlines.ics"' in page
    assert 'href="http://testserver/en/opportunities/deadlines.ics"' in page


def test_an_old_slug_redirects_to_the_opportunity(client, summer_school):
    summer_school.slug = "summer-school-2027"
    summer_school.save()

    response = client.get("/en/opportunities/summer-school/")

    assert response.status_code == 301
    assert response["Location"] == "/en/opportunities/summer-school-2027/"


def test_an_old_slug_of_an_unpublished_one_tells_visitors_nothing(client, summer_school):
    Opportunity.objects.filter(pk=summer_school.pk).update(is_published=False)
    summer_school.refresh_from_db()
    summer_school.slug = "renamed"
    summer_school.save()

    assert client.get("/en/opportunities/summer-school/").status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/en/opportunities/no-such-call/",
        "/en/opportunities/no-such-call/deadline.ics",
        "/en/opportunities/?p=99",
        "/en/opportunities/archive/?p=2",
        "/en/opportunities/ümlaut/",
    ],
)
def test_unknown_slugs_and_pages_are_not_found(client, clock, path):
    assert client.get(path).status_code == 404


@pytest.mark.parametrize(
    "query",
    ["?p=abc", "?p=-1", "?p=0", "?p=1e3", "?p=%00", "?utm_source=x&p=1", "?p=" + "9" * 300],
)
def test_junk_query_strings_never_fail(client, summer_school, query):
    for path in ("/en/opportunities/", "/en/opportunities/archive/"):
        assert client.get(path + query).status_code in (200, 404)


def test_list_is_paginated_with_links_between_pages(client, clock):
    for number in range(25):
        make_opportunity(f"call-{number:02}", NOW + timedelta(days=number + 1))

    first = client.get("/en/opportunities/").content.decode()
    second = client.get("/en/opportunities/?p=2").content.decode()

    assert "call-00 (en)" in first and "call-24 (en)" not in first
    assert 'href="?p=2"' in first and "Page 1 of 2" in first
    assert "call-24 (en)" in second and 'href="?p=1"' in second


def test_public_pages_answer_only_get_and_head(client, summer_school):
    for path in ("/en/opportunities/", "/en/opportunities/summer-school/"):
        assert client.post(path).status_code == 405
    assert client.head("/en/opportunities/deadlines.ics").status_code == 200


def test_a_slug_that_names_another_page_is_refused(db):
    opportunity = Opportunity(
        title_uz="x", slug="archive", deadline=NOW, apply_url="https://example.org/"
    )

    with pytest.raises(Exception, match="address of another page"):
        opportunity.full_clean()
