"""Office hours as visitors read them: a compact week and an open-now line.

Both work on the department's rows of OfficeHours (one per weekday, Monday
is 0) and on local time in the site's time zone (Asia/Tashkent).
"""

from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone
from django.utils.dates import WEEKDAYS_ABBR
from django.utils.translation import pgettext_lazy

from core.translated_text import fill_in

# Whole sentences per weekday: the weekday's grammatical case differs by
# language ("в понедельник", "dushanba kuni"), so it cannot be glued in.
OPENS_ON_WEEKDAY = {
    0: pgettext_lazy("office hours", "Closed now. Opens on Monday at %(time)s."),
    1: pgettext_lazy("office hours", "Closed now. Opens on Tuesday at %(time)s."),
    2: pgettext_lazy("office hours", "Closed now. Opens on Wednesday at %(time)s."),
    3: pgettext_lazy("office hours", "Closed now. Opens on Thursday at %(time)s."),
    4: pgettext_lazy("office hours", "Closed now. Opens on Friday at %(time)s."),
    5: pgettext_lazy("office hours", "Closed now. Opens on Saturday at %(time)s."),
    6: pgettext_lazy("office hours", "Closed now. Opens on Sunday at %(time)s."),
}
OPEN_UNTIL = pgettext_lazy("office hours", "Open now, until %(time)s.")
OPENS_TODAY = pgettext_lazy("office hours", "Closed now. Opens today at %(time)s.")
OPENS_TOMORROW = pgettext_lazy("office hours", "Closed now. Opens tomorrow at %(time)s.")
DAY_RANGE = pgettext_lazy("office hours", "%(first)s–%(last)s")


@dataclass(frozen=True)
class HoursRange:
    """Consecutive weekdays that share the same hours."""

    first_weekday: int
    last_weekday: int
    opens: object
    closes: object

    @property
    def days(self):
        first = WEEKDAYS_ABBR[self.first_weekday]
        if self.first_weekday == self.last_weekday:
            return str(first)
        return fill_in(DAY_RANGE, {"first": first, "last": WEEKDAYS_ABBR[self.last_weekday]})

    @property
    def hours(self):
        return f"{self.opens:%H:%M}–{self.closes:%H:%M}"

    def __str__(self):
        return f"{self.days} {self.hours}"


def weekly_ranges(office_hours):
    """Collapse one row per weekday into ranges: Mon–Fri 09:00–18:00, Sat ..."""
    ranges = []
    for row in sorted(office_hours, key=lambda row: row.weekday):
        previous = ranges[-1] if ranges else None
        if (
            previous
            and previous.last_weekday == row.weekday - 1
            and (previous.opens, previous.closes) == (row.opens, row.closes)
        ):
            ranges[-1] = HoursRange(previous.first_weekday, row.weekday, row.opens, row.closes)
        else:
            ranges.append(HoursRange(row.weekday, row.weekday, row.opens, row.closes))
    return ranges


def status_line(office_hours, now=None):
    """One honest sentence: open until when, or closed and when it opens.

    Returns "" when there are no office hours at all.
    """
    by_weekday = {row.weekday: row for row in office_hours}
    if not by_weekday:
        return ""
    now = timezone.localtime(now)
    today = by_weekday.get(now.weekday())
    if today and today.opens <= now.time() < today.closes:
        return fill_in(OPEN_UNTIL, {"time": f"{today.closes:%H:%M}"})
    if today and now.time() < today.opens:
        return fill_in(OPENS_TODAY, {"time": f"{today.opens:%H:%M}"})
    for days_ahead in range(1, 8):
        day = (now + timedelta(days=days_ahead)).weekday()
        if day in by_weekday:
            time = f"{by_weekday[day].opens:%H:%M}"
            if days_ahead == 1:
                return fill_in(OPENS_TOMORROW, {"time": time})
            return fill_in(OPENS_ON_WEEKDAY[day], {"time": time})
    # Not reached: within seven days ahead every weekday comes up once.
    return ""


def seconds_until_change(office_hours, now=None):
    """Seconds until the open-now line next changes (an opening or closing).

    None when there are no office hours, so the line never changes.
    """
    by_weekday = {row.weekday: row for row in office_hours}
    if not by_weekday:
        return None
    now = timezone.localtime(now)
    for days_ahead in range(8):
        day = now + timedelta(days=days_ahead)
        row = by_weekday.get(day.weekday())
        if row is None:
            continue
        for moment in (row.opens, row.closes):
            boundary = day.replace(hour=moment.hour, minute=moment.minute, second=0, microsecond=0)
            if boundary > now:
                return int((boundary - now).total_seconds()) + 1
    return None
