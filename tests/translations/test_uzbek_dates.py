"""Uzbek dates write the month in lowercase, as CLDR does: "2-dekabr,
2026-yil", not Django's "2-Dekabr"."""

import datetime

import pytest
from django.utils import translation
from django.utils.formats import date_format


@pytest.mark.parametrize(
    ("day", "shown"),
    [
        (datetime.date(2026, 12, 2), "2-dekabr, 2026-yil"),
        (datetime.date(2027, 1, 8), "8-yanvar, 2027-yil"),
        (datetime.date(2026, 5, 1), "1-may, 2026-yil"),
    ],
)
def test_uzbek_dates_write_the_month_in_lowercase(day, shown):
    with translation.override("uz"):
        assert date_format(day, "DATE_FORMAT") == shown


def test_russian_dates_keep_the_genitive_month():
    with translation.override("ru"):
        assert date_format(datetime.date(2026, 12, 2), "DATE_FORMAT") == "2 декабря 2026 г."
