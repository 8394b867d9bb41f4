"""Activities and opportunities travel as CSV and XLSX like the rest: every
language column, a round trip that changes nothing, a bad date refused."""

import pytest
from django.core.management import call_command
from django.utils import timezone

from activities.models import Activity
from opportunities.models import Opportunity
from tests.agreements.test_import_export import (
    CSV_FORMAT,
    XLSX_FORMAT,
    _confirm,
    _csv,
    _export,
    _preview,
)


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def demo(seeded, settings):
    settings.DEBUG = True
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.mark.parametrize("model", [Activity, Opportunity])
def test_round_trip_shows_no_changes(editor_client, demo, model):
    for file_format, name in ((CSV_FORMAT, "rows.csv"), (XLSX_FORMAT, "rows.xlsx")):
        exported = _export(editor_client, model, file_format)
        preview = _preview(editor_client, model, exported, name, file_format)
        result = preview.context["result"]

        assert not result.has_errors() and not result.has_validation_errors(), model
        assert result.totals["new"] == result.totals["update"] == 0, (model, result.totals)
        assert result.totals["skip"] == model.objects.count()


def test_activity_export_names_partners_by_slug_and_has_every_language(editor_client, demo):
    header, *rows = _export(editor_client, Activity).decode("utf-8-sig").splitlines()

    for column in ("title_uz", "title_ru", "title_en", "body_en", "partners", "published_at"):
        assert column in header.split(",")
    assert "image" not in header and "body_html" not in header
    assert any("induk-university" in row for row in rows)


def test_imported_activity_is_rendered_and_sanitised_like_a_saved_one(editor_client, seeded):
    content = _csv(
        "slug,kind,title_uz,summary_uz,starts_on,body_uz,partners,published_at",
        'imported,conference,Konferensiya,Qisqacha.,2026-11-20,"**Muhim** <script>x</script>",'
        "induk-university,2026-11-21 10:00",
    )
    preview = _preview(editor_client, Activity, content)
    assert _confirm(editor_client, Activity, preview).status_code == 302

    activity = Activity.objects.get(slug="imported")
    assert "<p><strong>Muhim</strong>" in activity.body_html_uz
    assert "script" not in activity.body_html_uz
    assert list(activity.partners.values_list("slug", flat=True)) == ["induk-university"]
    assert timezone.localtime(activity.published_at).strftime("%H:%M") == "10:00"


def test_deadline_that_is_no_moment_writes_nothing_and_says_how_to_write_it(editor_client, seeded):
    content = _csv(
        "slug,title_uz,deadline,apply_url",
        "call,Grant,next friday,https://example.org/apply",
    )

    page = _preview(editor_client, Opportunity, content).content.decode()

    assert "is not a date and time: write it as YYYY-MM-DD HH:MM" in page
    assert not Opportunity.objects.exists()
