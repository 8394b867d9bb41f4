"""Deadlines as iCalendar (RFC 5545): one event per opportunity's deadline.

Each event starts at the deadline, in Asia/Tashkent with its VTIMEZONE, so
a calendar shows it at the right hour wherever its owner is. Its UID names
the opportunity, not the language, so an event stays the same event when
its title changes or the feed is read in another language.
"""

from django.http import HttpResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from core.translated_text import fill_in
from opportunities.deadlines import in_tashkent

PRODUCT_ID = "-//International Relations Department//Opportunity deadlines//EN"


def _host(request):
    return request.get_host().rsplit(":", 1)[0]


def _event(opportunity, request, now):
    page_url = request.build_absolute_uri(opportunity.get_absolute_url())
    event = Event.new(
        uid=f"opportunity-{opportunity.pk}-deadline@{_host(request)}",
        stamp=now,
        start=in_tashkent(opportunity.deadline),
        summary=fill_in(lambda: _("Deadline: %(title)s"), {"title": opportunity.title}),
        url=page_url,
        description=fill_in(
            lambda: _("How to apply: %(apply_url)s\nMore: %(page_url)s"),
            {"apply_url": opportunity.apply_url, "page_url": page_url},
        ),
    )
    # A moment in everyone's calendar, not time they are busy.
    event.add("transp", "TRANSPARENT")
    return event


def deadlines_calendar(opportunities, request, now, name, key):
    """A calendar of the deadlines of `opportunities`; `key` tells it from
    the site's other calendars (a stable UID, as subscribers expect)."""
    calendar = Calendar.new(
        uid=f"{key}-{get_language()}@{_host(request)}",
        prodid=PRODUCT_ID,
        method="PUBLISH",
        calscale="GREGORIAN",
        name=name,
        language=get_language(),
        subcomponents=[_event(opportunity, request, now) for opportunity in opportunities],
    )
    calendar.add_missing_timezones()
    return calendar


def calendar_response(calendar, filename, *, download):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    disposition = "attachment" if download else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response
