"""Deadlines as a visitor in Tashkent reads them: "closes today", "closes in 3 days".

Deadlines are stored as aware datetimes; what a day is, is decided on
Tashkent dates (the department's time zone), whatever the server's or the
visitor's: at 10:00 on 5 December, a deadline at 00:30 on 6 December
(Tashkent time) closes "tomorrow", although in UTC both fall on the 5th.
"""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.utils.translation import gettext, ngettext

from core.translated_text import fill_in

TASHKENT = ZoneInfo("Asia/Tashkent")
MINUTE = timedelta(minutes=1)
HOUR = timedelta(hours=1)
# Closer than this, the line counts hours (then minutes), not days.
HOURS_COUNTED_WITHIN = timedelta(hours=6)


def in_tashkent(moment):
    return moment.astimezone(TASHKENT)


def days_between_tashkent_dates(now, deadline):
    """0 when the last day to apply is today in Tashkent, 1 tomorrow...

    The last day is the one the deadline's final moment falls on: a
    deadline at 00:00 on the 6th leaves nothing of the 6th, so the 5th is
    the last day ("closes today" on the 5th, not "tomorrow")."""
    last_day = in_tashkent(deadline - timedelta(microseconds=1)).date()
    return (last_day - in_tashkent(now).date()).days


def closing_line(deadline, now):
    """How soon `deadline` is, in the active language, as of `now`."""
    remaining = deadline - now
    if remaining <= timedelta(0):
        return gettext("Closed")
    if remaining < HOUR:
        minutes = max(1, remaining // MINUTE)
        return fill_in(
            lambda: ngettext("Closes in %(count)s minute", "Closes in %(count)s minutes", minutes),
            {"count": minutes},
        )
    if remaining < HOURS_COUNTED_WITHIN:
        hours = remaining // HOUR
        return fill_in(
            lambda: ngettext("Closes in %(count)s hour", "Closes in %(count)s hours", hours),
            {"count": hours},
        )
    days = days_between_tashkent_dates(now, deadline)
    if days == 0:
        return gettext("Closes today")
    if days == 1:
        return gettext("Closes tomorrow")
    return fill_in(
        lambda: ngettext("Closes in %(count)s day", "Closes in %(count)s days", days),
        {"count": days},
    )


def next_midnight_in_tashkent(now):
    tomorrow = in_tashkent(now).date() + timedelta(days=1)
    return datetime.combine(tomorrow, time(0), tzinfo=TASHKENT)


def next_change_of_line(deadline, now):
    """The first moment after `now` at which closing_line(deadline, ...)
    reads differently (None once it is closed)."""
    remaining = deadline - now
    if remaining <= timedelta(0):
        return None
    if remaining > HOURS_COUNTED_WITHIN:
        return min(deadline - HOURS_COUNTED_WITHIN, next_midnight_in_tashkent(now))
    unit = MINUTE if remaining <= HOUR else HOUR
    # The line changes as the remaining time passes each whole unit before
    # the deadline: the latest such moment still ahead of `now`.
    units_left_after_it = -(-remaining // unit) - 1
    return deadline - units_left_after_it * unit
