"""The department's contacts, links and emblem, edited once, on every page."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from departments.models import Department, SocialLink
from tests.images import image_bytes
from tests.languages import LANGUAGES


def footer(client, path):
    page = client.get(path).content.decode()
    return page.split('<footer class="site-footer">')[1].split("</footer>")[0]


@pytest.fixture
def identity(seeded):
    department = Department.objects.get()
    department.email = "ird@example.uz"
    department.address_uz, department.address_ru, department.address_en = (
        "Yunusobod tumani, Toshkent",
        "Юнусабадский район, Ташкент",
        "Yunusobod district, Tashkent",
    )
    department.room_uz, department.room_ru, department.room_en = (
        "305-xona",
        "Кабинет 305",
        "Room 305",
    )
    department.map_link = "https://www.openstreetmap.org/#map=18/41.3111/69.2797"
    department.institute_website = "https://example.uz/"
    department.save()
    # Staff add them in any order; visitors see Telegram first.
    SocialLink.objects.create(
        department=department, network=SocialLink.Network.YOUTUBE, url="https://youtube.com/@x"
    )
    SocialLink.objects.create(
        department=department, network=SocialLink.Network.TELEGRAM, url="https://t.me/x"
    )
    return department


@pytest.mark.parametrize("language", LANGUAGES)
def test_footer_shows_contacts_and_links_on_every_page_in_each_language(
    client, identity, language
):
    room = getattr(identity, f"room_{language}")
    address = getattr(identity, f"address_{language}")
    for path in (f"/{language}/", f"/{language}/partners/", f"/{language}/programs/"):
        shown = footer(client, path)

        assert address in shown and room in shown
        assert 'href="tel:+998712302816"' in shown
        assert 'href="mailto:ird@example.uz"' in shown
        assert 'href="https://www.openstreetmap.org/#map=18/41.3111/69.2797"' in shown
        assert 'href="https://example.uz/"' in shown
        assert re.findall(r">(Telegram|YouTube)</a>", shown) == ["Telegram", "YouTube"]
        assert f'href="/{language}/accessibility/"' in shown


def test_empty_contacts_are_hidden_and_nothing_is_invented(client, seeded):
    shown = footer(client, "/en/")

    assert "mailto:" not in shown
    assert "openstreetmap" not in shown
    assert "The department online" not in shown
    assert 'href="tel:+998712302816"' in shown  # the one number the seed page states


@pytest.mark.django_db
def test_footer_without_any_content_names_the_department_and_links_the_statement(client):
    shown = footer(client, "/en/accessibility/")

    assert "International Relations Department" in shown
    assert "Accessibility statement" in shown


@pytest.mark.parametrize("language", LANGUAGES)
def test_accessibility_statement_answers_in_each_language(client, seeded, language):
    response = client.get(f"/{language}/accessibility/")

    page = response.content.decode()
    with translation.override(language):
        heading = gettext("Accessibility statement")
    assert response.status_code == 200
    assert f'<html lang="{language}">' in page
    assert f"<h1>{heading}</h1>" in page
    assert "(WCAG) 2.2" in page


def test_accessibility_statement_gives_the_department_email_when_there_is_one(client, identity):
    page = client.get("/ru/accessibility/").content.decode()

    assert 'напишите на <a href="mailto:ird@example.uz">ird@example.uz</a>' in page


@pytest.mark.parametrize(
    "link",
    [
        "https://www.openstreetmap.org/way/123456",
        "https://osm.org/go/xyz",
        "geo:41.3111,69.2797",
        "geo:41.3111,69.2797;z=18",
    ],
)
def test_map_link_takes_openstreetmap_or_geo(seeded, link):
    department = Department.objects.get()
    department.map_link = link

    department.full_clean()


@pytest.mark.parametrize(
    "link",
    [
        "javascript:alert(1)",
        "http://www.openstreetmap.org/way/1",
        "https://maps.example.com/?q=tashkent",
        "https://openstreetmap.org.evil.example/",
        "geo:tashkent",
    ],
)
def test_map_link_refuses_anything_else(seeded, link):
    department = Department.objects.get()
    department.map_link = link

    with pytest.raises(ValidationError) as error:
        department.full_clean()
    assert "map_link" in error.value.message_dict


def test_social_link_must_point_at_its_network(seeded):
    link = SocialLink(
        department=Department.objects.get(),
        network=SocialLink.Network.TELEGRAM,
        url="https://instagram.com/ird",
    )

    with pytest.raises(ValidationError) as error:
        link.full_clean()
    assert error.value.message_dict["url"] == ["A Telegram address starts with https://t.me/."]


def _department_form(client, **changes):
    from tests.departments.test_admin_error_messages import form_data

    department = Department.objects.get()
    url = reverse("admin:departments_department_change", args=[department.pk])
    data = form_data(client.get(url).content.decode())
    data.update(changes)
    return url, data


def test_emblem_must_be_png_or_webp_said_in_uzbek(client, seeded, editor):
    client.force_login(editor)
    url, data = _department_form(client)
    data["emblem"] = SimpleUploadedFile("emblem.jpg", image_bytes("JPEG", (200, 200)))

    page = client.post(url.replace("/en/", "/uz/"), data).content.decode()

    assert "Emblema PNG yoki WebP rasm boʻlishi kerak" in page
    assert not Department.objects.get().emblem


def test_editor_uploads_a_png_emblem(client, seeded, editor):
    client.force_login(editor)
    url, data = _department_form(client)
    data["emblem"] = SimpleUploadedFile("emblem.png", image_bytes("PNG", (300, 300)))

    response = client.post(url, data)

    assert response.status_code == 302
    assert Department.objects.get().emblem.name.endswith(".png")


def test_translator_translates_the_room_but_cannot_change_links(client, identity, translator):
    client.force_login(translator)
    url = reverse("admin:departments_department_change", args=[identity.pk])

    form = client.get(url).content.decode()

    assert 'name="room_ru"' in form
    assert 'name="map_link"' not in form
    assert 'name="institute_website"' not in form
    assert 'name="social_links-0-url"' not in form


def _department_queries(client, path):
    with CaptureQueriesContext(connection) as queries:
        page = client.get(path).content.decode()
    return page, [query for query in queries if '"departments_' in query["sql"]]


@pytest.mark.parametrize("language", LANGUAGES)
def test_footer_reads_the_department_once_until_content_changes(client, identity, language):
    _page, first_reads = _department_queries(client, "/en/partners/")
    page, later_reads = _department_queries(client, f"/{language}/programs/")

    # The department, its phone numbers and its social links, on the first
    # page only; later pages, in any language, show the same in their own.
    assert len(first_reads) == 3
    assert later_reads == []
    shown = page.split('<footer class="site-footer">')[1]
    assert getattr(identity, f"room_{language}") in shown
    assert re.findall(r">(Telegram|YouTube)</a>", shown) == ["Telegram", "YouTube"]


def test_footer_shows_a_new_social_link_on_the_next_page(client, identity):
    footer(client, "/en/")
    SocialLink.objects.create(
        department=identity, network=SocialLink.Network.INSTAGRAM, url="https://instagram.com/x"
    )

    shown = footer(client, "/en/partners/")

    assert re.findall(r">(Telegram|Instagram|YouTube)</a>", shown) == [
        "Telegram",
        "Instagram",
        "YouTube",
    ]


def test_footer_shows_an_address_edited_in_the_admin_on_the_next_page(client, identity, editor):
    assert "ird@example.uz" in footer(client, "/en/partners/")
    client.force_login(editor)
    url, data = _department_form(client, email="office@example.uz")
    assert client.post(url, data).status_code == 302
    client.logout()

    shown = footer(client, "/en/partners/")

    assert 'href="mailto:office@example.uz"' in shown
    assert "ird@example.uz" not in shown
