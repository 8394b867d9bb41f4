"""/<lang>/partners.json, partners.csv, projects.json, projects.csv: open data
in the language of the prefix, public records only, cached like pages."""

import csv
import datetime
import io
import json

import pytest
from django.utils import timezone
from model_bakery import baker

from agreements.models import Agreement
from opportunities.models import Opportunity
from partners.models import Partner
from programs.models import Program, Project
from tests.languages import LANGUAGES

PATHS = [
    "partners.json",
    "partners.csv",
    "projects.json",
    "projects.csv",
    "opportunities.json",
    "opportunities.csv",
]


@pytest.fixture
def content(db):
    partner = baker.make(
        Partner,
        slug="seoul-arts",
        name_uz="Seul sanʼat universiteti",
        name_ru="Сеульский университет искусств",
        name_en="Seoul University of Arts",
        city_uz="Seul",
        city_ru="Сеул",
        city_en="Seoul",
        country="KR",
        website="https://arts.example.kr",
    )
    baker.make(Agreement, partner=partner, is_signed=True, signed_on=datetime.date(2019, 5, 14))
    baker.make(Partner, slug="hidden", name_en="Hidden Academy", country="KR", is_active=False)
    program = baker.make(
        Program, slug="erasmus-plus", name_uz="Erasmus+", name_ru="Erasmus+", name_en="Erasmus+"
    )
    baker.make(
        Project,
        program=program,
        slug="uzdoc-2",
        title_uz="Doktorantura sifati",
        title_ru="Качество докторантуры",
        title_en="Quality of doctoral studies",
        status=Project.Status.ONGOING,
        starts_on=datetime.date(2020, 11, 15),
        ends_on=datetime.date(2024, 11, 14),
        website="",
    )


def json_items(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    return json.loads(response.content.decode("utf-8"))


def csv_rows(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv; charset=utf-8")
    body = response.content
    assert body.startswith(b"\xef\xbb\xbf"), "a UTF-8 byte order mark, for Excel"
    assert b"\r\n" in body
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))


@pytest.mark.parametrize(
    ("lang", "name", "country", "city"),
    [
        ("uz", "Seul sanʼat universiteti", "Janubiy Koreya", "Seul"),
        ("ru", "Сеульский университет искусств", "Республика Корея", "Сеул"),
        ("en", "Seoul University of Arts", "South Korea", "Seoul"),
    ],
)
def test_partners_json_lists_active_partners_in_the_prefix_language(
    client, content, lang, name, country, city
):
    data = json_items(client, f"/{lang}/partners.json")

    assert data["language"] == lang
    assert data["count"] == 1
    assert datetime.datetime.fromisoformat(data["generated"]).tzinfo is not None
    assert data["items"] == [
        {
            "name": name,
            "country": country,
            "country_code": "KR",
            "city": city,
            "website": "https://arts.example.kr",
            "partner_since": "2019-05-14",
            "cooperation": None,
            "url": f"http://testserver/{lang}/partners/seoul-arts/",
        }
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_partners_csv_has_the_same_columns_and_is_a_named_download(client, content, lang):
    response = client.get(f"/{lang}/partners.csv")
    rows = csv_rows(client, f"/{lang}/partners.csv")

    assert response["Content-Disposition"] == f'attachment; filename="partners-{lang}.csv"'
    assert list(rows[0]) == [
        "name",
        "country",
        "country_code",
        "city",
        "website",
        "partner_since",
        "cooperation",
        "url",
    ]
    assert len(rows) == 1
    assert rows[0]["partner_since"] == "2019-05-14"
    assert "Hidden Academy" not in response.content.decode("utf-8-sig")


@pytest.mark.parametrize(
    ("lang", "title", "status"),
    [
        ("uz", "Doktorantura sifati", "amalga oshirilmoqda"),
        ("ru", "Качество докторантуры", "реализуется"),
        ("en", "Quality of doctoral studies", "ongoing"),
    ],
)
def test_projects_json_and_csv_in_the_prefix_language(client, content, lang, title, status):
    item = json_items(client, f"/{lang}/projects.json")["items"][0]
    row = csv_rows(client, f"/{lang}/projects.csv")[0]

    assert item == {
        "title": title,
        "programme": "Erasmus+",
        "status": status,
        "status_code": "ongoing",
        "starts_on": "2020-11-15",
        "ends_on": "2024-11-14",
        "website": None,
        "url": f"http://testserver/{lang}/programs/erasmus-plus/uzdoc-2/",
    }
    assert row == {key: value or "" for key, value in item.items()}


def test_empty_site_gives_empty_lists(client, db):
    assert json_items(client, "/en/partners.json")["items"] == []
    assert len(csv_rows(client, "/en/projects.csv")) == 0


def test_csv_cells_that_a_spreadsheet_would_run_as_formulas_are_defused(client, db):
    baker.make(Partner, slug="x", name_en='=HYPERLINK("http://evil.example","x")', country="KR")

    row = csv_rows(client, "/en/partners.csv")[0]
    item = json_items(client, "/en/partners.json")["items"][0]

    assert row["name"] == '\'=HYPERLINK("http://evil.example","x")'
    assert item["name"] == '=HYPERLINK("http://evil.example","x")'


@pytest.mark.parametrize("path", PATHS)
def test_open_data_answers_only_reading(client, db, path):
    assert client.post(f"/en/{path}").status_code == 405


@pytest.mark.parametrize("path", PATHS)
def test_open_data_queries_stay_flat(client, db, django_assert_max_num_queries, path):
    for index in range(30):
        program = baker.make(Program, slug=f"program-{index}")
        baker.make(Project, program=program, slug="project")
        baker.make(Partner, slug=f"partner-{index}", country="KR")
    # Partners come with their signed agreements, for the year they joined.
    budget = 2 if path.startswith("partners.") else 1

    with django_assert_max_num_queries(budget):
        assert client.get(f"/en/{path}").status_code == 200


@pytest.mark.parametrize("page", ["partners/", "programs/"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_list_pages_link_to_their_open_data(client, db, page, lang):
    html = client.get(f"/{lang}/{page}").content.decode()
    name = "partners" if page == "partners/" else "projects"

    assert f'href="/{lang}/{name}.json" type="application/json"' in html
    assert f'href="/{lang}/{name}.csv" type="text/csv" download' in html


class TestPageCache:
    @pytest.fixture(autouse=True)
    def _page_cache_on(self, settings):
        settings.PAGE_CACHE_SECONDS = 600
        settings.PROXY_CACHE_SECONDS = 1

    @pytest.mark.parametrize("path", PATHS)
    def test_open_data_is_served_from_the_page_cache(
        self, client, content, django_assert_num_queries, path
    ):
        first = client.get(f"/ru/{path}")

        with django_assert_num_queries(0):
            again = client.get(f"/ru/{path}")

        assert again.content == first.content
        assert again["Content-Type"] == first["Content-Type"]
        assert again.get("Content-Disposition") == first.get("Content-Disposition")
        assert "public" in again["Cache-Control"]

    def test_open_data_changes_as_soon_as_content_does(self, client, content):
        client.get("/en/partners.json")
        client.get("/en/partners.csv")

        partner = Partner.objects.get(slug="seoul-arts")
        partner.name_en = "Seoul National University of Arts"
        partner.save()

        assert "Seoul National" in client.get("/en/partners.json").content.decode()
        assert "Seoul National" in client.get("/en/partners.csv").content.decode("utf-8-sig")


@pytest.mark.parametrize(
    ("lang", "title", "students"), [("uz", "Grant", "talabalar"), ("ru", "Грант", "студенты")]
)
def test_open_opportunities_json_and_csv_in_the_prefix_language(client, db, lang, title, students):
    now = timezone.now()
    baker.make(
        Opportunity,
        slug="open-call",
        title_uz="Grant",
        title_ru="Грант",
        for_students=True,
        deadline=now + datetime.timedelta(days=3),
        apply_url="https://example.org/apply",
    )
    baker.make(
        Opportunity, slug="past-call", title_uz="Eski", deadline=now - datetime.timedelta(days=1)
    )

    items = json_items(client, f"/{lang}/opportunities.json")["items"]
    rows = csv_rows(client, f"/{lang}/opportunities.csv")

    assert [item["title"] for item in items] == [title]
    assert items[0]["who_may_apply"] == students
    assert items[0]["deadline"].endswith("+05:00")  # Tashkent time, as the pages show it
    assert items[0]["url"] == f"http://testserver/{lang}/opportunities/open-call/"
    assert [row["title"] for row in rows] == [title]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_opportunities_page_links_to_its_open_data(client, db, lang):
    baker.make(Opportunity, slug="open-call", deadline=timezone.now() + datetime.timedelta(days=3))

    html = client.get(f"/{lang}/opportunities/").content.decode()

    assert f'href="/{lang}/opportunities.json" type="application/json"' in html
    assert f'href="/{lang}/opportunities.csv" type="text/csv" download' in html
