"""A form is processed once: sending it again lands on the saved record."""

import pytest
from django.contrib.messages import get_messages
from django.db import IntegrityError, OperationalError
from django.urls import reverse

from departments.models import Department, Goal
from partners.models import Partner
from tests.core.admin_forms import form_values

NEW_PARTNER = {
    "name_uz": "Anqara universiteti",
    "name_ru": "Анкарский университет",
    "name_en": "Ankara University",
    "slug": "ankara-university",
    "country": "TR",
    "city_uz": "Anqara",
    "is_active": "on",
}


def _new_partner_form(client):
    form = form_values(client.get(reverse("admin:partners_partner_add")))
    form.update(NEW_PARTNER)
    return form


def _department_form_with_a_new_goal(client, department):
    form = form_values(
        client.get(reverse("admin:departments_department_change", args=[department.pk]))
    )
    new_row = int(form["goals-TOTAL_FORMS"])
    form["goals-TOTAL_FORMS"] = str(new_row + 1)
    form[f"goals-{new_row}-text_uz"] = "Yangi maqsad"
    form[f"goals-{new_row}-text_ru"] = "Новая цель"
    form[f"goals-{new_row}-position"] = "99"
    return form


def test_sending_the_new_partner_form_twice_adds_one_partner(client, seeded, editor):
    client.force_login(editor)
    form = _new_partner_form(client)

    first = client.post(reverse("admin:partners_partner_add"), form)
    again = client.post(reverse("admin:partners_partner_add"), form)

    partner = Partner.objects.get(slug="ankara-university")
    assert first.status_code == 302
    assert again.status_code == 302
    assert again["Location"] == reverse("admin:partners_partner_change", args=[partner.pk])
    assert "This form had already been saved; here is the saved record." in [
        str(message) for message in get_messages(again.wsgi_request)
    ]


def test_sending_the_department_form_twice_adds_the_new_goal_once(client, seeded, editor):
    client.force_login(editor)
    department = Department.objects.get()
    change_url = reverse("admin:departments_department_change", args=[department.pk])
    form = _department_form_with_a_new_goal(client, department)

    client.post(change_url, form)
    again = client.post(change_url, form)

    assert again.status_code == 302
    assert again["Location"] == change_url
    assert Goal.objects.filter(text_ru="Новая цель").count() == 1
    assert "Новая цель" in client.get(change_url).content.decode()


def test_a_form_refused_for_errors_can_be_corrected_and_sent_again(client, seeded, editor):
    client.force_login(editor)
    form = _new_partner_form(client)
    form["name_uz"] = ""

    refused = client.post(reverse("admin:partners_partner_add"), form)
    corrected = form_values(refused) | {"name_uz": "Anqara universiteti"}
    saved = client.post(reverse("admin:partners_partner_add"), corrected)

    assert refused.status_code == 200
    assert saved.status_code == 302
    assert Partner.objects.filter(slug="ankara-university").count() == 1


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (IntegrityError("duplicate key value violates unique constraint"), "in this form twice"),
        (OperationalError("database is locked"), "The database was busy with another save"),
    ],
    ids=["duplicate", "locked"],
)
def test_a_save_that_meets_another_shows_the_form_again_with_why(
    client, seeded, editor, monkeypatch, error, message
):
    client.force_login(editor)
    form = _new_partner_form(client)

    def meets_another_save(*args, **kwargs):
        raise error

    monkeypatch.setattr(Partner, "save", meets_another_save)
    response = client.post(reverse("admin:partners_partner_add"), form)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert form_values(response)["name_ru"] == "Анкарский университет"
    assert not Partner.objects.filter(slug="ankara-university").exists()
