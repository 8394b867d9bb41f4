"""Errors in the department admin are sentences in the admin's language, beside the field."""

import re
from datetime import date
from html.parser import HTMLParser

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from departments.models import Department, OfficeHours
from programs.models import Project


class _FormFields(HTMLParser):
    """What a browser would send for the change form as it stands."""

    def __init__(self):
        super().__init__()
        self.data = {}
        self._textarea = None
        self._select = None

    def handle_starttag(self, tag, attributes):
        attributes = dict(attributes)
        name = attributes.get("name")
        if tag == "input" and name and attributes.get("type") not in ("submit", "file"):
            if attributes.get("type") != "checkbox" or "checked" in attributes:
                self.data[name] = attributes.get(
                    "value", "on" if attributes.get("type") == "checkbox" else ""
                )
        elif tag == "textarea" and name:
            self._textarea = name
            self.data[name] = ""
        elif tag == "select" and name:
            self._select = name
            self.data.setdefault(name, "")
        elif tag == "option" and self._select and "selected" in attributes:
            self.data[self._select] = attributes.get("value", "")

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None


def form_data(page):
    parser = _FormFields()
    parser.feed(page)
    return {name: value.removeprefix("\n") for name, value in parser.data.items()}


def field_errors(page, css_class):
    """The error texts shown in the table cell or row of one field."""
    cell = re.search(rf'<td class="{css_class}">(.*?)</td>', page, re.S)
    return re.findall(r"<li>(.*?)</li>", cell.group(1)) if cell else []


def test_office_closing_before_opening_is_an_uzbek_sentence_beside_closes_at(
    client, seeded, editor
):
    client.force_login(editor)
    department = Department.objects.first()
    url = f"/uz/admin/departments/department/{department.pk}/change/"
    data = form_data(client.get(url).content.decode())
    row = next(
        index for index in range(7) if data.get(f"office_hours-{index}-weekday") is not None
    )
    data[f"office_hours-{row}-opens"] = "18:00"
    data[f"office_hours-{row}-closes"] = "09:00"

    page = client.post(url, data).content.decode()

    expected = (
        "Idora ochilgandan keyin yopilishi kerak: yopilish vaqtini ochilish vaqtidan "
        "keyinroq tanlang."
    )
    assert field_errors(page, "field-closes") == [expected]
    assert field_errors(page, "field-weekday") == []
    assert "violated" not in page
    assert OfficeHours.objects.filter(opens="18:00").count() == 0


def test_project_ending_before_it_starts_is_a_russian_sentence_on_the_end_date(seeded):
    project = Project.objects.first()
    project.starts_on, project.ends_on = date(2026, 5, 1), date(2026, 4, 1)

    with translation.override("ru"), pytest.raises(ValidationError) as error:
        project.full_clean()

    assert error.value.message_dict == {
        "ends_on": [
            "Проект не может закончиться раньше, чем начался: выберите дату окончания "
            "не раньше даты начала."
        ]
    }


def test_project_slug_taken_in_its_programme_is_an_uzbek_sentence_on_the_slug(seeded):
    first = Project.objects.first()
    second = Project.objects.exclude(pk=first.pk).first()
    second.program, second.slug = first.program, first.slug

    with translation.override("uz"), pytest.raises(ValidationError) as error:
        second.full_clean()

    assert error.value.message_dict == {
        "slug": ["Bu dasturning boshqa loyihasida ham shu manzil (slug) bor. Boshqasini tanlang."]
    }


def test_one_number_typed_two_ways_is_refused_beside_the_second_and_nothing_is_saved(
    client, seeded, editor
):
    client.force_login(editor)
    department = Department.objects.first()
    department.phones.all().delete()
    url = f"/en/admin/departments/department/{department.pk}/change/"
    data = form_data(client.get(url).content.decode())
    data["name_en"] = "Renamed in the same form"
    data |= {
        "phones-TOTAL_FORMS": "2",
        "phones-0-number": "+998 71 230-28-16",
        "phones-0-position": "0",
        "phones-1-number": "712302816",
        "phones-1-position": "1",
    }

    response = client.post(url, data)

    assert response.status_code == 200
    page = response.content.decode()
    number_cells = re.findall(r'<td class="field-number">(.*?)</td>', page, re.S)
    errors = [re.findall(r"<li>(.*?)</li>", cell) for cell in number_cells]
    assert errors[:2] == [[], ["This phone number is already in the list."]]  # then the blank row
    assert "same moment" not in page
    assert not department.phones.exists()
    department.refresh_from_db()
    assert department.name_en != "Renamed in the same form"


def test_weekday_listed_twice_is_an_uzbek_sentence_naming_the_day_field(client, seeded, editor):
    client.force_login(editor)
    department = Department.objects.first()
    url = f"/uz/admin/departments/department/{department.pk}/change/"
    data = form_data(client.get(url).content.decode())
    rows = [index for index in range(7) if data.get(f"office_hours-{index}-weekday") is not None]
    data[f"office_hours-{rows[1]}-weekday"] = data[f"office_hours-{rows[0]}-weekday"]

    page = client.post(url, data).content.decode()

    assert (
        "Bir xil “Hafta kuni” ikki marta koʻrsatilgan: har bir qatorda oʻzinikisi boʻlsin." in page
    )
    assert "weekday" not in re.sub(r"<[^>]+>", "", page.split('id="office_hours-group"')[1])
    assert OfficeHours.objects.filter(department=department).count() == len(rows)
