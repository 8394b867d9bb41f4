"""The status follows from the dates, on the day in Tashkent."""

import datetime

import pytest
from django.utils import timezone

from agreements.apps import AgreementsConfig
from agreements.models import TASHKENT, Agreement, Status, tashkent_today
from tests.agreements.conftest import day

pytestmark = pytest.mark.django_db


def _status_both_ways(agreement, today):
    """The status in Python and by the QuerySet agree; return it."""
    status = agreement.status(today)
    found = [s for s in Status if Agreement.objects.with_status(s, today).filter(pk=agreement.pk)]
    assert found == [status]
    in_force = Agreement.objects.in_force(today).filter(pk=agreement.pk).exists()
    assert in_force == (status in (Status.IN_FORCE, Status.IN_FORCE_UNDATED, Status.EXPIRING))
    return status


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        ("2025-12-31", Status.NOT_YET_IN_FORCE),
        ("2026-01-01", Status.IN_FORCE),
        ("2026-10-01", Status.IN_FORCE),  # 91 days before the last day
        ("2026-10-02", Status.EXPIRING),  # 90 days before
        ("2026-12-31", Status.EXPIRING),  # the last day itself
        ("2027-01-01", Status.EXPIRED),
    ],
)
def test_status_at_each_boundary_date(make_agreement, today, expected):
    agreement = make_agreement(
        signed_on=day("2025-12-01"), valid_from=day("2026-01-01"), valid_until=day("2026-12-31")
    )
    assert _status_both_ways(agreement, day(today)) == expected


def test_signed_agreement_without_dates_is_in_force_with_dates_not_recorded(make_agreement):
    agreement = make_agreement()
    assert _status_both_ways(agreement, day("2026-06-01")) == Status.IN_FORCE_UNDATED
    assert Status.IN_FORCE_UNDATED.label == "in force, dates not recorded"


def test_unsigned_agreement_is_a_draft_whatever_its_dates(make_agreement):
    agreement = make_agreement(is_signed=False, valid_until=day("2020-01-01"))
    assert _status_both_ways(agreement, day("2026-06-01")) == Status.DRAFT


def test_open_ended_and_self_renewing_agreements_never_expire(make_agreement):
    open_ended = make_agreement(signed_on=day("2010-01-01"), is_open_ended=True)
    renewing = make_agreement(valid_until=day("2020-01-01"), renews_automatically=True)
    assert _status_both_ways(open_ended, day("2040-01-01")) == Status.IN_FORCE
    assert _status_both_ways(renewing, day("2040-01-01")) == Status.IN_FORCE


def test_start_without_valid_from_is_the_signing_day(make_agreement):
    agreement = make_agreement(signed_on=day("2026-03-10"))
    assert _status_both_ways(agreement, day("2026-03-09")) == Status.NOT_YET_IN_FORCE
    assert _status_both_ways(agreement, day("2026-03-10")) == Status.IN_FORCE_UNDATED


def test_today_is_the_day_in_tashkent_not_in_utc():
    # 19:30 UTC on 31 December is already 1 January in Tashkent (UTC+5).
    moment = datetime.datetime(2026, 12, 31, 19, 30, tzinfo=datetime.UTC)
    assert tashkent_today(moment) == day("2027-01-01")
    before = datetime.datetime(2026, 12, 31, 18, 59, tzinfo=datetime.UTC)
    assert tashkent_today(before) == day("2026-12-31")


def test_pages_expire_at_the_first_tashkent_midnight_an_agreement_starts_or_ends(make_agreement):
    make_agreement(valid_from=day("2026-01-01"), valid_until=day("2026-12-31"))
    make_agreement(signed_on=day("2026-08-15"))
    now = datetime.datetime(2026, 6, 1, 12, tzinfo=TASHKENT)
    config = AgreementsConfig.create("agreements")
    assert config.next_scheduled_change(now) == datetime.datetime(2026, 8, 15, tzinfo=TASHKENT)
    later = datetime.datetime(2026, 9, 1, tzinfo=TASHKENT)
    assert config.next_scheduled_change(later) == datetime.datetime(2027, 1, 1, tzinfo=TASHKENT)
    assert config.next_scheduled_change(datetime.datetime(2027, 1, 2, tzinfo=TASHKENT)) is None
    assert timezone.is_aware(config.next_scheduled_change(now))


def test_database_refuses_an_agreement_that_ends_before_it_starts(make_agreement):
    from django.core.exceptions import ValidationError

    agreement = Agreement(
        partner=make_agreement().partner,
        is_signed=True,
        valid_from=day("2026-02-01"),
        valid_until=day("2026-01-01"),
    )
    with pytest.raises(ValidationError) as error:
        agreement.full_clean()
    assert "valid_until" in error.value.message_dict
