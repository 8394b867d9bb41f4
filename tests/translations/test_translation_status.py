"""Translation status: coverage per field and language, staleness, catalogue quality."""

import json
import re
from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command
from django.urls import reverse
from model_bakery import baker

from departments.models import Department, Goal
from partners.models import Partner
from tests.languages import LANGUAGES
from translations.catalogues import check_catalogue
from translations.report import translation_report


def by_language(report):
    return {status.language: status for status in report}


@pytest.fixture
def induk(db):
    return Partner.objects.create(
        slug="induk", country="KR", name_uz="Induk universiteti", name_ru="", name_en=""
    )


def test_coverage_counts_each_field_in_each_language(induk):
    status = by_language(translation_report())

    assert (status["uz"].content_done, status["uz"].content_total) == (1, 1)
    assert (status["ru"].content_done, status["ru"].content_total) == (0, 1)
    assert status["ru"].content_percent == 0.0
    assert [unit.field for unit in status["en"].missing] == ["name"]

    induk.name_ru = "Университет Индок"
    induk.save()

    status = by_language(translation_report())
    assert status["ru"].content_percent == 100.0
    assert status["en"].content_percent == 0.0


def test_missing_items_link_to_the_right_language_tab_and_name_the_public_pages(induk):
    status = by_language(translation_report())
    unit = status["ru"].missing[0]

    assert unit.admin_url().endswith(f"/admin/partners/partner/{induk.pk}/change/#name_ru")
    assert set(status["ru"].fallback_pages) == {"/ru/partners/", "/ru/partners/induk/"}


def test_missing_items_edited_inline_link_to_their_row_by_formset_and_pk(db):
    department = baker.make(Department, name_uz="Boʻlim", slug="bolim")
    goal = Goal.objects.create(department=department, text_uz="Hamkorlik", text_ru="")

    missing = by_language(translation_report())["ru"].missing
    [unit] = [unit for unit in missing if unit.obj == goal]

    change_url = reverse("admin:departments_department_change", args=[department.pk])
    assert unit.admin_url() == f"{change_url}#goals-{goal.pk}-text_ru"


def test_translation_goes_stale_when_the_uzbek_source_changes(induk):
    induk.name_ru = "Университет Индок"
    induk.save()
    assert by_language(translation_report())["ru"].stale == []

    induk.name_uz = "Induk universiteti (Seul)"
    induk.save()

    stale = by_language(translation_report())["ru"].stale
    assert [(unit.obj.pk, unit.field) for unit in stale] == [(induk.pk, "name")]

    induk.name_ru = "Университет Индок (Сеул)"
    induk.save()

    assert by_language(translation_report())["ru"].stale == []


def test_translator_confirms_a_stale_translation_is_still_right(client, induk, translator):
    induk.name_ru = "Университет Индок"
    induk.save()
    induk.name_uz = "Induk universiteti."
    induk.save()
    client.force_login(translator)

    response = client.post(
        reverse("translation-confirm"),
        {
            "content_type": ContentType.objects.get_for_model(Partner).pk,
            "object_id": induk.pk,
            "field": "name",
            "language": "ru",
        },
    )

    assert response.status_code == 302
    assert by_language(translation_report())["ru"].stale == []


def test_value_marked_same_in_every_language_counts_as_done(client, db, translator):
    from programs.models import Program

    program = Program.objects.create(slug="erasmus", name_uz="Erasmus+")
    client.force_login(translator)

    client.post(
        reverse("translation-same"),
        {
            "content_type": ContentType.objects.get_for_model(Program).pk,
            "object_id": program.pk,
            "field": "name",
        },
    )

    assert by_language(translation_report())["en"].content_percent == 100.0


def test_actions_refuse_junk_input(client, db, translator):
    client.force_login(translator)

    response = client.post(reverse("translation-same"), {"content_type": "x", "field": "slug"})

    assert response.status_code == 404


BAD_RUSSIAN = r"""msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Plural-Forms: nplurals=4; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && "
"n%10<=4 && (n%100<12 || n%100>14) ? 1 : n%10==0 || (n%10>=5 && n%10<=9) || "
"(n%100>=11 && n%100<=14)? 2 : 3);\n"

msgid "Partners"
msgstr "Партнёры"

msgid "Hello %(name)s"
msgstr "Привет"

#, fuzzy
msgid "Goals"
msgstr "Цели"

msgid "Missing"
msgstr ""

msgid "%(count)s partner"
msgid_plural "%(count)s partners"
msgstr[0] "%(count)s партнёр"
msgstr[1] "%(count)s партнёра"
msgstr[2] ""
msgstr[3] "%(count)s партнёров"
"""

BAD_UZBEK = r"""msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Plural-Forms: nplurals=1; plural=0;\n"

msgid "Department"
msgstr "Bo'lim"

msgid "Partners"
msgstr "Hamkorлар"

msgid "Goals"
msgstr "Maqsadlar"
"""


def rules(report):
    return {(problem.msgid, problem.rule) for problem in report.problems}


def test_catalogue_checks_find_each_kind_of_fault(tmp_path):
    russian = tmp_path / "ru.po"
    russian.write_text(BAD_RUSSIAN, encoding="utf-8")

    report = check_catalogue("ru", russian)

    assert rules(report) == {
        ("Hello %(name)s", "placeholders"),
        ("Goals", "fuzzy"),
        ("Missing", "untranslated"),
        ("%(count)s partner", "plurals"),
    }
    assert report.percent == 20.0  # 1 sound entry of 5


def test_uzbek_checks_find_cyrillic_and_wrong_apostrophes(tmp_path):
    uzbek = tmp_path / "uz.po"
    uzbek.write_text(BAD_UZBEK, encoding="utf-8")

    report = check_catalogue("uz", uzbek)

    assert rules(report) == {
        ("Department", "apostrophe"),
        # An ASCII apostrophe could also end a single-quoted attribute.
        ("Department", "markup"),
        ("Partners", "cyrillic"),
    }


def test_command_passes_at_100_percent_on_the_seed_content(seeded):
    output = StringIO()

    call_command("translation_status", "--fail-under", "100", stdout=output)

    for language in LANGUAGES:
        assert re.search(
            rf"^{language} +100\.0% +\d+/\d+ +0 +100\.0% +0$", output.getvalue(), re.M
        )


def test_command_fails_under_the_bar_and_reports_json(induk):
    output = StringIO()

    with pytest.raises(CommandError, match=r"ru content 0\.0%"):
        call_command("translation_status", "--fail-under", "100", stdout=StringIO())
    call_command("translation_status", "--json", stdout=output)

    russian = next(item for item in json.loads(output.getvalue()) if item["language"] == "ru")
    assert russian["content"]["missing"] == [
        {"model": "partners.partner", "id": induk.pk, "field": "name"}
    ]


def test_status_page_shows_progress_and_missing_items_to_translators(client, induk, translator):
    client.force_login(translator)

    page = client.get(reverse("translation-status")).content.decode()

    assert '<progress max="100" value="0.000000">' in page
    assert f'/admin/partners/partner/{induk.pk}/change/#name_ru"' in page


@pytest.mark.parametrize(
    ("user_kind", "expected"), [("anonymous", 302), ("plain staff", 403), ("translator", 200)]
)
def test_status_page_and_rosetta_are_for_translators_and_editors(
    client, db, translator, user_kind, expected
):
    if user_kind == "plain staff":
        client.force_login(User.objects.create_user("clerk", password="x" * 12, is_staff=True))
    elif user_kind == "translator":
        client.force_login(translator)

    status = client.get(reverse("translation-status"))
    rosetta = client.get(reverse("rosetta-file-list", kwargs={"po_filter": "project"}))

    assert status.status_code == expected
    assert rosetta.status_code == (200 if expected == 200 else 302)


def test_rosetta_lists_our_catalogues_for_an_editor(client, db, editor):
    client.force_login(editor)

    page = client.get(reverse("rosetta-file-list", kwargs={"po_filter": "project"}))

    assert page.status_code == 200
    assert "locale/ru/LC_MESSAGES/django.po" in page.content.decode()


# Honest fallbacks ---------------------------------------------------------


def test_fallback_text_carries_its_own_language(client, induk):
    page = client.get("/ru/partners/").content.decode()

    assert '<span lang="uz">Induk universiteti</span>' in page
    assert "fallback-note" not in page


def test_staff_see_a_note_with_a_link_to_translate(client, induk, editor):
    client.force_login(editor)

    page = client.get("/ru/partners/").content.decode()

    assert "Показано на узбекском, ещё не переведено." in page
    assert f'href="/ru/admin/partners/partner/{induk.pk}/change/#name_ru"' in page


def test_text_in_the_page_language_has_no_extra_markup(client, induk):
    page = client.get("/uz/partners/").content.decode()

    assert '<span class="partner-card__name">Induk universiteti</span>' in page
    assert '<span lang="uz">' not in page


def test_paragraphs_shown_from_another_language_carry_its_language(client, seeded):
    department = Department.objects.get()
    department.about_en = ""
    department.save()

    page = client.get("/en/").content.decode()

    assert '<div lang="ru"><p>' in page


def test_empty_paragraph_text_renders_nothing(client, seeded):
    Department.objects.update(about_uz="", about_ru="", about_en="")

    page = client.get("/en/").content.decode()

    assert "<div></div>" not in page


def test_seed_translations_start_up_to_date(seeded):
    assert all(status.stale == [] for status in translation_report())


def test_status_page_queries_do_not_grow_per_item(
    client, seeded, translator, django_assert_max_num_queries
):
    client.force_login(translator)
    baker.make(
        Partner, _quantity=30, name_uz=baker.seq("Hamkor "), slug=baker.seq("p-"), country="KZ"
    )

    with django_assert_max_num_queries(40):
        assert client.get(reverse("translation-status")).status_code == 200


@pytest.mark.parametrize(
    "content_type",
    [lambda: ContentType.objects.get_for_model(User).pk, lambda: 10**30, lambda: "x"],
    ids=["model without translations", "huge id", "not a number"],
)
def test_status_actions_answer_404_to_junk(client, db, translator, content_type):
    client.force_login(translator)

    response = client.post(
        reverse("translation-same"),
        {"content_type": content_type(), "object_id": translator.pk, "field": "username"},
    )

    assert response.status_code == 404


def test_fallback_pages_of_a_second_department_are_its_own_not_the_home_page(db):
    Department.objects.create(
        slug="home-dept", name_uz="Xalqaro bo'lim", introduction_uz="Kirish.", about_uz="Haqida."
    )
    second = Department.objects.create(
        slug="museum", position=1, name_uz="Muzey", introduction_uz="Kirish.", about_uz="Haqida."
    )
    Goal.objects.create(department=second, text_uz="Hamkorlik", text_ru="", text_en="")

    pages = by_language(translation_report())["en"].fallback_pages

    assert "/en/departments/museum/" in pages
    assert "/en/" in pages  # the first department's own texts are on the home page
    assert "/en/departments/home-dept/" not in pages  # it redirects to the home page
    assert pages["/en/departments/museum/"] == pages["/en/"] + 1


def test_hidden_partner_names_no_public_page(induk):
    induk.is_active = False
    induk.save()

    status = by_language(translation_report())["ru"]

    assert [unit.field for unit in status.missing] == ["name"]
    assert status.fallback_pages == {}


def test_admin_offers_the_status_page_only_to_those_who_may_open_it(client, db, translator):
    clerk = User.objects.create_user("clerk", password="x" * 12, is_staff=True)
    status_link = f'href="{reverse("translation-status")}"'

    client.force_login(clerk)
    clerk_page = client.get(reverse("admin:index")).content.decode()
    client.force_login(translator)
    translator_page = client.get(reverse("admin:index")).content.decode()

    assert status_link not in clerk_page
    assert status_link in translator_page


def test_a_new_object_inherits_nothing_from_a_deleted_one_with_its_id(client, db, translator):
    from programs.models import Program

    old = Program.objects.create(slug="erasmus", name_uz="Erasmus+", name_ru="Эразмус+")
    client.force_login(translator)
    client.post(
        reverse("translation-same"),
        {
            "content_type": ContentType.objects.get_for_model(Program).pk,
            "object_id": old.pk,
            "field": "name",
        },
    )
    old_pk = old.pk
    old.delete()

    # SQLite reuses the id of a deleted last row; PostgreSQL is told to here.
    Program.objects.create(pk=old_pk, slug="unesco", name_uz="YUNESKO kafedrasi")

    status = by_language(translation_report())
    assert [unit.field for unit in status["en"].missing] == ["name"]
    assert [unit.field for unit in status["ru"].missing] == ["name"]
