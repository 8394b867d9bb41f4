"""Phone numbers: one number per row, checked, shown the Uzbek way, linked in E.164."""

from importlib import import_module

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.utils import translation
from model_bakery import baker

from core.phone_numbers import for_display, normalised
from departments.models import Department, DepartmentPhone

pytestmark = pytest.mark.django_db

phone_text_migration = import_module(
    "departments.migrations.0003_move_phone_text_into_phone_numbers"
)


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("(+99871) 230-28-16", "+998 71 230-28-16"),
        ("71 230 28 16", "+998 71 230-28-16"),
        ("+998901234567", "+998 90 123-45-67"),
        ("+7 495 123 45 67", "+7 495 123-45-67"),
    ],
)
def test_numbers_are_read_as_uzbek_and_shown_with_hyphens(typed, shown):
    assert for_display(normalised(typed)) == shown


@pytest.mark.parametrize(
    "typed",
    ["+998 71 230-28-16 230-28-17", "+998712302816998712302817", "call the office", "12"],
)
def test_two_numbers_in_one_row_or_text_without_a_number_is_refused(typed):
    phone = DepartmentPhone(department=baker.make(Department), number=typed)

    with pytest.raises(ValidationError) as error:
        phone.full_clean()

    assert list(error.value.message_dict) == ["number"]


def test_refusal_speaks_uzbek_in_an_uzbek_admin():
    phone = DepartmentPhone(department=baker.make(Department), number="qoʻngʻiroq qiling")

    with translation.override("uz"), pytest.raises(ValidationError) as error:
        phone.full_clean()
    with translation.override("uz"):
        messages = [str(message) for message in error.value.message_dict["number"]]

    assert messages == ["Telefon raqamini raqamlari bilan kiriting, masalan: +998 71 230-28-16."]


def test_each_number_is_its_own_link(client):
    department = baker.make(Department, slug="ird")
    for position, number in enumerate(["+998712302816", "+998712302817"]):
        baker.make(DepartmentPhone, department=department, number=number, position=position)

    page = client.get("/en/").content.decode()

    assert '<a href="tel:+998712302816">+998 71 230-28-16</a>' in page
    assert '<a href="tel:+998712302817">+998 71 230-28-17</a>' in page
    assert 'href="tel:"' not in page


def test_department_without_numbers_shows_no_phone_link(client):
    baker.make(Department, slug="ird", phone="ask at the reception")

    response = client.get("/en/")

    assert response.status_code == 200
    assert "tel:" not in response.content.decode()


def test_migration_turns_each_number_of_the_old_text_into_a_row_and_keeps_the_rest(capsys):
    two_numbers = baker.make(Department, phone="(+99871) 230-28-16, 71 230 28 17")
    with_words = baker.make(Department, phone="+998 71 230-28-16 / ext. 12")

    phone_text_migration.move_phone_text_into_numbers(apps, schema_editor=None)

    assert [phone.display for phone in two_numbers.phones.all()] == [
        "+998 71 230-28-16",
        "+998 71 230-28-17",
    ]
    two_numbers.refresh_from_db()
    assert two_numbers.phone == ""
    with_words.refresh_from_db()
    assert [phone.number for phone in with_words.phones.all()] == ["+998712302816"]
    assert with_words.phone == "ext. 12"
    assert "ext. 12" in capsys.readouterr().out
