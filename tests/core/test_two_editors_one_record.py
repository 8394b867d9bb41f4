"""A change form saves only over what its editor saw: a colleague's save in
between is never overwritten silently."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from departments.models import Department, Goal
from partners.models import Partner
from tests.core.admin_forms import form_values


@pytest.fixture
def colleague(db, django_user_model):
    user = django_user_model.objects.create_user(
        username="colleague", first_name="Dilnoza", last_name="Karimova", is_staff=True
    )
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def colleague_client(colleague):
    colleague_client = Client()
    colleague_client.force_login(colleague)
    return colleague_client


def _change_url(obj):
    meta = obj._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk])


def test_older_tab_cannot_undo_a_colleagues_fix_to_a_partners_russian_city(
    client, seeded, editor, colleague_client
):
    client.force_login(editor)
    partner = Partner.objects.first()
    older_tab = form_values(client.get(_change_url(partner)))
    colleagues_form = form_values(colleague_client.get(_change_url(partner)))

    colleagues_form["city_ru"] = "Город исправлен"
    assert colleague_client.post(_change_url(partner), colleagues_form).status_code == 302
    older_tab["website"] = "https://example.org/new-site"
    refused = client.post(_change_url(partner), older_tab)

    assert refused.status_code == 200
    page = refused.content.decode()
    assert "Dilnoza Karimova changed this record at" in page
    assert "city [ru]: saved by your colleague “Город исправлен”" in page
    partner.refresh_from_db()
    assert partner.city_ru == "Город исправлен"
    assert partner.website != "https://example.org/new-site"


def test_saving_the_refused_form_again_keeps_both_changes(
    client, seeded, editor, colleague_client
):
    client.force_login(editor)
    partner = Partner.objects.first()
    older_tab = form_values(client.get(_change_url(partner)))
    colleagues_form = form_values(colleague_client.get(_change_url(partner)))
    colleagues_form["city_ru"] = "Город исправлен"
    colleague_client.post(_change_url(partner), colleagues_form)
    older_tab["website"] = "https://example.org/new-site"

    shown_again = form_values(client.post(_change_url(partner), older_tab))
    saved = client.post(_change_url(partner), shown_again)

    assert saved.status_code == 302
    partner.refresh_from_db()
    assert partner.city_ru == "Город исправлен"
    assert partner.website == "https://example.org/new-site"


def test_where_both_changed_a_field_the_editors_value_stays_in_the_form(
    client, seeded, editor, colleague_client
):
    client.force_login(editor)
    partner = Partner.objects.first()
    older_tab = form_values(client.get(_change_url(partner)))
    colleagues_form = form_values(colleague_client.get(_change_url(partner)))
    colleagues_form["city_ru"] = "Их город"
    colleague_client.post(_change_url(partner), colleagues_form)
    older_tab["city_ru"] = "Мой город"

    refused = client.post(_change_url(partner), older_tab)

    page = refused.content.decode()
    assert "saved by your colleague “Их город”; yours “Мой город”" in page
    assert form_values(refused)["city_ru"] == "Мой город"
    partner.refresh_from_db()
    assert partner.city_ru == "Их город"


def test_older_department_tab_cannot_undo_a_colleagues_goal_edit(
    client, seeded, editor, colleague_client
):
    client.force_login(editor)
    department = Department.objects.get()
    goal = Goal.objects.order_by("position", "pk").first()
    older_tab = form_values(client.get(_change_url(department)))
    colleagues_form = form_values(colleague_client.get(_change_url(department)))
    colleagues_form["goals-0-text_ru"] = "Цель, исправленная коллегой"
    assert colleague_client.post(_change_url(department), colleagues_form).status_code == 302
    older_tab["phone"] = "+998 71 000 00 00"

    refused = client.post(_change_url(department), older_tab)

    assert refused.status_code == 200
    assert "saved by your colleague “Цель, исправленная коллегой”" in refused.content.decode()
    assert form_values(refused)["goals-0-text_ru"] == "Цель, исправленная коллегой"
    goal.refresh_from_db()
    assert goal.text_ru == "Цель, исправленная коллегой"


def test_unchanged_record_saves_as_before(client, seeded, editor):
    client.force_login(editor)
    partner = Partner.objects.first()
    form = form_values(client.get(_change_url(partner)))
    form["city_en"] = "Somewhere"

    assert client.post(_change_url(partner), form).status_code == 302
    partner.refresh_from_db()
    assert partner.city_en == "Somewhere"


@pytest.mark.parametrize(
    ("lang", "refusal"),
    [
        ("uz", "bu yozuvni oʻzgartirdi. Hech narsa saqlanmadi."),
        ("ru", "Ничего не сохранено."),
        ("en", "Nothing was saved."),
    ],
)
def test_refusal_speaks_the_editors_language(
    client, seeded, editor, colleague_client, lang, refusal
):
    client.force_login(editor)
    partner = Partner.objects.first()
    change_url = f"/{lang}/admin/partners/partner/{partner.pk}/change/"
    older_tab = form_values(client.get(change_url))
    colleagues_form = form_values(colleague_client.get(_change_url(partner)))
    colleagues_form["city_ru"] = "Город исправлен"
    colleague_client.post(_change_url(partner), colleagues_form)

    page = client.post(change_url, older_tab).content.decode()

    assert refusal in page
    assert "Город исправлен" in page


def test_reordering_the_list_does_not_refuse_an_open_form(
    client, seeded, editor, colleague_client
):
    import json

    client.force_login(editor)
    partner = Partner.objects.first()
    open_form = form_values(client.get(_change_url(partner)))
    colleague_client.post(
        reverse("admin:partners_partner_sortable_update"),
        json.dumps({"updatedItems": [[partner.pk, 99]]}),
        content_type="application/json",
    )
    open_form["website"] = "https://example.org/after-the-reorder"

    response = client.post(_change_url(partner), open_form)

    assert response.status_code == 302
    partner.refresh_from_db()
    assert partner.website == "https://example.org/after-the-reorder"
    assert partner.position == 99
