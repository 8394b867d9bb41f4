"""The page cache never keeps an opportunity page past its next change by the clock."""

from datetime import timedelta

import pytest
from django.apps import apps

from core import schedule
from iro_site import page_cache
from tests.opportunities.conftest import NOW
from tests.opportunities.factories import make_opportunity, tashkent

pytestmark = pytest.mark.django_db


def next_change(now=NOW):
    return apps.get_app_config("opportunities").next_scheduled_change(now)


def test_nothing_is_scheduled_without_open_opportunities(db):
    make_opportunity("closed", NOW - timedelta(days=1))
    make_opportunity("draft", NOW + timedelta(hours=1), is_published=False)

    assert next_change() is None


def test_days_away_the_next_change_is_midnight_in_tashkent(db):
    make_opportunity("in-3-days", NOW + timedelta(days=3))

    assert next_change() == tashkent(2026, 12, 2, 0, 0)


def test_a_deadline_hours_away_changes_the_line_each_hour(db):
    make_opportunity("in-3-days", NOW + timedelta(days=3))
    make_opportunity("this-afternoon", tashkent(2026, 12, 1, 12, 30))

    assert next_change() == tashkent(2026, 12, 1, 10, 30)


def test_an_unpublished_deadline_changes_nothing(db):
    make_opportunity("in-3-days", NOW + timedelta(days=3))
    make_opportunity("draft", NOW + timedelta(minutes=5), is_published=False)

    assert next_change() == tashkent(2026, 12, 2, 0, 0)


def test_in_the_last_minute_the_next_change_is_the_deadline(db):
    deadline = NOW + timedelta(seconds=30)
    make_opportunity("now-or-never", deadline)

    assert next_change() == deadline


@pytest.fixture
def cached_clocks(settings, monkeypatch):
    """The page cache on, and its clock moved with the site's."""
    settings.PAGE_CACHE_SECONDS = 600
    settings.PROXY_CACHE_SECONDS = 1
    state = {"now": NOW, "monotonic": 1000.0}
    monkeypatch.setattr("django.utils.timezone.now", lambda: state["now"])
    monkeypatch.setattr(page_cache, "clock", lambda: state["monotonic"])

    def advance(delta):
        state["now"] += delta
        state["monotonic"] += delta.total_seconds()

    return advance


def test_a_cached_list_drops_an_opportunity_exactly_at_its_deadline(client, db, cached_clocks):
    make_opportunity("in-2-minutes", NOW + timedelta(minutes=2))
    make_opportunity("next-week", NOW + timedelta(days=7))

    assert "in-2-minutes (en)" in client.get("/en/opportunities/").content.decode()
    cached_clocks(timedelta(minutes=2))
    page = client.get("/en/opportunities/").content.decode()

    assert "in-2-minutes (en)" not in page
    assert "next-week (en)" in page


def test_a_cached_list_says_today_after_midnight_in_tashkent(client, db, cached_clocks):
    make_opportunity("tomorrow-noon", tashkent(2026, 12, 2, 12, 0))
    cached_clocks(tashkent(2026, 12, 1, 23, 58) - NOW)

    assert "Closes tomorrow" in client.get("/en/opportunities/").content.decode()
    cached_clocks(timedelta(minutes=3))

    assert "Closes today" in client.get("/en/opportunities/").content.decode()


def test_the_feed_is_served_from_the_page_cache_until_the_deadline(client, db, cached_clocks):
    make_opportunity("in-2-days", NOW + timedelta(days=2))
    first = client.get("/en/opportunities/deadlines.ics")
    cached_clocks(timedelta(minutes=5))
    second = client.get("/en/opportunities/deadlines.ics")

    # The same file, its DTSTAMP included: it was not rendered again.
    assert first.content == second.content
    assert second["Content-Type"] == "text/calendar; charset=utf-8"
    assert second["Content-Disposition"] == 'inline; filename="opportunity-deadlines-en.ics"'


def test_with_the_database_away_the_answer_is_now_not_an_error(db, monkeypatch):
    from django.db import OperationalError

    from opportunities.models import OpportunityQuerySet

    def database_away(self, now):
        raise OperationalError("connection refused")

    monkeypatch.setattr(OpportunityQuerySet, "next_change_of_open_pages", database_away)

    assert schedule.next_scheduled_change(NOW) == NOW
