"""Office hours: a compact week and an honest open-now line in Tashkent time."""

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation

from departments.models import OfficeHours
from departments.office_hours import status_line, weekly_ranges

TASHKENT = ZoneInfo("Asia/Tashkent")


def hours(*rows):
    return [
        OfficeHours(weekday=weekday, opens=time(*opens), closes=time(*closes))
        for weekday, opens, closes in rows
    ]


DAILY_10_TO_15 = hours(*[(day, (10, 0), (15, 0)) for day in range(7)])
WEEKDAYS_9_TO_18_SATURDAY_SHORT = hours(
    *[(day, (9, 0), (18, 0)) for day in range(5)], (5, (10, 0), (14, 0))
)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "Mon–Sun 10:00–15:00"), ("ru", "Пн–Вс 10:00–15:00"), ("uz", "Dush–Yak 10:00–15:00")],
)
def test_daily_hours_collapse_to_one_localized_range(lang, expected):
    with translation.override(lang):
        assert [str(row) for row in weekly_ranges(DAILY_10_TO_15)] == [expected]


def test_different_hours_make_separate_ranges():
    with translation.override("en"):
        ranges = [str(row) for row in weekly_ranges(WEEKDAYS_9_TO_18_SATURDAY_SHORT)]

    assert ranges == ["Mon–Fri 09:00–18:00", "Sat 10:00–14:00"]


def test_days_with_a_gap_are_not_merged():
    with translation.override("en"):
        ranges = weekly_ranges(hours((0, (9, 0), (12, 0)), (2, (9, 0), (12, 0))))
        days = [row.days for row in ranges]

    assert days == ["Mon", "Wed"]


def at(year, month, day, hour, minute=0):
    return datetime(year, month, day, hour, minute, tzinfo=TASHKENT)


# 2026-11-30 is a Monday.
@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (at(2026, 11, 30, 10, 0), "Open now, until 15:00."),
        (at(2026, 11, 30, 14, 59), "Open now, until 15:00."),
        (at(2026, 11, 30, 8, 30), "Closed now. Opens today at 10:00."),
        (at(2026, 11, 30, 15, 0), "Closed now. Opens tomorrow at 10:00."),
    ],
)
def test_status_line_daily_hours(moment, expected):
    with translation.override("en"):
        assert status_line(DAILY_10_TO_15, now=moment) == expected


def test_status_line_after_saturday_names_monday():
    saturday_evening = at(2026, 12, 5, 16)

    with translation.override("en"):
        line = status_line(WEEKDAYS_9_TO_18_SATURDAY_SHORT, now=saturday_evening)

    assert line == "Closed now. Opens on Monday at 09:00."


def test_status_line_uses_tashkent_time_not_utc():
    # 05:30 UTC is 10:30 in Tashkent (UTC+5): open.
    moment_utc = datetime(2026, 11, 30, 5, 30, tzinfo=ZoneInfo("UTC"))

    with translation.override("en"):
        assert status_line(DAILY_10_TO_15, now=moment_utc) == "Open now, until 15:00."


def test_only_day_open_is_today_and_it_has_passed_names_next_week():
    monday_only = hours((0, (9, 0), (12, 0)))

    with translation.override("en"):
        line = status_line(monday_only, now=at(2026, 11, 30, 13))

    assert line == "Closed now. Opens on Monday at 09:00."


def test_no_office_hours_means_no_status_line():
    assert status_line([], now=at(2026, 11, 30, 10)) == ""


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("ru", "Сейчас закрыто. Откроется в понедельник в 09:00."),
        ("uz", "Hozir yopiq. Dushanba kuni soat 09:00 da ochiladi."),
    ],
)
def test_status_line_is_translated(lang, expected):
    with translation.override(lang):
        line = status_line(WEEKDAYS_9_TO_18_SATURDAY_SHORT, now=at(2026, 12, 5, 16))

    assert line == expected
