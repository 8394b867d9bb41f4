"""A page that changes by the clock is never served stale from the page cache."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.apps import apps
from django.db import OperationalError

from core import schedule
from iro_site import page_cache
from partners.models import Partner

TASHKENT = ZoneInfo("Asia/Tashkent")


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.PROXY_CACHE_SECONDS = 1


@pytest.fixture
def clocks(monkeypatch):
    """The wall clock (timezone.now) and the page cache's clock, moved together."""
    now = {"wall": datetime(2026, 12, 1, 9, 0, tzinfo=TASHKENT), "monotonic": 1000.0}
    monkeypatch.setattr("django.utils.timezone.now", lambda: now["wall"])
    monkeypatch.setattr(page_cache, "clock", lambda: now["monotonic"])

    def advance(seconds):
        now["wall"] += timedelta(seconds=seconds)
        now["monotonic"] += seconds

    now["advance"] = advance
    return now


@pytest.fixture
def partners_change_at(monkeypatch):
    """The partners app declares a scheduled change, as an app with
    publication times or deadlines does, and counts how often it is asked."""
    moments = {"next": None, "asked": 0}

    def next_scheduled_change(now):
        moments["asked"] += 1
        upcoming = moments["next"]
        return upcoming if upcoming is not None and upcoming > now else None

    config = apps.get_app_config("partners")
    monkeypatch.setattr(config, "next_scheduled_change", next_scheduled_change)
    return moments


def test_page_is_rendered_again_when_a_scheduled_moment_passes(
    client, seeded, clocks, partners_change_at
):
    partners_change_at["next"] = clocks["wall"] + timedelta(seconds=90)
    client.get("/en/partners/")
    # A change that sends no signal, as the clock's changes do not.
    Partner.objects.filter(slug="induk-university").update(name_en="Appears by itself")

    clocks["advance"](60)
    before = client.get("/en/partners/").content.decode()
    clocks["advance"](31)
    after = client.get("/en/partners/").content.decode()

    assert "Appears by itself" not in before
    assert "Appears by itself" in after


def test_proxies_may_not_keep_a_page_past_the_scheduled_moment(
    client, seeded, clocks, partners_change_at
):
    partners_change_at["next"] = clocks["wall"] + timedelta(milliseconds=500)

    response = client.get("/en/partners/")

    assert "s-maxage=0" in response["Cache-Control"]


def test_without_scheduled_changes_pages_keep_their_usual_life(
    client, seeded, clocks, partners_change_at
):
    client.get("/en/partners/")
    Partner.objects.filter(slug="induk-university").update(name_en="Quiet rename")

    clocks["advance"](599)

    assert "Quiet rename" not in client.get("/en/partners/").content.decode()


def test_apps_are_asked_once_per_content_version_until_the_moment_passes(
    client, seeded, clocks, partners_change_at
):
    partners_change_at["next"] = clocks["wall"] + timedelta(hours=1)
    for path in ("/en/partners/", "/ru/partners/", "/uz/partners/", "/en/programs/"):
        client.get(path)
    asked_while_waiting = partners_change_at["asked"]

    clocks["advance"](3601)
    client.get("/en/partners/")

    assert asked_while_waiting == 1
    assert partners_change_at["asked"] == 2


def test_a_save_brings_a_nearer_moment_into_account(client, seeded, clocks, partners_change_at):
    partners_change_at["next"] = clocks["wall"] + timedelta(hours=1)
    client.get("/en/partners/")

    partner = Partner.objects.get(slug="induk-university")
    partners_change_at["next"] = clocks["wall"] + timedelta(minutes=5)
    partner.save()  # moves the content version
    client.get("/en/partners/")
    Partner.objects.filter(pk=partner.pk).update(name_en="Due in five minutes")
    clocks["advance"](301)

    assert "Due in five minutes" in client.get("/en/partners/").content.decode()


def test_earliest_moment_over_all_apps_wins(db, monkeypatch):
    # db: the other apps (activities' publication times) are asked too.
    now = datetime(2026, 12, 1, 9, 0, tzinfo=TASHKENT)
    sooner, later = now + timedelta(minutes=1), now + timedelta(days=1)
    for app_label, moment in (("partners", later), ("programs", sooner), ("agreements", None)):
        config = apps.get_app_config(app_label)
        monkeypatch.setattr(config, "next_scheduled_change", lambda _now, moment=moment: moment)

    assert schedule.next_scheduled_change(now) == sooner


def test_page_rendered_while_the_database_is_away_is_served_but_not_stored(
    client, db, clocks, monkeypatch
):
    def database_away(_now):
        raise OperationalError("connection refused")

    monkeypatch.setattr(apps.get_app_config("partners"), "next_scheduled_change", database_away)

    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert "s-maxage=0" in response["Cache-Control"]
    assert len(page_cache.store._pages) == 0


def test_page_read_just_before_a_scheduled_moment_is_not_kept_past_it(
    client, seeded, clocks, partners_change_at, monkeypatch
):
    """The view reads the content at 08:59:59.95; rendering ends after 09:00,
    the moment the page changes. Its life counts from the reading."""
    partners_change_at["next"] = clocks["wall"] + timedelta(milliseconds=50)
    real = page_cache.seconds_until_scheduled_change

    def asked_after_a_slow_render(version, now):
        clocks["advance"](0.1)
        return real(version, now)

    monkeypatch.setattr(page_cache, "seconds_until_scheduled_change", asked_after_a_slow_render)
    client.get("/en/partners/")
    monkeypatch.setattr(page_cache, "seconds_until_scheduled_change", real)
    Partner.objects.filter(slug="induk-university").update(name_en="Changed at nine")
    clocks["advance"](5)

    assert "Changed at nine" in client.get("/en/partners/").content.decode()
