"""Staff add and change opportunities in the admin; Translators change only text."""

from datetime import timedelta

import pytest
from django.urls import reverse
from reversion.models import Version

from opportunities.models import Opportunity
from tests.core.admin_forms import form_values
from tests.opportunities.conftest import NOW
from tests.opportunities.factories import make_opportunity, tashkent

pytestmark = pytest.mark.django_db

ADD_URL = "/en/admin/opportunities/opportunity/add/"
CHANGELIST_URL = "/en/admin/opportunities/opportunity/"


def new_opportunity_form(**changes):
    return {
        "title_uz": "Yozgi maktab",
        "title_ru": "Летняя школа",
        "title_en": "Summer school",
        "slug": "summer-school",
        "funder_en": "Example Foundation",
        "deadline_0": "2026-12-31",
        "deadline_1": "23:30",
        "apply_url": "example.org/apply",
        "for_students": "on",
        "for_researchers": "on",
        "description_en": "About it.",
        "is_published": "on",
        **changes,
    }


def test_editor_adds_an_opportunity_with_its_deadline_typed_in_tashkent_time(
    client, editor, clock
):
    client.force_login(editor)

    response = client.post(ADD_URL, new_opportunity_form())

    assert response.status_code == 302
    opportunity = Opportunity.objects.get(slug="summer-school")
    # 23:30 in Tashkent, 18:30 in UTC, whatever the database keeps.
    assert opportunity.deadline == tashkent(2026, 12, 31, 23, 30)
    assert opportunity.apply_url == "https://example.org/apply"
    assert opportunity.for_students and opportunity.for_researchers
    assert not opportunity.for_teaching_staff
    assert "Летняя школа" in client.get("/ru/opportunities/").content.decode()


def test_a_save_in_the_admin_keeps_a_version(client, editor, clock):
    client.force_login(editor)
    client.post(ADD_URL, new_opportunity_form())
    opportunity = Opportunity.objects.get(slug="summer-school")
    change_url = reverse("admin:opportunities_opportunity_change", args=[opportunity.pk])

    values = form_values(client.get(change_url))
    values["title_en"] = "Summer school 2027"
    assert client.post(change_url, values).status_code == 302

    versions = Version.objects.get_for_object(opportunity)
    assert versions.count() == 2
    assert versions.first().field_dict["title_en"] == "Summer school 2027"


def test_form_without_the_uzbek_title_is_refused(client, editor, clock):
    client.force_login(editor)

    response = client.post(ADD_URL, new_opportunity_form(title_uz=""))

    assert response.status_code == 200
    assert not Opportunity.objects.exists()


def test_translator_changes_the_text_but_not_the_deadline_slug_or_link(client, translator, clock):
    opportunity = make_opportunity("summer-school", NOW + timedelta(days=3))
    client.force_login(translator)
    change_url = reverse("admin:opportunities_opportunity_change", args=[opportunity.pk])

    page = client.get(change_url)
    values = form_values(page)
    for read_only in ("slug", "deadline_0", "apply_url", "is_published", "for_students"):
        assert read_only not in values
    crafted = {
        **values,
        "title_ru": "Летняя школа",
        "slug": "hijacked",
        "deadline_0": "2030-01-01",
        "deadline_1": "00:00",
        "apply_url": "https://attacker.example/",
        "for_students": "on",
    }
    assert client.post(change_url, crafted).status_code == 302

    opportunity.refresh_from_db()
    assert opportunity.title_ru == "Летняя школа"
    assert opportunity.slug == "summer-school"
    assert opportunity.deadline == NOW + timedelta(days=3)
    assert opportunity.apply_url == "https://example.org/apply/summer-school"
    assert not opportunity.for_students


def test_translator_cannot_add_or_delete(client, translator, clock):
    opportunity = make_opportunity("summer-school", NOW + timedelta(days=3))
    client.force_login(translator)

    assert client.get(ADD_URL).status_code == 403
    delete_url = reverse("admin:opportunities_opportunity_delete", args=[opportunity.pk])
    assert client.post(delete_url, {"post": "yes"}).status_code == 403
    assert Opportunity.objects.exists()


def test_changelist_shows_deadline_in_tashkent_time_and_whether_open(client, editor, clock):
    make_opportunity("open-call", tashkent(2026, 12, 2, 0, 30), title_en="Open call")
    make_opportunity("old-call", NOW - timedelta(days=1), title_en="Old call")
    client.force_login(editor)

    page = client.get(CHANGELIST_URL).content.decode()

    assert "2026-12-02 00:30" in page
    assert 'alt="True"' in page and 'alt="False"' in page


def test_changelist_filters_open_and_closed_and_searches_titles(client, editor, clock):
    make_opportunity("open-call", NOW + timedelta(days=1), title_en="Open call")
    make_opportunity("old-call", NOW - timedelta(days=1), title_en="Old call")
    client.force_login(editor)

    open_only = client.get(CHANGELIST_URL + "?deadline_state=open").content.decode()
    closed_only = client.get(CHANGELIST_URL + "?deadline_state=closed").content.decode()
    searched = client.get(CHANGELIST_URL + "?q=old").content.decode()

    assert "Open call" in open_only and "Old call" not in open_only
    assert "Old call" in closed_only and "Open call" not in closed_only
    assert "Old call" in searched and "Open call" not in searched


def test_change_form_has_tabs_per_language_and_the_who_may_apply_boxes(client, editor, clock):
    opportunity = make_opportunity("summer-school", NOW + timedelta(days=3))
    client.force_login(editor)

    page = client.get(
        reverse("admin:opportunities_opportunity_change", args=[opportunity.pk])
    ).content.decode()

    for lang in ("uz", "ru", "en"):
        assert f'name="title_{lang}"' in page
        assert f'name="description_{lang}"' in page
    for audience in ("students", "teaching_staff", "researchers", "administrative_staff"):
        assert f'name="for_{audience}"' in page
    assert "Who may apply" in page
    assert "Date and time in Tashkent (UTC+5)" in page


def test_editors_and_translators_have_their_permissions(db):
    from django.contrib.auth.models import Group

    editors = Group.objects.get(name="Editors")
    translators = Group.objects.get(name="Translators")

    assert editors.permissions.filter(codename="add_opportunity").exists()
    assert translators.permissions.filter(codename="change_opportunity").exists()
    assert not translators.permissions.filter(codename="add_opportunity").exists()
