"""Programs with their projects, and a page per project."""

import datetime

import pytest

from programs.models import Program, Project


@pytest.mark.parametrize(
    ("lang", "program", "project"),
    [
        ("en", "UNESCO", "International Credit Mobility"),
        ("ru", "ЮНЕСКО", "Международная кредитная мобильность"),
        ("uz", "YUNESKO", "Xalqaro kredit mobilligi"),
    ],
)
def test_programs_page_lists_programs_and_projects(client, seeded, lang, program, project):
    page = client.get(f"/{lang}/programs/").content.decode()

    assert "Erasmus+" in page
    assert program in page
    assert project in page


def test_each_project_is_listed_under_its_own_program_in_staff_order(client, db):
    unesco = Program.objects.create(name_en="UNESCO", slug="unesco", position=2)
    erasmus = Program.objects.create(name_en="Erasmus+", slug="erasmus-plus", position=1)
    Program.objects.create(name_en="Fulbright", slug="fulbright", position=3)
    Project.objects.create(
        program=unesco, title_en="Living heritage", slug="heritage", status="ongoing"
    )
    Project.objects.create(program=erasmus, title_en="UzDOC 2.0", slug="uzdoc", position=2)
    Project.objects.create(program=erasmus, title_en="Mobility", slug="mobility", position=1)

    page = client.get("/en/programs/").content.decode()

    order = ["Erasmus+", "Mobility", "UzDOC 2.0", "UNESCO", "Living heritage", "Fulbright"]
    positions = [page.index(f">{text}<") for text in order]
    assert positions == sorted(positions)
    assert '<a href="/en/programs/unesco/heritage/">' in page
    assert page.count('<ul class="project-list">') == 2


def test_project_page_shows_its_program_period_status_and_description(client, seeded):
    Project.objects.filter(slug="uzdoc-2").update(
        starts_on=datetime.date(2020, 11, 15),
        ends_on=datetime.date(2023, 11, 14),
        status="completed",
        description_en="First paragraph.\n\nSecond paragraph.",
    )

    page = client.get("/en/programs/erasmus-plus/uzdoc-2/").content.decode()

    assert "UzDOC 2.0" in page
    assert '<a href="/en/programs/#erasmus-plus">Erasmus+</a>' in page
    assert "Completed" in page
    assert '<time datetime="2020-11-15">' in page
    assert "<p>First paragraph.</p>" in page
    assert "<p>Second paragraph.</p>" in page
