"""A partner's page says what the institute does with it (areas of
cooperation, projects), and the list links to a page only when it says
more than the partner's card."""

import datetime
import json

import pytest
from django.utils import timezone
from model_bakery import baker

from activities.models import Activity
from partners.models import Partner
from partners.resources import PartnerResource
from programs.models import Program, Project
from tests.languages import LANGUAGES

pytestmark = pytest.mark.django_db

COOPERATION = {
    "uz": "Talabalar almashinuvi.\n\nQoʻshma teatr festivali.",
    "ru": "Обмен студентами.\n\nСовместный театральный фестиваль.",
    "en": "Student exchanges.\n\nA joint theatre festival.",
}
HEADING = {"uz": "Hamkorlik yoʻnalishlari", "ru": "Направления сотрудничества",
           "en": "Areas of cooperation"}  # fmt: skip


def make_partner(slug="opera", **fields):
    values = {"name_uz": f"Partner {slug}", "name_en": f"Partner {slug}", "country": "KR"}
    return baker.make(Partner, slug=slug, **{**values, **fields})


def make_project(slug="mobility", program=None, **fields):
    program = (
        program
        or Program.objects.get_or_create(
            slug="erasmus-plus", defaults={"name_uz": "Erasmus+", "name_en": "Erasmus+"}
        )[0]
    )
    values = {"title_uz": f"Loyiha {slug}", "title_ru": f"Проект {slug}",
              "title_en": f"Project {slug}"}  # fmt: skip
    return Project.objects.create(program=program, slug=slug, **{**values, **fields})


def card_of(page, slug):
    """The HTML of the partner card whose name mentions `slug`."""
    cards = page.split('<li class="partner-card">')[1:]
    return next(card.split("</li>")[0] for card in cards if f"Partner {slug}" in card)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_partner_page_shows_its_areas_of_cooperation_as_paragraphs(client, lang):
    make_partner(**{f"cooperation_{code}": text for code, text in COOPERATION.items()})

    page = client.get(f"/{lang}/partners/opera/").content.decode()

    first, second = COOPERATION[lang].split("\n\n")
    assert f'<h2 id="cooperation-heading">{HEADING[lang]}</h2>' in page
    assert f'<div class="prose"><p>{first}</p>\n\n<p>{second}</p></div>' in page


def test_untranslated_cooperation_shows_in_uzbek_marked_with_its_language(client):
    make_partner(cooperation_uz="Talabalar almashinuvi.")

    page = client.get("/ru/partners/opera/").content.decode()

    assert '<div class="prose" lang="uz"><p>Talabalar almashinuvi.</p></div>' in page


def test_partner_page_without_cooperation_has_no_empty_heading(client):
    make_partner(website="https://opera.example.org/", cooperation_uz="  ")

    page = client.get("/en/partners/opera/").content.decode()

    assert "Areas of cooperation" not in page


@pytest.mark.parametrize(
    ("lang", "heading", "title"),
    [("uz", "Loyihalar", "Loyiha uzdoc"), ("ru", "Проекты", "Проект uzdoc"),
     ("en", "Projects", "Project uzdoc")],
)  # fmt: skip
def test_partner_page_lists_the_projects_it_takes_part_in(client, lang, heading, title):
    partner = make_partner()
    make_project("uzdoc").partners.add(partner)
    make_project("other")

    page = client.get(f"/{lang}/partners/opera/").content.decode()

    assert f'<h2 id="partner-projects-heading">{heading}</h2>' in page
    assert f'<a href="/{lang}/programs/erasmus-plus/uzdoc/">{title}</a>' in page
    assert "/programs/erasmus-plus/other/" not in page


def test_partner_page_without_projects_has_no_projects_heading(client):
    make_partner(website="https://opera.example.org/")

    page = client.get("/en/partners/opera/").content.decode()

    assert "partner-projects-heading" not in page


# What makes a partner's page say more than its card ------------------------


def _website(partner):
    partner.website = "https://opera.example.org/"
    partner.save()


def _cooperation_in_russian_only(partner):
    partner.cooperation_ru = "Обмен студентами."
    partner.save()


def _agreement_in_force(partner):
    partner.agreements.create(is_signed=True)


def _project(partner):
    make_project().partners.add(partner)


def _published_activity(partner):
    baker.make(
        Activity,
        slug="visit",
        kind="delegation-visit",
        starts_on=datetime.date(2026, 10, 1),
        published_at=timezone.now() - datetime.timedelta(hours=1),
    ).partners.add(partner)


def _nothing(partner):
    pass


def _city_logo_year_only(partner):
    # All of this shows on the card already; the agreement is over.
    partner.city_en = "Seoul"
    partner.save()
    partner.agreements.create(
        is_signed=True, signed_on=datetime.date(2015, 1, 1), valid_until=datetime.date(2020, 1, 1)
    )


def _blank_cooperation(partner):
    partner.cooperation_uz = "   "
    partner.save()


def _draft_activity(partner):
    baker.make(
        Activity,
        slug="draft",
        kind="other",
        starts_on=datetime.date(2026, 10, 1),
        published_at=None,
    ).partners.add(partner)


def _unsigned_agreement(partner):
    partner.agreements.create(is_signed=False)


SAYS_MORE = [_website, _cooperation_in_russian_only, _agreement_in_force, _project,
             _published_activity]  # fmt: skip
SAYS_NOTHING_MORE = [_nothing, _city_logo_year_only, _blank_cooperation, _draft_activity,
                     _unsigned_agreement]  # fmt: skip


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("give", SAYS_MORE, ids=lambda give: give.__name__)
def test_card_links_to_a_page_that_says_more(client, give, lang):
    give(make_partner())

    card = card_of(client.get(f"/{lang}/partners/").content.decode(), "opera")

    assert f'<a class="partner-card__name" href="/{lang}/partners/opera/">' in card


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("give", SAYS_NOTHING_MORE, ids=lambda give: give.__name__)
def test_card_does_not_link_to_a_page_that_says_nothing_more(client, give, lang):
    give(make_partner())

    card = card_of(client.get(f"/{lang}/partners/").content.decode(), "opera")

    assert "<a " not in card
    assert '<span class="partner-card__name">' in card


def test_year_on_the_card_with_nothing_more_is_not_linked_and_the_year_shows(client):
    _city_logo_year_only(make_partner())

    card = card_of(client.get("/en/partners/").content.decode(), "opera")

    assert "Partner since 2015" in card
    assert "<a " not in card


@pytest.mark.parametrize("give", SAYS_NOTHING_MORE, ids=lambda give: give.__name__)
def test_a_page_that_says_nothing_more_still_answers_but_is_not_in_the_sitemap(client, give):
    give(make_partner())

    response = client.get("/en/partners/opera/")
    sitemap = client.get("/sitemap.xml").content.decode()

    assert response.status_code == 200
    assert "/partners/opera/" not in sitemap


@pytest.mark.parametrize("give", SAYS_MORE, ids=lambda give: give.__name__)
def test_a_page_that_says_more_is_in_the_sitemap_in_every_language(client, give):
    give(make_partner())

    sitemap = client.get("/sitemap.xml").content.decode()

    for lang in LANGUAGES:
        assert f"<loc>http://testserver/{lang}/partners/opera/</loc>" in sitemap


def test_an_inactive_partner_is_not_in_the_sitemap_whatever_its_page_says(client):
    make_partner(is_active=False, website="https://opera.example.org/")

    assert "/partners/opera/" not in client.get("/sitemap.xml").content.decode()


def test_the_list_and_the_sitemap_agree_on_which_pages_say_more(client):
    for give in SAYS_MORE + SAYS_NOTHING_MORE:
        slug = give.__name__.strip("_").replace("_", "-")
        partner = make_partner(slug)
        if give in (_project,):
            make_project(f"project-of-{slug}").partners.add(partner)
        elif give in (_published_activity, _draft_activity):
            baker.make(
                Activity,
                slug=f"activity-of-{slug}",
                kind="other",
                starts_on=datetime.date(2026, 10, 1),
                published_at=(timezone.now() if give is _published_activity else None),
            ).partners.add(partner)
        else:
            give(partner)

    page = client.get("/en/partners/").content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()

    linked = {slug for slug in Partner.objects.values_list("slug", flat=True)
              if f'href="/en/partners/{slug}/"' in page}  # fmt: skip
    in_sitemap = {slug for slug in Partner.objects.values_list("slug", flat=True)
                  if f"/en/partners/{slug}/</loc>" in sitemap}  # fmt: skip
    assert linked == in_sitemap
    assert linked == {give.__name__.strip("_").replace("_", "-") for give in SAYS_MORE}


# Queries ---------------------------------------------------------------------


def _partners_with_projects_and_activities(count):
    program = Program.objects.create(slug="erasmus-plus", name_uz="Erasmus+")
    partners = [make_partner(f"partner-{number}", country="KZ") for number in range(count)]
    for number, partner in enumerate(partners):
        if number % 3 == 0:
            make_project(f"project-{number}", program=program).partners.add(partner)
        if number % 3 == 1:
            _published_activity_named(partner, f"activity-{number}")
    return partners


def _published_activity_named(partner, slug):
    baker.make(
        Activity,
        slug=slug,
        kind="other",
        starts_on=datetime.date(2026, 10, 1),
        published_at=timezone.now() - datetime.timedelta(hours=1),
    ).partners.add(partner)


@pytest.mark.parametrize("count", [3, 30])
def test_partner_list_decides_every_link_in_its_own_queries(
    client, django_assert_max_num_queries, count
):
    _partners_with_projects_and_activities(count)

    with django_assert_max_num_queries(4):
        page = client.get("/en/partners/").content.decode()

    assert page.count('class="partner-card__name" href=') == count - count // 3


@pytest.mark.parametrize("count", [1, 25])
def test_partner_page_lists_any_number_of_projects_in_one_query(
    client, django_assert_max_num_queries, count
):
    partner = make_partner()
    programs = [Program.objects.create(slug=f"program-{n}", name_uz=f"Dastur {n}")
                for n in range(3)]  # fmt: skip
    for number in range(count):
        make_project(f"project-{number}", program=programs[number % 3]).partners.add(partner)

    with django_assert_max_num_queries(6):
        page = client.get("/en/partners/opera/").content.decode()

    assert page.count("/programs/program-") == count


# Admin, import and export, search, open data --------------------------------


def test_editor_writes_the_areas_of_cooperation_in_all_three_languages(client, editor):
    client.force_login(editor)

    response = client.post(
        "/en/admin/partners/partner/add/",
        {
            "name_uz": "Induk universiteti",
            "name_en": "Induk University",
            "slug": "induk",
            "country": "KR",
            "is_active": "on",
            **{f"cooperation_{code}": text for code, text in COOPERATION.items()},
        },
    )

    assert response.status_code == 302
    partner = Partner.objects.get(slug="induk")
    assert [getattr(partner, f"cooperation_{code}") for code in ("uz", "ru", "en")] == [
        COOPERATION["uz"],
        COOPERATION["ru"],
        COOPERATION["en"],
    ]


def test_the_change_form_offers_the_areas_of_cooperation_in_each_language(client, editor):
    partner = make_partner()
    client.force_login(editor)

    page = client.get(f"/ru/admin/partners/partner/{partner.pk}/change/").content.decode()

    for code in ("uz", "ru", "en"):
        assert f'name="cooperation_{code}"' in page
    assert "направления сотрудничества" in page.lower()


def test_translator_may_translate_the_areas_of_cooperation(client, translator):
    partner = make_partner()
    client.force_login(translator)

    page = client.get(f"/en/admin/partners/partner/{partner.pk}/change/").content.decode()

    assert '<textarea name="cooperation_ru"' in page


def test_export_has_the_areas_of_cooperation_in_every_language_and_import_reads_them():
    make_partner(cooperation_uz="Almashinuv.", cooperation_en="Exchanges.")

    dataset = PartnerResource().export()
    assert {"cooperation_uz", "cooperation_ru", "cooperation_en"} <= set(dataset.headers)
    row = dict(zip(dataset.headers, dataset[0], strict=True))
    assert (row["cooperation_uz"], row["cooperation_en"]) == ("Almashinuv.", "Exchanges.")

    row["cooperation_ru"] = "Обмены."
    del dataset[0]
    dataset.append([row[header] for header in dataset.headers])
    result = PartnerResource().import_data(dataset, dry_run=False)

    assert not result.has_errors() and not result.has_validation_errors()
    assert Partner.objects.get(slug="opera").cooperation_ru == "Обмены."


def test_search_finds_a_partner_by_its_areas_of_cooperation(client):
    make_partner(cooperation_en="A joint puppetry festival.")

    page = client.get("/en/search/?q=puppetry").content.decode()

    assert 'href="/en/partners/opera/"' in page


@pytest.mark.parametrize("lang", LANGUAGES)
def test_open_data_gives_the_areas_of_cooperation_in_the_page_language(client, lang):
    make_partner(**{f"cooperation_{code}": text for code, text in COOPERATION.items()})

    data = json.loads(client.get(f"/{lang}/partners.json").content)

    assert data["items"][0]["cooperation"] == COOPERATION[lang]
