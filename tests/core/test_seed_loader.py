"""The seed loader: all of the old page, in three languages, loaded once."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command

from core.content import content_apps
from core.seeding import load_seed
from departments.models import Department, Goal, OfficeHours
from partners import seed as partner_seed
from partners.models import Partner
from programs.models import Program, Project

SEED_FILES = [
    Path(config.path) / "seed.json"
    for config in content_apps()
    if (Path(config.path) / "seed.json").exists()
]


def _seed_contents():
    return [json.loads(path.read_text(encoding="utf-8")) for path in SEED_FILES]


def test_seed_loads_the_whole_page(seeded):
    department = Department.objects.get()

    assert department.head.full_name_en == "Dilnoza Abdujabbova"
    assert OfficeHours.objects.count() == 7
    assert Goal.objects.count() == 10
    assert Partner.objects.count() == 16
    assert Partner.objects.values("country").distinct().count() == 7
    assert list(Program.objects.values_list("slug", flat=True)) == ["erasmus-plus", "unesco"]
    assert Project.objects.filter(program__slug="erasmus-plus").count() == 3
    assert Project.objects.filter(program__slug="unesco").count() == 2


def test_every_content_app_with_seed_content_is_found():
    assert {path.parent.name for path in SEED_FILES} == {
        "agreements",
        "departments",
        "partners",
        "programs",
    }


def test_seed_corrects_the_old_pages_typos():
    text = "".join(path.read_text(encoding="utf-8") for path in SEED_FILES)

    for typo in ["Dayly", "cooperatopn", "impairment"]:
        assert typo not in text


def _translatable_texts(node):
    if isinstance(node, dict) and set(node) == {"uz", "ru", "en"}:
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _translatable_texts(value)
    elif isinstance(node, list):
        for value in node:
            yield from _translatable_texts(value)


def test_every_seed_text_exists_in_all_three_languages():
    texts = list(_translatable_texts(_seed_contents()))

    assert len(texts) > 60
    for text in texts:
        if text["en"]:
            assert text["uz"] and text["ru"], text["en"]


def test_uzbek_seed_text_uses_latin_script_and_the_okina_letter():
    for text in _translatable_texts(_seed_contents()):
        uzbek = text["uz"]
        assert not any("\u0400" <= character <= "\u04ff" for character in uzbek), uzbek
        assert "'" not in uzbek and "\u2018" not in uzbek, uzbek


def test_loading_twice_creates_nothing_new(seeded):
    output = io.StringIO()

    call_command("load_seed", stdout=output)

    assert "0 piece(s) created" in output.getvalue()
    assert Partner.objects.count() == 16
    assert Goal.objects.count() == 10


def test_loading_again_keeps_what_staff_edited(seeded):
    Partner.objects.filter(slug="induk-university").update(name_en="Induk University (Seoul)")
    Goal.objects.filter(position=0).update(text_ru="Отредактировано сотрудником.")

    load_seed()

    assert Partner.objects.get(slug="induk-university").name_en == "Induk University (Seoul)"
    assert Goal.objects.get(position=0).text_ru == "Отредактировано сотрудником."


def test_loading_again_does_not_bring_back_what_staff_deleted(seeded):
    Partner.objects.filter(slug="induk-university").delete()
    Project.objects.filter(slug="uzdoc-2").delete()

    load_seed()

    assert not Partner.objects.filter(slug="induk-university").exists()
    assert not Project.objects.filter(slug="uzdoc-2").exists()


@pytest.mark.django_db
def test_seed_keeps_content_staff_created_before_it_ran():
    Partner.objects.create(slug="induk-university", name_uz="Induk", name_en="Induk", country="KR")

    report = load_seed()

    assert "partner:induk-university" in report.existing_kept
    assert Partner.objects.get(slug="induk-university").name_en == "Induk"
    assert Partner.objects.count() == 16


@pytest.mark.django_db
def test_new_pieces_in_the_seed_file_are_added_on_the_next_load(monkeypatch):
    content = partner_seed.read_seed_file(partner_seed.__file__)
    load_seed()
    content["partners"].append(
        {
            "slug": "new-partner",
            "country": "TR",
            "name": {"uz": "Yangi", "ru": "Новый", "en": "New"},
            "city": {"uz": "", "ru": "", "en": ""},
        }
    )

    monkeypatch.setattr(partner_seed, "read_seed_file", lambda _module_file: content)

    report = load_seed()

    assert report.created == ["partner:new-partner"]
    assert Partner.objects.count() == 17
