"""Staff edit every piece of content in the admin, each in three languages."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation

from departments.models import Department, Goal
from partners.models import Partner
from programs.models import Program, Project
from tests.languages import LANGUAGES

CONTENT_MODELS = [Department, Partner, Program, Project]


def test_migrations_create_the_editors_and_translators_groups(db):
    editors = Group.objects.get(name="Editors")
    translators = Group.objects.get(name="Translators")

    assert editors.permissions.filter(codename="delete_partner").exists()
    assert translators.permissions.filter(codename="change_partner").exists()
    assert not translators.permissions.filter(codename__startswith="delete_").exists()
    assert not translators.permissions.filter(codename__startswith="add_").exists()
    assert not translators.permissions.filter(content_type__app_label="auth").exists()


@pytest.mark.parametrize("staff", ["editor", "translator"])
@pytest.mark.parametrize("model", CONTENT_MODELS, ids=lambda model: model.__name__)
def test_changelist_and_change_form_load_for_staff(client, seeded, request, staff, model):
    client.force_login(request.getfixturevalue(staff))
    meta = model._meta
    changelist = reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist")
    change = reverse(
        f"admin:{meta.app_label}_{meta.model_name}_change", args=[model.objects.first().pk]
    )

    assert client.get(changelist).status_code == 200
    form = client.get(change)
    assert form.status_code == 200
    assert 'id="id_' in form.content.decode()


def test_change_form_has_a_field_per_language(client, seeded, editor):
    client.force_login(editor)
    partner = Partner.objects.first()

    page = client.get(reverse("admin:partners_partner_change", args=[partner.pk])).content.decode()

    for lang in LANGUAGES:
        assert f'name="name_{lang}"' in page


def test_admin_loads_no_script_from_another_host(client, seeded, editor):
    client.force_login(editor)
    partner = Partner.objects.first()

    page = client.get(reverse("admin:partners_partner_change", args=[partner.pk])).content.decode()

    assert "googleapis" not in page
    assert "/static/vendor/jquery-ui/jquery-ui.min.js" in page


def test_translator_cannot_delete_or_add(client, seeded, translator):
    client.force_login(translator)
    partner = Partner.objects.first()

    delete = client.post(
        reverse("admin:partners_partner_delete", args=[partner.pk]), {"post": "yes"}
    )
    add = client.get(reverse("admin:partners_partner_add"))

    assert delete.status_code == 403
    assert add.status_code == 403
    assert Partner.objects.filter(pk=partner.pk).exists()


def test_translator_cannot_see_users(client, seeded, translator):
    client.force_login(translator)

    assert client.get(reverse("admin:auth_user_changelist")).status_code == 403


def test_editor_saves_a_partner_in_three_languages(client, seeded, editor):
    client.force_login(editor)
    url = reverse("admin:partners_partner_add")

    response = client.post(
        url,
        {
            "name_uz": "Anqara universiteti",
            "name_ru": "Анкарский университет",
            "name_en": "Ankara University",
            "slug": "ankara-university",
            "country": "TR",
            "city_uz": "Anqara",
            "city_ru": "Анкара",
            "city_en": "Ankara",
            "is_active": "on",
        },
    )

    assert response.status_code == 302
    assert Partner.objects.get(slug="ankara-university").name_ru == "Анкарский университет"
    assert "Анкарский университет" in client.get("/ru/partners/?country=TR").content.decode()


def test_form_without_the_uzbek_text_is_refused_and_keeps_the_input(client, seeded, editor):
    client.force_login(editor)

    response = client.post(
        reverse("admin:partners_partner_add"),
        {"name_ru": "Анкарский университет", "slug": "ankara", "country": "TR"},
    )

    assert response.status_code == 200
    page = response.content.decode()
    assert "errorlist" in page
    assert 'value="Анкарский университет"' in page
    assert not Partner.objects.filter(slug="ankara").exists()


def test_department_form_edits_goals_and_office_hours_inline(client, seeded, editor):
    client.force_login(editor)
    department = Department.objects.get()

    page = client.get(
        reverse("admin:departments_department_change", args=[department.pk])
    ).content.decode()

    assert 'name="goals-0-text_uz"' in page
    assert 'name="office_hours-0-weekday"' in page
    assert 'name="head-0-photo"' in page
    assert Goal.objects.count() == 10


def test_partner_list_filters_by_country(client, seeded, editor):
    client.force_login(editor)

    page = client.get(reverse("admin:partners_partner_changelist") + "?country=KZ")

    assert page.status_code == 200
    assert page.context["cl"].result_count == 3


@pytest.mark.parametrize(
    ("lang", "present", "absent"),
    [
        ("uz", "Tarjimalar holati", "Site administration"),
        ("ru", "Состояние переводов", "Site administration"),
        ("en", "Translation status", "Состояние переводов"),
    ],
)
def test_admin_speaks_the_staff_members_language(client, seeded, editor, lang, present, absent):
    client.force_login(editor)

    page = client.get(f"/{lang}/admin/").content.decode()

    assert f'<html lang="{lang}"' in page
    assert present in page
    assert absent not in page


def test_uzbek_admin_form_has_no_english_left_in_djangos_own_strings(client, seeded, editor):
    client.force_login(editor)
    partner = Partner.objects.first()

    page = client.get(f"/uz/admin/partners/partner/{partner.pk}/change/").content.decode()

    for english in ["Save and continue editing", "Save and add another", "History"]:
        assert english not in page


def test_partner_form_list_and_filter_name_countries_in_the_admins_language(
    client, seeded, editor
):
    client.force_login(editor)
    partner = Partner.objects.get(slug="induk-university")
    with translation.override("uz"):
        form_url = reverse("admin:partners_partner_change", args=[partner.pk])
        list_url = reverse("admin:partners_partner_changelist")

    form = client.get(form_url).content.decode()
    changelist = client.get(list_url).content.decode()

    assert '<option value="KR" selected>Janubiy Koreya</option>' in form
    assert '<td class="field-country_in_language">Janubiy Koreya</td>' in changelist
    assert "?country=KR" in changelist and "South Korea" not in changelist
