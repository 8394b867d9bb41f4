""" "Closes in 3 days" as visitors read it: Tashkent dates, each language's plurals."""

from datetime import UTC, timedelta

import pytest
from django.utils import translation

from opportunities.deadlines import closing_line, next_change_of_line
from tests.opportunities.factories import tashkent

NOW = tashkent(2026, 12, 1, 10, 0)


@pytest.mark.parametrize(
    ("deadline", "expected"),
    [
        (NOW + timedelta(days=3), "Closes in 3 days"),
        (tashkent(2026, 12, 2, 9, 0), "Closes tomorrow"),
        (tashkent(2026, 12, 1, 23, 30), "Closes today"),
        (NOW + timedelta(hours=5, minutes=59), "Closes in 5 hours"),
        (NOW + timedelta(hours=1), "Closes in 1 hour"),
        (NOW + timedelta(minutes=42, seconds=30), "Closes in 42 minutes"),
        (NOW + timedelta(seconds=20), "Closes in 1 minute"),
        (NOW, "Closed"),
        (NOW - timedelta(days=2), "Closed"),
    ],
)
def test_closing_line_in_english(deadline, expected):
    assert closing_line(deadline, NOW) == expected


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (2, "Закрывается через 2 дня"),
        (5, "Закрывается через 5 дней"),
        (11, "Закрывается через 11 дней"),
        (21, "Закрывается через 21 день"),
        (22, "Закрывается через 22 дня"),
    ],
)
def test_closing_line_declines_days_in_russian(days, expected):
    with translation.override("ru"):
        assert closing_line(NOW + timedelta(days=days), NOW) == expected


@pytest.mark.parametrize(
    ("hours", "expected"), [(1, "через 1 час"), (2, "через 2 часа"), (5, "через 5 часов")]
)
def test_closing_line_declines_hours_in_russian(hours, expected):
    with translation.override("ru"):
        assert closing_line(NOW + timedelta(hours=hours), NOW).endswith(expected)


def test_closing_line_in_uzbek():
    with translation.override("uz"):
        assert closing_line(NOW + timedelta(days=3), NOW) == "3 kundan soʻng yopiladi"
        assert closing_line(tashkent(2026, 12, 1, 23, 30), NOW) == "Bugun yopiladi"
        assert closing_line(tashkent(2026, 12, 2, 12, 0), NOW) == "Ertaga yopiladi"


def test_deadline_at_2330_tashkent_is_today_there_though_utc_has_another_date():
    # 03:00 in Tashkent is still the day before in UTC (22:00 on 30 November).
    early_morning = tashkent(2026, 12, 1, 3, 0)
    late_evening = tashkent(2026, 12, 1, 23, 30)

    assert early_morning.astimezone(UTC).date() != late_evening.astimezone(UTC).date()
    assert closing_line(late_evening, early_morning) == "Closes today"


def test_deadline_after_midnight_tashkent_is_tomorrow_though_utc_has_the_same_date():
    # 00:30 on 2 December in Tashkent is 19:30 on 1 December in UTC, as is 10:00 here.
    just_after_midnight = tashkent(2026, 12, 2, 0, 30)

    assert just_after_midnight.astimezone(UTC).date() == NOW.astimezone(UTC).date()
    assert closing_line(just_after_midnight, NOW) == "Closes tomorrow"


def test_today_turns_into_hours_six_hours_before_the_deadline():
    deadline = tashkent(2026, 12, 1, 23, 30)

    assert closing_line(deadline, tashkent(2026, 12, 1, 17, 29)) == "Closes today"
    assert closing_line(deadline, tashkent(2026, 12, 1, 17, 31)) == "Closes in 5 hours"


@pytest.mark.parametrize(
    ("deadline", "expected"),
    [
        # Days count down at Tashkent's midnight...
        (NOW + timedelta(days=3), tashkent(2026, 12, 2)),
        # ...or sooner, when the line starts counting hours.
        (tashkent(2026, 12, 1, 20, 0), tashkent(2026, 12, 1, 14, 0)),
        # Hours count down each hour before the deadline.
        (tashkent(2026, 12, 1, 13, 30), tashkent(2026, 12, 1, 10, 30)),
        # Minutes, each minute.
        (NOW + timedelta(minutes=30, seconds=10), NOW + timedelta(seconds=10)),
        # In its last minute, the next change is the deadline itself.
        (NOW + timedelta(seconds=40), NOW + timedelta(seconds=40)),
    ],
)
def test_next_change_of_line_is_when_the_line_first_reads_differently(deadline, expected):
    assert next_change_of_line(deadline, NOW) == expected
    before, after = expected - timedelta(seconds=1), expected + timedelta(seconds=1)
    assert closing_line(deadline, before) != closing_line(deadline, after)
    assert closing_line(deadline, NOW) == closing_line(deadline, before)


def test_a_closed_deadline_changes_no_more():
    assert next_change_of_line(NOW - timedelta(minutes=1), NOW) is None


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (tashkent(2026, 12, 5, 10, 0), "Closes today"),
        (tashkent(2026, 12, 4, 10, 0), "Closes tomorrow"),
        (tashkent(2026, 12, 3, 10, 0), "Closes in 2 days"),
    ],
)
def test_deadline_at_midnight_leaves_nothing_of_its_day(now, expected):
    """A deadline at 00:00 on the 6th: the 5th is the last day to apply."""
    with translation.override("en"):
        assert closing_line(tashkent(2026, 12, 6, 0, 0), now) == expected
