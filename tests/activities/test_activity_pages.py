"""The activity list and page as visitors see them, in every language."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from model_bakery import baker

from activities.models import Activity
from partners.models import Partner
from programs.models import Program, Project
from tests.languages import LANGUAGES

pytestmark = pytest.mark.django_db

TITLES = {"uz": "Mahorat darsi", "ru": "Мастер-класс", "en": "Master class"}
LIST_HEADINGS = {"uz": "Faoliyat", "ru": "Деятельность", "en": "Activities"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_activity_list_shows_published_activities_in_the_page_language(
    client, make_activity, lang
):
    make_activity(slug="guitar")

    response = client.get(f"/{lang}/activities/")
    page = response.content.decode()

    assert response.status_code == 200
    assert f'<html lang="{lang}">' in page
    assert f"<h1>{LIST_HEADINGS[lang]}</h1>" in page
    assert TITLES[lang] in page
    assert f'href="/{lang}/activities/guitar/"' in page


@pytest.mark.parametrize("lang", LANGUAGES)
def test_activity_page_shows_its_title_kind_date_place_and_body_in_each_language(
    client, make_activity, lang
):
    make_activity(
        slug="violin",
        starts_on=datetime.date(2026, 3, 12),
        ends_on=datetime.date(2026, 3, 14),
        place_uz="Katta zal",
        place_ru="Большой зал",
        place_en="Great hall",
        body_uz="Birinchi *xatboshi*.",
        body_ru="Первый *абзац*.",
        body_en="First *paragraph*.",
    )
    expected = {
        "uz": ("Mahorat darsi", "Mahorat darsi", "Katta zal", "<em>xatboshi</em>"),
        "ru": ("Мастер-класс", "Мастер-класс", "Большой зал", "<em>абзац</em>"),
        "en": ("Master class", "Master class", "Great hall", "<em>paragraph</em>"),
    }[lang]

    response = client.get(f"/{lang}/activities/violin/")
    page = response.content.decode()

    assert response.status_code == 200
    assert f"<h1>{expected[0]}" in page
    assert expected[1] in page
    assert expected[2] in page
    assert expected[3] in page
    assert '<time datetime="2026-03-12">' in page
    assert '<time datetime="2026-03-14">' in page


def test_list_is_newest_first(client, make_activity):
    make_activity(title_en="Older", starts_on=datetime.date(2025, 5, 1))
    make_activity(title_en="Newest", starts_on=datetime.date(2026, 9, 1))
    make_activity(title_en="Middle", starts_on=datetime.date(2026, 1, 1))

    page = client.get("/en/activities/").content.decode()

    assert page.index(">Newest<") < page.index(">Middle<") < page.index(">Older<")


def test_list_filters_by_kind_with_plain_links(client, make_activity):
    make_activity(title_en="A delegation from Seoul", kind=Activity.Kind.DELEGATION_VISIT)
    make_activity(title_en="A piano master class", kind=Activity.Kind.MASTER_CLASS)

    everything = client.get("/en/activities/").content.decode()
    visits = client.get("/en/activities/?kind=delegation-visit").content.decode()

    assert 'href="?kind=delegation-visit"' in everything
    assert "A delegation from Seoul" in visits
    assert "A piano master class" not in visits
    assert 'href="?kind=delegation-visit" aria-current="page"' in visits
    assert "<script" not in visits


def test_list_filters_by_year_and_kind_together(client, make_activity):
    make_activity(title_en="Concert 2025", starts_on=datetime.date(2025, 4, 1))
    make_activity(title_en="Concert 2026", starts_on=datetime.date(2026, 4, 1))
    make_activity(
        title_en="Conference 2026", starts_on=datetime.date(2026, 5, 1), kind="conference"
    )

    page = client.get("/en/activities/?year=2026&kind=master-class").content.decode()

    assert "Concert 2026" in page
    assert "Concert 2025" not in page
    assert "Conference 2026" not in page
    # The year links keep the chosen kind.
    assert 'href="?year=2025&amp;kind=master-class"' in page
    assert "Activities: Master class, 2026" in page


def test_filters_offer_only_kinds_and_years_that_have_activities(client, make_activity):
    make_activity(kind="conference", starts_on=datetime.date(2024, 2, 2))

    page = client.get("/en/activities/").content.decode()

    assert ">Conference</a>" in page
    assert ">Master class</a>" not in page
    assert ">2024</a>" in page
    assert ">2025</a>" not in page


def test_list_is_paginated_with_page_numbers(client, make_activity):
    for number in range(30):
        make_activity(
            title_en=f"Item {number:02d}",
            starts_on=datetime.date(2026, 1, 1) + datetime.timedelta(days=number),
        )

    first = client.get("/en/activities/").content.decode()
    second = client.get("/en/activities/?page=2").content.decode()

    assert "Item 29" in first
    assert "Item 17" not in first
    assert "Item 17" in second
    assert 'aria-current="page">2</a>' in second
    assert 'href="?page=3"' in first
    assert 'rel="prev"' in second
    assert "30 activities" in first


@pytest.mark.parametrize(
    "query",
    [
        "?page=abc",
        "?page=1e9",
        "?page=%00",
        "?kind=unknown",
        "?kind=%00",
        "?year=abcd",
        "?year=99999",
        "?year=0001",
        "?year=0000",
        "?year=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%96",
        "?year=2026&page=1.5",
        "?kind=<script>",
    ],
)
def test_junk_filter_and_page_values_give_a_page_not_an_error(client, make_activity, query):
    make_activity(title_en="Still shown")

    response = client.get("/en/activities/" + query)

    assert response.status_code == 200
    page = response.content.decode()
    assert "Still shown" in page or "No activities match this choice." in page
    assert "<script>" not in page


NOT_FOUND = {"uz": "Sahifa topilmadi", "ru": "Страница не найдена", "en": "Page not found"}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page", ["2", "99999", "9" * 300, "0", "-1"])
def test_a_page_past_either_end_of_the_list_is_not_found(client, make_activity, language, page):
    """As on the opportunities: never the last page under another address."""
    make_activity()

    response = client.get(f"/{language}/activities/?page={page}")

    assert response.status_code == 404
    assert f"<h1>{NOT_FOUND[language]}</h1>" in response.content.decode()


def test_a_year_without_activities_says_so_and_links_to_all(client, make_activity):
    make_activity()

    page = client.get("/en/activities/?year=1999").content.decode()

    assert "No activities match this choice." in page
    assert 'href="/en/activities/">Show all activities</a>' in page


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "No activities have been published yet."),
        ("ru", "Пока не опубликовано ни одного мероприятия."),
        ("uz", "Hozircha hech qanday tadbir eʼlon qilinmagan."),
    ],
)
def test_empty_list_tells_visitors_kindly(client, db, lang, line):
    response = client.get(f"/{lang}/activities/")

    assert response.status_code == 200
    page = response.content.decode()
    assert line in page
    assert "/admin/activities/activity/add/" not in page


def test_empty_list_offers_staff_a_link_to_add_the_first_activity(client, editor):
    client.force_login(editor)

    page = client.get("/en/activities/").content.decode()

    assert 'href="/en/admin/activities/activity/add/"' in page
    assert "Add the first activity" in page


def test_empty_list_offers_no_add_link_to_translators(client, translator):
    client.force_login(translator)

    page = client.get("/en/activities/").content.decode()

    assert "Add the first activity" not in page


def test_unknown_activity_is_a_not_found_page(client, db):
    assert client.get("/en/activities/no-such-activity/").status_code == 404


def test_old_slug_redirects_permanently_to_the_renamed_activity(client, make_activity):
    activity = make_activity(slug="old-name")
    activity.slug = "new-name"
    activity.save()

    response = client.get("/ru/activities/old-name/")

    assert response.status_code == 301
    assert response["Location"] == "/ru/activities/new-name/"


def test_old_slug_of_a_draft_is_not_revealed_to_visitors(client, make_activity):
    activity = make_activity(slug="old-draft", published_at=None)
    activity.slug = "new-draft"
    activity.save()

    assert client.get("/en/activities/old-draft/").status_code == 404


def test_activity_page_links_its_partners_and_projects_and_they_link_back(client, make_activity):
    partner = baker.make(Partner, name_en="Induk University", slug="induk", country="KR")
    hidden = baker.make(
        Partner, name_en="Dormant Academy", slug="dormant", country="LV", is_active=False
    )
    program = Program.objects.create(name_en="Erasmus+", slug="erasmus-plus")
    project = Project.objects.create(program=program, title_en="UzDOC 2.0", slug="uzdoc")
    activity = make_activity(slug="visit", title_en="Visit from Induk")
    activity.partners.add(partner, hidden)
    activity.projects.add(project)

    page = client.get("/en/activities/visit/").content.decode()
    partner_page = client.get("/en/partners/induk/").content.decode()
    project_page = client.get("/en/programs/erasmus-plus/uzdoc/").content.decode()

    assert '<a href="/en/partners/induk/">Induk University</a>' in page
    assert "Dormant Academy" not in page
    assert '<a href="/en/programs/erasmus-plus/uzdoc/">UzDOC 2.0</a>' in page
    assert '<a href="/en/activities/visit/">Visit from Induk</a>' in partner_page
    assert '<a href="/en/activities/visit/">Visit from Induk</a>' in project_page


def test_partner_page_lists_only_published_activities(client, make_activity):
    partner = baker.make(Partner, name_en="Induk University", slug="induk", country="KR")
    make_activity(title_en="Public visit").partners.add(partner)
    make_activity(title_en="Draft visit", published_at=None).partners.add(partner)

    page = client.get("/en/partners/induk/").content.decode()

    assert "Public visit" in page
    assert "Draft visit" not in page


def test_partner_page_without_activities_has_no_activities_section(client, db):
    baker.make(Partner, name_en="Induk University", slug="induk", country="KR")

    page = client.get("/en/partners/induk/").content.decode()

    assert "related-activities" not in page


def test_home_page_shows_the_latest_three_published_activities(client, seeded, make_activity):
    for day in range(1, 6):
        make_activity(title_en=f"News {day}", starts_on=datetime.date(2026, 11, day))
    make_activity(
        title_en="Unpublished news", starts_on=datetime.date(2026, 11, 20), published_at=None
    )

    page = client.get("/en/").content.decode()

    assert [f"News {day}" in page for day in range(1, 6)] == [False, False, True, True, True]
    assert "Unpublished news" not in page
    assert f'href="{reverse("activities:list")}">All activities of the department</a>' in page


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_link_the_atom_feed_of_their_language(client, seeded, lang):
    page = client.get(f"/{lang}/partners/").content.decode()

    assert (
        '<link rel="alternate" type="application/atom+xml"' in page
        and f'href="/{lang}/activities/atom.xml">' in page
    )


def test_text_missing_in_the_page_language_is_shown_in_another_marked_with_its_language(
    client, make_activity
):
    make_activity(slug="only-uzbek", body_uz="Faqat oʻzbekcha.", body_en="", body_ru="")

    page = client.get("/en/activities/only-uzbek/").content.decode()

    assert '<div class="prose" lang="uz"><p>Faqat oʻzbekcha.</p></div>' in page


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_partner_and_project_pages_show_activities_in_the_page_language(
    client, seeded, make_activity, lang
):
    activity = make_activity(slug="everywhere")
    activity.partners.add(Partner.objects.get(slug="induk-university"))
    activity.projects.add(Project.objects.get(slug="uzdoc-2"))
    heading = {"uz": "Soʻnggi tadbirlar", "ru": "Последние мероприятия", "en": "Latest activities"}

    home = client.get(f"/{lang}/").content.decode()
    partner = client.get(f"/{lang}/partners/induk-university/").content.decode()
    project = client.get(f"/{lang}/programs/erasmus-plus/uzdoc-2/").content.decode()

    assert heading[lang] in home
    for page in (home, partner, project):
        assert f'<a href="/{lang}/activities/everywhere/">{TITLES[lang]} 1</a>' in page


def test_admin_view_on_site_of_a_draft_opens_its_preview(client, editor, make_activity):
    draft = make_activity(slug="draft-visit", published_at=None)
    client.force_login(editor)

    content_type = ContentType.objects.get_for_model(draft)

    response = client.get(f"/uz/admin/r/{content_type.pk}/{draft.pk}/", follow=True)

    assert response.redirect_chain[-1][0].endswith("/activities/draft-visit/")
    assert "Ommaga ochiq emas" in response.content.decode()
