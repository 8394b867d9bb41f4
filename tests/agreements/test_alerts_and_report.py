"""What needs action (admin index, command) and the yearly report."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from openpyxl import load_workbook

from agreements import models as agreement_models
from agreements.models import Agreement, Kind
from partners.models import Partner
from tests.agreements.conftest import day
from tests.languages import LANGUAGES

TODAY = day("2026-06-15")


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch):
    """Tashkent's today is 15 June 2026 in these tests."""
    monkeypatch.setattr(agreement_models, "tashkent_today", lambda now=None: TODAY)
    modules = ["alerts", "report", "management.commands.agreement_alerts"]
    for module in (f"agreements.{name}" for name in modules):
        monkeypatch.setattr(f"{module}.tashkent_today", lambda now=None: TODAY)


@pytest.fixture
def situations(make_agreement, partner, db):
    other = Partner.objects.create(
        slug="hidden", name_uz="Yashirin", name_en="Hidden", country="LV", is_active=False
    )
    renewed = Partner.objects.create(
        slug="renewed", name_uz="Yangilangan", name_en="Renewed", country="LV"
    )
    return {
        "expiring": make_agreement(title_en="Expiring one", valid_until=day("2026-09-01")),
        "later": make_agreement(title_en="Far away", valid_until=day("2027-06-01")),
        "expired_shown": Agreement.objects.create(
            partner=Partner.objects.create(
                slug="lapsed", name_uz="Eskirgan", name_en="Lapsed", country="BY"
            ),
            is_signed=True,
            title_en="Lapsed one",
            valid_until=day("2025-01-01"),
        ),
        "expired_hidden": Agreement.objects.create(
            partner=other, is_signed=True, title_en="Hidden one", valid_until=day("2025-01-01")
        ),
        "expired_but_renewed": Agreement.objects.create(
            partner=renewed, is_signed=True, title_en="Old one", valid_until=day("2024-01-01")
        ),
        "renewal": Agreement.objects.create(partner=renewed, is_signed=True, title_en="New one"),
    }


def test_admin_index_lists_what_needs_action_with_links(client, editor, situations):
    client.force_login(editor)
    page = client.get(reverse("admin:index")).content.decode()
    panel = page[page.index("agreements-needs-action") :]
    assert "Expiring one" in panel and "Lapsed one" in panel
    for name in ("Far away", "Hidden one", "Old one", "New one"):
        assert name not in panel
    expiring = situations["expiring"]
    assert reverse("admin:agreements_agreement_change", args=[expiring.pk]) in panel


def test_admin_index_queries_are_bounded_with_a_thousand_agreements(
    client, editor, partner, django_assert_max_num_queries
):
    Agreement.objects.bulk_create(
        Agreement(
            partner=partner, is_signed=True, valid_until=TODAY + datetime.timedelta(days=i % 200)
        )
        for i in range(1000)
    )
    client.force_login(editor)
    with django_assert_max_num_queries(12):
        page = client.get(reverse("admin:index")).content.decode()
    assert "and 435 more" in page  # 455 expiring, 20 listed


def test_needs_action_link_opens_the_filtered_list(client, editor, situations):
    client.force_login(editor)
    url = reverse("admin:agreements_agreement_changelist") + "?needs_action=expired-partner-shown"
    page = client.get(url).content.decode()
    assert "Lapsed one" in page and "Hidden one" not in page


@pytest.mark.parametrize("language", LANGUAGES)
def test_alert_command_prints_the_lists_in_the_chosen_language(situations, language):
    out = io.StringIO()
    with pytest.raises(SystemExit) as exit_status:
        call_command("agreement_alerts", language=language, stdout=out)
    assert exit_status.value.code == 1
    text = out.getvalue()
    heading = {
        "en": "Agreements that need action",
        "ru": "Соглашения, требующие действий",
        "uz": "Chora koʻrish kerak boʻlgan shartnomalar",
    }[language]
    assert heading in text
    assert "Expiring one" in text or "Expiring" in text
    assert "Hidden one" not in text


def test_alert_command_is_silent_and_succeeds_when_nothing_needs_action(db):
    out = io.StringIO()
    call_command("agreement_alerts", language="uz", stdout=out)
    assert out.getvalue() == ""


def test_alert_command_refuses_an_unknown_language(db):
    from django.core.management import CommandError

    with pytest.raises(CommandError) as error:
        call_command("agreement_alerts", language="xx")
    assert error.value.returncode == 2


# The report -----------------------------------------------------------------


@pytest.fixture
def report_data(partner, db):
    korea = Partner.objects.create(slug="k", name_uz="K", name_en="K", country="KR")
    Agreement.objects.bulk_create(
        [
            Agreement(partner=partner, is_signed=True, signed_on=day("2026-02-01")),
            Agreement(
                partner=partner,
                is_signed=True,
                kind=Kind.MEMORANDUM,
                signed_on=day("2025-02-01"),
                valid_until=day("2026-03-01"),
            ),
            Agreement(
                partner=korea,
                is_signed=True,
                kind=Kind.ACADEMIC_EXCHANGE,
                signed_on=day("2026-04-01"),
                valid_until=day("2026-08-01"),
            ),
            Agreement(partner=korea, is_signed=False),
        ]
    )


def _report(client, language="en", **params):
    with translation.override(language):
        url = reverse("admin:agreements_agreement_report")
    return client.get(url, params)


def test_report_counts_signed_in_force_expiring_expired_by_country_and_type(
    client, editor, report_data
):
    client.force_login(editor)
    response = _report(client, year=2026)
    tables = response.context["tables"]
    by_country = {row[0]: row[1:] for row in tables[0].rows}
    # signed in 2026, in force on 15 June, expiring within 90 days, expired in 2026
    assert by_country["Kazakhstan"] == [1, 1, 0, 1]
    assert by_country["South Korea"] == [1, 1, 1, 0]
    by_type = {row[0]: row[1:] for row in tables[1].rows}
    assert by_type["memorandum of understanding"] == [0, 0, 0, 1]
    assert tables[0].totals == [2, 2, 1, 1]
    assert "Agreements in 2026" in response.content.decode()


def test_a_past_year_is_counted_on_its_last_day(client, editor, report_data):
    client.force_login(editor)
    tables = _report(client, year=2025).context["tables"]
    # The memorandum, signed in 2025, ends on 1 March 2026: within 90 days of 31 December.
    assert tables[0].totals == [1, 1, 1, 0]


@pytest.mark.parametrize("language", LANGUAGES)
def test_report_page_in_each_language(client, editor, report_data, language):
    client.force_login(editor)
    page = _report(client, language, year=2026).content.decode()
    title = {
        "en": "Agreements in 2026",
        "ru": "Соглашения в 2026 году",
        "uz": "2026 yildagi shartnomalar",
    }[language]
    assert title in page
    assert "agreements.css" in page  # with the A4 print styles


@pytest.mark.parametrize("file_format", ["xlsx", "csv"])
def test_report_exports(client, editor, report_data, file_format):
    client.force_login(editor)
    response = _report(client, "ru", year=2026, format=file_format)
    assert response.status_code == 200
    assert f"agreements-report-2026-ru.{file_format}" in response["Content-Disposition"]
    if file_format == "xlsx":
        workbook = load_workbook(io.BytesIO(response.content))
        assert workbook.sheetnames == [
            "Соглашения по странам",
            "Соглашения по типам",
            "Мероприятия по видам",
        ]
        assert workbook.worksheets[0]["A1"].value == "Страна"
    else:
        text = response.content.decode("utf-8-sig")
        assert "Соглашения по странам" in text and "Итого,2,2,1,1" in text


@pytest.mark.parametrize("year", ["abc", "1800", "99999", "-1", "2026.5", "", "2027"])
def test_report_with_a_bad_year_is_never_an_error(client, editor, report_data, year):
    client.force_login(editor)
    response = _report(client, year=year)
    assert response.status_code == 200
    assert _report(client, year=year, format="xlsx").status_code == 200


def test_report_is_for_staff_who_may_view_agreements(client, translator, report_data):
    assert _report(client).status_code == 302  # to the login page
    client.force_login(translator)
    assert _report(client).status_code == 200


def test_report_queries_are_fixed_with_a_thousand_agreements(
    client, editor, partner, django_assert_max_num_queries
):
    Agreement.objects.bulk_create(
        Agreement(
            partner=partner,
            is_signed=True,
            kind=Kind.values[i % 5],
            signed_on=day("2026-01-01") + datetime.timedelta(days=i % 300),
        )
        for i in range(1000)
    )
    client.force_login(editor)
    # Session, user, permissions, two for the agreements' tables and one for
    # the activities'.
    with django_assert_max_num_queries(8):
        response = _report(client, year=2026)
    assert response.context["tables"][0].totals[0] == 1000
    with django_assert_max_num_queries(8):
        _report(client, year=2026, format="xlsx")


def test_report_counts_the_years_published_activities_by_kind(client, editor, report_data):
    from activities.models import Activity

    now = timezone.now()
    for slug, kind, starts_on, published_at in (
        ("a", "master-class", day("2026-03-01"), now),
        ("b", "master-class", day("2026-05-01"), now),
        ("c", "conference", day("2026-06-01"), now),
        ("d", "conference", day("2025-06-01"), now),  # another year
        ("e", "conference", day("2026-07-01"), None),  # a draft
    ):
        Activity.objects.create(
            slug=slug, kind=kind, title_uz=slug, summary_uz=slug, starts_on=starts_on,
            published_at=published_at,
        )  # fmt: skip
    client.force_login(editor)

    tables = _report(client, year=2026).context["tables"]

    assert tables[2].rows == [["master class", 2], ["conference", 1]]
