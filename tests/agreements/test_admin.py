"""Agreements in the admin: versioned, text-only for Translators, the list
by status, and the move of partners' old agreement dates."""

import pytest
import reversion
from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from django.utils import translation
from reversion.models import Version

from agreements.models import Agreement
from tests.agreements.conftest import day
from tests.languages import LANGUAGES


def _change_data(agreement, **changes):
    data = {
        "partner": agreement.partner_id,
        "kind": agreement.kind,
        "is_signed": "on",
        "signed_on": "",
        "valid_from": "",
        "valid_until": "",
        "number": agreement.number,
        "responsible_here": "",
        "responsible_there": "",
    }
    for code in LANGUAGES:
        data[f"title_{code}"] = getattr(agreement, f"title_{code}") or ""
        data[f"notes_{code}"] = getattr(agreement, f"notes_{code}") or ""
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def test_agreements_are_versioned_like_all_content(client, editor, make_agreement):
    assert reversion.is_registered(Agreement)
    agreement = make_agreement()
    client.force_login(editor)
    url = reverse("admin:agreements_agreement_change", args=[agreement.pk])

    response = client.post(url, _change_data(agreement, number="UZ-17", signed_on="2024-05-02"))

    assert response.status_code == 302
    version = Version.objects.get_for_object(agreement).first()  # the latest
    assert version.field_dict["number"] == "UZ-17"
    # Its own history, not its partner's: restoring a partner leaves it be.
    assert not Version.objects.get_for_object(agreement.partner).exists()


def test_editor_adds_an_agreement(client, editor, partner):
    client.force_login(editor)
    data = _change_data(
        Agreement(partner=partner, kind="memorandum"),
        title_en="Memorandum 2026",
        valid_from="2026-01-01",
        valid_until="2028-12-31",
    )
    response = client.post(reverse("admin:agreements_agreement_add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Agreement.objects.get().valid_until == day("2028-12-31")


def test_form_names_the_field_of_a_contradiction(client, editor, make_agreement):
    agreement = make_agreement()
    client.force_login(editor)
    url = reverse("admin:agreements_agreement_change", args=[agreement.pk])
    page = client.post(
        url, _change_data(agreement, valid_from="2026-05-01", valid_until="2026-04-01")
    ).content.decode()
    assert "cannot end before it starts" in page


def test_translators_change_only_the_text(client, translator, make_agreement):
    agreement = make_agreement(signed_on=day("2020-01-01"))
    client.force_login(translator)
    url = reverse("admin:agreements_agreement_change", args=[agreement.pk])

    response = client.post(
        url, _change_data(agreement, title_ru="Соглашение", signed_on="1999-01-01", number="X")
    )

    assert response.status_code == 302
    agreement.refresh_from_db()
    assert agreement.title_ru == "Соглашение"
    assert agreement.signed_on == day("2020-01-01") and agreement.number == ""
    assert client.get(reverse("admin:agreements_agreement_add")).status_code == 403


def test_only_editors_may_open_scans():
    editors = Group.objects.get(name="Editors").permissions.values_list("codename", flat=True)
    translators = Group.objects.get(name="Translators").permissions.values_list(
        "codename", flat=True
    )
    assert "open_signed_scan" in editors
    assert "open_signed_scan" not in translators
    assert "change_agreement" in translators and "add_agreement" not in translators


pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("status", ["", "expired", "in-force-undated", "junk", "'%00"])
def test_list_by_status_in_each_language(client, editor, make_agreement, language, status):
    make_agreement(
        title_en="Old", title_uz="Eski", title_ru="Старое", valid_until=day("2020-01-01")
    )
    make_agreement(title_en="Undated", title_uz="Sanasiz", title_ru="Без дат")
    client.force_login(editor)
    with translation.override(language):
        url = reverse("admin:agreements_agreement_changelist")
    response = client.get(url, {"status": status} if status else {})
    assert response.status_code == 200
    page = response.content.decode()
    if status == "expired":
        assert {"en": "Old", "uz": "Eski", "ru": "Старое"}[language] in page
        assert {"en": "Undated", "uz": "Sanasiz", "ru": "Без дат"}[language] not in page


BEFORE = ("partners", "0001_initial")
AFTER = ("partners", "0003_remove_partner_agreement_date")


def _migrate_to(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_partner_agreement_dates_move_into_agreements_and_back():
    apps = _migrate_to([BEFORE, ("agreements", "0001_initial")])
    Partner = apps.get_model("partners", "Partner")
    Partner.objects.create(
        slug="dated", name="Dated", name_uz="Dated", country="KZ", agreement_date=day("2017-09-12")
    )
    Partner.objects.create(slug="undated", name="Undated", name_uz="Undated", country="KZ")
    try:
        apps = _migrate_to([AFTER])
        Agreement = apps.get_model("agreements", "Agreement")
        moved = Agreement.objects.get()
        assert moved.partner.slug == "dated"
        assert moved.signed_on == day("2017-09-12") and moved.is_signed

        apps = _migrate_to([BEFORE, ("agreements", "0001_initial")])
        Partner = apps.get_model("partners", "Partner")
        assert Partner.objects.get(slug="dated").agreement_date == day("2017-09-12")
        assert Partner.objects.get(slug="undated").agreement_date is None
    finally:
        _migrate_to(MigrationExecutor(connection).loader.graph.leaf_nodes())
