"""The department (home) page, as a visitor reads it in each language."""

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from model_bakery import baker

from departments.models import Department
from programs.models import Project
from tests.images import image_bytes
from tests.languages import LANGUAGES

HEAD_NAME = {"uz": "Dilnoza Abdujabbova", "ru": "Дилноза Абдужаббова", "en": "Dilnoza Abdujabbova"}
ABOUT_HEADING = {"uz": "Boʻlim haqida", "ru": "Об отделе", "en": "About the department"}
COUNTRIES = {
    "uz": ["Rossiya", "Qozogʻiston", "Ozarbayjon", "Janubiy Koreya", "Latviya", "Belarus"],
    "ru": ["Россия", "Казахстан", "Азербайджан", "Республика Корея", "Латвия", "Беларусь"],
    "en": ["Russia", "Kazakhstan", "Azerbaijan", "South Korea", "Latvia", "Belarus"],
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_page_shows_the_head_and_country_names_in_the_page_language(client, seeded, lang):
    page = client.get(f"/{lang}/").content.decode()

    assert HEAD_NAME[lang] in page
    assert ABOUT_HEADING[lang] in page
    for country in COUNTRIES[lang]:
        assert country in page


def test_home_page_shows_every_about_paragraph_and_all_ten_goals(client, seeded):
    page = client.get("/en/").content.decode()

    assert page.count("<p>", page.index("about-heading"), page.index("goals-heading")) == 3
    goals = page[page.index('<ol class="goals">') : page.index("</ol>")]
    assert goals.count("<li>") == 10
    assert "Searching for information on grants" in goals


def test_contacts_are_links(client, seeded):
    Department.objects.update(email="ird@example.uz")

    page = client.get("/en/").content.decode()

    assert '<a href="tel:+998712302816">+998 71 230-28-16</a>' in page
    assert '<a href="mailto:ird@example.uz">ird@example.uz</a>' in page


def test_office_hours_show_compactly_with_open_now_line(client, seeded, monkeypatch):
    monday_noon = datetime(2026, 11, 30, 12, tzinfo=ZoneInfo("Asia/Tashkent"))
    monkeypatch.setattr("django.utils.timezone.now", lambda: monday_noon)

    page = client.get("/en/").content.decode()

    assert '<span class="office-hours__days">Mon–Sun</span>' in page
    assert '<span class="office-hours__time">10:00–15:00</span>' in page
    assert "Open now, until 15:00." in page


def test_head_without_photo_gets_a_placeholder_with_initials(client, seeded):
    page = client.get("/en/").content.decode()

    assert 'person__photo--placeholder" aria-hidden="true">DA</span>' in page


def test_uploaded_head_photo_is_shown_with_alt_text(client, seeded, settings):
    head = Department.objects.get().head
    photo = image_bytes("PNG", (4, 4))
    head.photo = SimpleUploadedFile("head.png", photo, content_type="image/png")
    head.save()

    page = client.get("/en/").content.decode()

    stem = head.photo.url.rsplit(".", 1)[0]
    assert f'<source type="image/webp" srcset="{stem}-w88.webp 88w, {stem}-w176.webp 176w' in page
    assert 'alt="Portrait of Dilnoza Abdujabbova"' in page
    assert head.photo.url not in page
    assert "person__photo--placeholder" not in page


def test_partner_summary_counts_institutions_per_country(client, seeded):
    page = client.get("/en/").content.decode()

    assert "16 partner institutions in 7 countries" in page
    assert (
        '<a href="/en/partners/?country=RU">Russia</a> <span class="count">7 institutions' in page
    )
    assert (
        '<a href="/en/partners/?country=LV">Latvia</a> <span class="count">1 institution<' in page
    )


def test_home_page_lists_programs_with_their_projects(client, seeded):
    # Linked once its page says more than the title and summary shown here.
    Project.objects.filter(slug="international-credit-mobility").update(status="ongoing")
    page = client.get("/en/").content.decode()

    assert "Erasmus+" in page
    assert "UNESCO" in page
    assert 'href="/en/programs/erasmus-plus/international-credit-mobility/"' in page
    assert "UzDOC 2.0" in page


def test_second_department_has_its_own_page(client, seeded):
    baker.make(
        Department,
        slug="academic-affairs",
        name_uz="Oʻquv boʻlimi",
        name_en="Academic Affairs Office",
        position=5,
    )

    assert (
        "Academic Affairs Office"
        in client.get("/en/departments/academic-affairs/").content.decode()
    )
    assert "International Relations Department</h1>" in client.get("/en/").content.decode()


def test_header_footer_and_title_show_the_names_staff_edit(client, seeded):
    Department.objects.update(
        name_ru="Отдел международного сотрудничества",
        institute_ru="Институт искусств и культуры",
    )

    page = client.get("/ru/partners/").content.decode()

    assert '<span class="brand__department">Отдел международного сотрудничества</span>' in page
    assert '<span class="brand__institute">Институт искусств и культуры</span>' in page
    assert "· Институт искусств и культуры</title>" in page
    assert '<p class="site-footer__name">Отдел международного сотрудничества</p>' in page
    assert f"© {timezone.localdate().year} Институт искусств и культуры" in page


@pytest.mark.django_db
def test_pages_name_the_department_and_institute_before_any_content_exists(client):
    page = client.get("/en/partners/").content.decode()

    assert '<span class="brand__department">International Relations Department</span>' in page
    assert "· Uzbekistan State Institute of Arts and Culture</title>" in page


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_page_department_has_one_url_the_home_page(client, seeded, lang):
    response = client.get(f"/{lang}/departments/international-relations/")
    sitemap = client.get("/sitemap.xml").content.decode()

    assert response.status_code == 301
    assert response["Location"] == f"/{lang}/"
    assert "/departments/international-relations/" not in sitemap


@pytest.mark.parametrize(
    ("lang", "zone"),
    [
        ("uz", "Toshkent vaqti (UTC+5)"),
        ("ru", "Ташкентское время (UTC+5)"),
        ("en", "Tashkent time (UTC+5)"),
    ],
)
def test_office_hours_say_which_time_zone(client, seeded, lang, zone):
    page = client.get(f"/{lang}/").content.decode()

    assert f'<p class="office-hours__zone">{zone}</p>' in page


def test_contact_card_gives_the_room_under_the_address(client, seeded):
    Department.objects.update(address_en="1 Example Street, Tashkent", room_en="Room 305")

    page = client.get("/en/").content.decode()

    assert "1 Example Street, Tashkent<br>Room 305" in page


def _words(text):
    return {word for word in re.findall(r"\w+", text.lower()) if len(word) > 3}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_page_lead_does_not_repeat_the_first_about_paragraph(client, seeded, lang):
    department = Department.objects.get()
    lead = _words(getattr(department, f"introduction_{lang}"))
    first_paragraph = _words(getattr(department, f"about_{lang}").split("\n\n")[0])

    assert client.get(f"/{lang}/").status_code == 200
    # The lead once retold the first paragraph: most of its words were there.
    assert len(lead & first_paragraph) / len(lead) < 0.4
