"""When public pages change by themselves: the next scheduled moment.

Some pages change with the clock, not with a save: an activity appears at
its publication time, an opportunity leaves the open list at its deadline.
A content app whose pages do so defines `next_scheduled_change(now)` on its
AppConfig (core.content.ContentAppConfig), returning the next aware
datetime after `now` at which one of its public pages changes, or None.
The page cache keeps no page past the earliest of those moments, so no cron
is needed for a scheduled item to appear or a closed one to leave.

The moment is asked for once per content version in each process and kept
until it passes: a save may bring a nearer one (the version then moves), and
nothing else can.
"""

import threading

from django.db import DatabaseError
from django.utils import timezone

from core.content import content_apps

_lock = threading.Lock()
# (content version, next moment or None) as last computed in this process.
_known = (None, None)


def next_scheduled_change(now):
    """The earliest moment after `now` at which any app's pages change;
    `now` itself while the database is away, so that a page rendered then
    (robots.txt needs no database) is served but not stored."""
    try:
        moments = [
            moment
            for config in content_apps()
            if (moment := config.next_scheduled_change(now)) is not None
        ]
    except DatabaseError:
        return now
    return min(moments, default=None)


def seconds_until_scheduled_change(version, now=None):
    """Seconds from `now` (the moment a page's content was read; by default
    the present) to the next scheduled change (None: nothing is due) for
    content at `version`."""
    global _known
    now = now or timezone.now()
    with _lock:
        known_version, moment = _known
        if known_version != version or (moment is not None and moment <= now):
            moment = next_scheduled_change(now)
            _known = (version, moment)
    if moment is None:
        return None
    return max(0.0, (moment - now).total_seconds())


def forget():
    """Ask the apps again on the next request (tests that move the clock)."""
    global _known
    with _lock:
        _known = (None, None)
