"""Staff see every version of content, compare, restore and recover it."""

import json

import pytest
from django.db.models.fields.files import FieldFile
from django.urls import reverse
from django.utils.html import escape
from reversion.models import Version

from departments.models import Department
from partners.models import Partner
from programs.models import Program
from tests.languages import LANGUAGES


def _submitted_form(page):
    """What a browser would POST back from an admin change form as shown."""
    data = {}
    forms = [page.context["adminform"].form]
    for inline in page.context["inline_admin_formsets"]:
        management = inline.formset.management_form
        data.update(
            {management.add_prefix(name): management[name].value() for name in management.fields}
        )
        forms += inline.formset.forms
    for form in forms:
        for name in form.fields:
            value = form[name].value()
            if value is None or value is False or isinstance(value, FieldFile):
                continue
            data[form.add_prefix(name)] = "on" if value is True else value
    return data


def _change_rows(page):
    """The rows of the changes table, whitespace collapsed."""
    table = page.content.decode().split('id="version-changes"')[1].split("</table>")[0]
    return [" ".join(row.split()) for row in table.split("<tr>")[2:]]


def _change_partner_names(client, partner, **names):
    url = reverse("admin:partners_partner_change", args=[partner.pk])
    data = _submitted_form(client.get(url))
    data.update(names)
    assert client.post(url, data).status_code == 302


def _admin_url(model, view, *args):
    meta = model._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_{view}", args=args)


def _recover(client, model, object_id):
    version = Version.objects.get_deleted(model).get(object_id=str(object_id))
    url = _admin_url(model, "recover", version.pk)
    page = client.get(url)
    assert page.status_code == 200
    return client.post(url, _submitted_form(page))


def test_restoring_a_deleted_partner_brings_back_its_page_in_every_language(
    client, seeded, editor
):
    client.force_login(editor)
    partner = Partner.objects.get(slug="moscow-state-institute-of-culture")
    names = {language: getattr(partner, f"name_{language}") for language in LANGUAGES}
    deleted = client.post(_admin_url(Partner, "delete", partner.pk), {"post": "yes"})
    assert deleted.status_code == 302
    recover_list = client.get(_admin_url(Partner, "recoverlist")).content.decode()
    assert names["en"] in recover_list

    assert _recover(client, Partner, partner.pk).status_code == 302

    for language in LANGUAGES:
        page = client.get(f"/{language}/partners/{partner.slug}/")
        assert page.status_code == 200
        assert names[language] in page.content.decode()


def test_recovering_the_deleted_department_brings_back_its_goals(client, seeded, editor):
    client.force_login(editor)
    department = Department.objects.get()
    goals = [goal.text_en for goal in department.goals.all()]
    assert goals
    client.post(_admin_url(Department, "delete", department.pk), {"post": "yes"})
    assert not Department.objects.exists()

    assert _recover(client, Department, department.pk).status_code == 302

    page = client.get("/en/").content.decode()
    for goal in goals:
        assert escape(goal) in page


def test_partners_deleted_with_the_bulk_action_can_be_recovered(client, seeded, editor):
    client.force_login(editor)
    partners = list(Partner.objects.all()[:2])
    client.post(
        _admin_url(Partner, "changelist"),
        {"action": "delete_selected", "_selected_action": [p.pk for p in partners], "post": "yes"},
    )
    assert not Partner.objects.filter(pk__in=[p.pk for p in partners]).exists()

    changelist = client.get(_admin_url(Partner, "changelist")).content.decode()
    recover_list = client.get(_admin_url(Partner, "recoverlist")).content.decode()

    assert "Recover deleted partner institutions" in changelist
    for partner in partners:
        assert partner.name_en in recover_list
    assert _recover(client, Partner, partners[0].pk).status_code == 302
    assert client.get(f"/en/partners/{partners[0].slug}/").status_code == 200
    assert client.get(f"/en/partners/{partners[1].slug}/").status_code == 404


def test_recovering_a_deleted_program_brings_back_its_projects(client, seeded, editor):
    client.force_login(editor)
    program = Program.objects.get(slug="erasmus-plus")
    project_pages = [project.get_absolute_url() for project in program.projects.all()]
    assert project_pages
    client.post(_admin_url(Program, "delete", program.pk), {"post": "yes"})
    assert all(client.get(url).status_code == 404 for url in project_pages)

    assert _recover(client, Program, program.pk).status_code == 302

    for url in project_pages:
        assert client.get(url).status_code == 200


def test_recover_page_refuses_a_version_of_another_model(client, seeded, editor):
    client.force_login(editor)
    program = Program.objects.first()
    client.post(_admin_url(Program, "delete", program.pk), {"post": "yes"})
    program_version = Version.objects.get_deleted(Program).get()

    assert client.get(_admin_url(Partner, "recover", program_version.pk)).status_code == 404


def test_dragging_partners_into_a_new_order_shows_in_their_history(client, seeded, editor):
    client.force_login(editor)
    first, second = Partner.objects.all()[:2]
    moved = client.post(
        _admin_url(Partner, "sortable_update"),
        json.dumps({"updatedItems": [[first.pk, second.position], [second.pk, first.position]]}),
        content_type="application/json",
    )
    assert moved.status_code == 200

    history = client.get(_admin_url(Partner, "history", first.pk)).content.decode()

    assert "Reordered." in history
    assert "editor" in history


def test_changes_page_shows_the_changed_name_in_each_language(client, seeded, editor):
    client.force_login(editor)
    partner = Partner.objects.get(slug="moscow-state-institute-of-culture")
    old_russian, old_english = partner.name_ru, partner.name_en
    _change_partner_names(
        client, partner, name_ru="Московский институт культуры", name_en="Moscow Culture Institute"
    )
    latest = Version.objects.get_for_object(partner).first()

    page = client.get(_admin_url(Partner, "version_changes", partner.pk, latest.pk))

    assert page.status_code == 200
    rows = _change_rows(page)
    assert any(
        "Name" in row
        and "Russian" in row
        and old_russian in row
        and "Московский институт культуры" in row
        for row in rows
    )
    assert any(
        "Name" in row
        and "English" in row
        and old_english in row
        and "Moscow Culture Institute" in row
        for row in rows
    )
    assert not any("Uzbek" in row for row in rows)


def test_changes_page_of_the_department_shows_a_changed_goal(client, seeded, editor):
    client.force_login(editor)
    department = Department.objects.get()
    goal = department.goals.first()
    url = _admin_url(Department, "change", department.pk)
    data = _submitted_form(client.get(url))
    [goal_text_field] = [
        name for name, value in data.items() if name.endswith("text_ru") and value == goal.text_ru
    ]
    data[goal_text_field] = "Новая цель"
    assert client.post(url, data).status_code == 302
    latest = Version.objects.get_for_object(department).first()

    page = client.get(_admin_url(Department, "version_changes", department.pk, latest.pk))

    rows = _change_rows(page)
    changed = [row for row in rows if "Новая цель" in row]
    assert len(changed) == 1
    assert "Russian" in changed[0]
    assert escape(goal.text_ru) in changed[0]


def test_text_saved_unchanged_from_a_browser_is_not_shown_as_changed(client, seeded, editor):
    client.force_login(editor)
    department = Department.objects.get()
    url = _admin_url(Department, "change", department.pk)
    data = _submitted_form(client.get(url))
    # Browsers send a textarea's line breaks as CRLF.
    data = {
        name: value.replace("\n", "\r\n") if isinstance(value, str) else value
        for name, value in data.items()
    }
    data["name_ru"] = "Новое имя отдела"
    assert client.post(url, data).status_code == 302
    latest = Version.objects.get_for_object(department).first()

    page = client.get(_admin_url(Department, "version_changes", department.pk, latest.pk))

    rows = _change_rows(page)
    assert len(rows) == 1
    assert "Новое имя отдела" in rows[0]


def test_editor_restores_the_version_before_a_change(client, seeded, editor):
    client.force_login(editor)
    partner = Partner.objects.get(slug="moscow-state-institute-of-culture")
    old_russian = partner.name_ru
    _change_partner_names(client, partner, name_ru="Неверное название")
    before_change = Version.objects.get_for_object(partner).last()
    url = _admin_url(Partner, "revision", partner.pk, before_change.pk)

    restored = client.post(url, _submitted_form(client.get(url)))

    assert restored.status_code == 302
    page = client.get(f"/ru/partners/{partner.slug}/").content.decode()
    assert old_russian in page
    assert "Неверное название" not in page


def test_translator_sees_history_and_changes_but_cannot_restore_or_recover(
    client, seeded, editor, translator
):
    client.force_login(editor)
    partner = Partner.objects.get(slug="moscow-state-institute-of-culture")
    _change_partner_names(client, partner, name_ru="Новое название")
    version = Version.objects.get_for_object(partner).first()
    other = Partner.objects.exclude(pk=partner.pk).first()
    client.post(_admin_url(Partner, "delete", other.pk), {"post": "yes"})
    deleted = Version.objects.get_deleted(Partner).get()
    client.force_login(translator)

    history = client.get(_admin_url(Partner, "history", partner.pk))
    changes = client.get(_admin_url(Partner, "version_changes", partner.pk, version.pk))
    revision = _admin_url(Partner, "revision", partner.pk, version.pk)

    assert history.status_code == 200
    assert "Restore this version" not in history.content.decode()
    assert changes.status_code == 200
    assert "Новое название" in changes.content.decode()
    assert client.get(revision).status_code == 403
    assert client.post(revision, {"name_ru": "x"}).status_code == 403
    assert client.get(_admin_url(Partner, "recoverlist")).status_code == 403
    assert client.get(_admin_url(Partner, "recover", deleted.pk)).status_code == 403
    assert "Recover deleted" not in client.get(_admin_url(Partner, "changelist")).content.decode()


@pytest.mark.parametrize("path", ["abc", "999999"])
def test_history_of_a_missing_object_is_not_an_error(client, seeded, editor, path):
    client.force_login(editor)

    assert client.get(_admin_url(Partner, "history", path)).status_code in (302, 404)
    assert client.get(_admin_url(Partner, "version_changes", path, 1)).status_code == 404


def test_partner_list_keeps_drag_and_drop_beside_the_recover_link(client, seeded, editor):
    client.force_login(editor)

    page = client.get(_admin_url(Partner, "changelist")).content.decode()

    assert 'id="admin_sortable2_config"' in page
    assert "Recover deleted partner institutions" in page


@pytest.mark.parametrize(
    ("language", "show_changes", "restore", "reordered"),
    [
        ("uz", "Oʻzgarishlarni koʻrsatish", "Shu versiyani tiklash", "Tartib oʻzgartirildi."),
        ("ru", "Показать изменения", "Восстановить эту версию", "Порядок изменён."),
    ],
)
def test_history_page_speaks_the_reader_language(
    client, seeded, editor, language, show_changes, restore, reordered
):
    client.force_login(editor)
    first, second = Partner.objects.all()[:2]
    client.post(
        _admin_url(Partner, "sortable_update"),
        json.dumps({"updatedItems": [[first.pk, second.position], [second.pk, first.position]]}),
        content_type="application/json",
    )
    url = _admin_url(Partner, "history", first.pk).replace("/en/", f"/{language}/", 1)

    page = client.get(url).content.decode()

    assert show_changes in page
    assert restore in page
    assert reordered in page


def test_restoring_an_older_slug_keeps_the_replaced_url_working(client, seeded, editor):
    client.force_login(editor)
    partner = Partner.objects.get(slug="moscow-state-institute-of-culture")
    _change_partner_names(client, partner, slug="msic")
    with_old_slug = Version.objects.get_for_object(partner).last()
    url = _admin_url(Partner, "revision", partner.pk, with_old_slug.pk)

    assert client.post(url, _submitted_form(client.get(url))).status_code == 302

    client.logout()
    replaced = client.get("/en/partners/msic/")
    assert replaced.status_code == 301
    assert replaced["Location"] == "/en/partners/moscow-state-institute-of-culture/"
    assert client.get(replaced["Location"]).status_code == 200
