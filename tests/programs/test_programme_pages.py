"""Programmes with their projects, and a page per project."""

import datetime

import pytest

from programs.models import Programme, Project


@pytest.mark.parametrize(
    ("lang", "programme", "project"),
    [
        ("en", "UNESCO", "International Credit Mobility"),
        ("ru", "ЮНЕСКО", "Международная кредитная мобильность"),
        ("uz", "YUNESKO", "Xalqaro kredit mobilligi"),
    ],
)
def test_programmes_page_lists_programmes_and_projects(client, seeded, lang, programme, project):
    page = client.get(f"/{lang}/programmes/").content.decode()

    assert "Erasmus+" in page
    assert programme in page
    assert project in page


def test_each_project_is_listed_under_its_own_programme_in_staff_order(client, db):
    unesco = Programme.objects.create(name_en="UNESCO", slug="unesco", position=2)
    erasmus = Programme.objects.create(name_en="Erasmus+", slug="erasmus-plus", position=1)
    Programme.objects.create(name_en="Fulbright", slug="fulbright", position=3)
    Project.objects.create(programme=unesco, title_en="Living heritage", slug="heritage")
    Project.objects.create(programme=erasmus, title_en="UzDOC 2.0", slug="uzdoc", position=2)
    Project.objects.create(programme=erasmus, title_en="Mobility", slug="mobility", position=1)

    page = client.get("/en/programmes/").content.decode()

    order = ["Erasmus+", "Mobility", "UzDOC 2.0", "UNESCO", "Living heritage", "Fulbright"]
    positions = [page.index(f">{text}<") for text in order]
    assert positions == sorted(positions)
    assert '<a href="/en/programmes/unesco/heritage/">' in page
    assert page.count('<ul class="project-list">') == 2


def test_project_page_shows_its_programme_period_status_and_description(client, seeded):
    Project.objects.filter(slug="uzdoc-2").update(
        starts_on=datetime.date(2020, 11, 15),
        ends_on=datetime.date(2023, 11, 14),
        status="completed",
        description_en="First paragraph.\n\nSecond paragraph.",
    )

    page = client.get("/en/programmes/erasmus-plus/uzdoc-2/").content.decode()

    assert "UzDOC 2.0" in page
    assert '<a href="/en/programmes/#erasmus-plus">Erasmus+</a>' in page
    assert "Completed" in page
    assert '<time datetime="2020-11-15">' in page
    assert "<p>First paragraph.</p>" in page
    assert "<p>Second paragraph.</p>" in page
