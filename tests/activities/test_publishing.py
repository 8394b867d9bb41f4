"""Drafts and scheduled activities: hidden until their time, then public by
themselves; staff preview them before."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.apps import apps

from activities.models import Activity, PublicationStatus
from iro_site import page_cache

pytestmark = pytest.mark.django_db

TASHKENT = ZoneInfo("Asia/Tashkent")
START = datetime.datetime(2026, 12, 1, 9, 0, tzinfo=TASHKENT)
BANNER = "Not public: only signed-in staff see this page."


@pytest.fixture
def clock(monkeypatch):
    """The wall clock (timezone.now) and the page cache's clock, moved together."""
    now = {"wall": START, "monotonic": 1000.0}
    monkeypatch.setattr("django.utils.timezone.now", lambda: now["wall"])
    monkeypatch.setattr(page_cache, "clock", lambda: now["monotonic"])

    def advance(**delta):
        seconds = datetime.timedelta(**delta).total_seconds()
        now["wall"] += datetime.timedelta(seconds=seconds)
        now["monotonic"] += seconds

    now["advance"] = advance
    return now


def test_a_draft_is_on_no_public_page(client, seeded, make_activity):
    make_activity(slug="draft", title_en="Secret draft", published_at=None)

    assert client.get("/en/activities/draft/").status_code == 404
    assert "Secret draft" not in client.get("/en/activities/").content.decode()
    assert "Secret draft" not in client.get("/en/").content.decode()
    assert "Secret draft" not in client.get("/en/activities/atom.xml").content.decode()
    assert "/activities/draft/" not in client.get("/sitemap.xml").content.decode()


def test_a_scheduled_activity_appears_by_itself_at_its_time(client, make_activity, clock):
    make_activity(
        slug="later", title_en="Appears later", published_at=START + datetime.timedelta(hours=2)
    )

    before = client.get("/en/activities/")
    clock["advance"](hours=2)
    after = client.get("/en/activities/")

    assert "Appears later" not in before.content.decode()
    assert client.get("/en/activities/later/").status_code == 200
    assert "Appears later" in after.content.decode()


def test_cached_pages_expire_when_a_scheduled_activity_is_due(
    client, settings, make_activity, clock
):
    settings.PAGE_CACHE_SECONDS = 600
    make_activity(title_en="Already out")
    make_activity(title_en="Due in a minute", published_at=START + datetime.timedelta(seconds=60))

    first = client.get("/en/activities/").content.decode()
    clock["advance"](seconds=61)
    later = client.get("/en/activities/").content.decode()

    assert "Due in a minute" not in first
    assert "Due in a minute" in later


def test_app_names_the_next_publication_as_its_next_scheduled_change(make_activity, clock):
    config = apps.get_app_config("activities")
    make_activity(published_at=START - datetime.timedelta(days=1))
    make_activity(published_at=None)
    make_activity(published_at=START + datetime.timedelta(days=3))
    soonest = START + datetime.timedelta(hours=5)
    make_activity(published_at=soonest)

    assert config.next_scheduled_change(START) == soonest
    assert config.next_scheduled_change(soonest) == START + datetime.timedelta(days=3)
    assert config.next_scheduled_change(START + datetime.timedelta(days=4)) is None


def test_publication_status_is_draft_scheduled_or_published(make_activity, clock):
    draft = make_activity(published_at=None)
    scheduled = make_activity(published_at=START + datetime.timedelta(minutes=1))
    published = make_activity(published_at=START)

    assert draft.publication_status == PublicationStatus.DRAFT
    assert scheduled.publication_status == PublicationStatus.SCHEDULED
    assert published.publication_status == PublicationStatus.PUBLISHED
    assert set(Activity.objects.published()) == {published}


@pytest.mark.parametrize("published_at", [None, START + datetime.timedelta(days=7)])
def test_staff_preview_a_draft_or_scheduled_activity_privately(
    client, editor, make_activity, clock, published_at
):
    make_activity(slug="upcoming", title_en="Upcoming visit", published_at=published_at)
    client.force_login(editor)

    response = client.get("/en/activities/upcoming/")
    page = response.content.decode()

    assert response.status_code == 200
    assert "Upcoming visit" in page
    assert BANNER in page
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Robots-Tag"] == "noindex"
    assert '<meta name="robots" content="noindex">' in page


def test_preview_is_never_stored_for_visitors(client, settings, editor, make_activity):
    settings.PAGE_CACHE_SECONDS = 600
    make_activity(slug="upcoming", published_at=None)
    staff = client.__class__()
    staff.force_login(editor)

    assert staff.get("/en/activities/upcoming/").status_code == 200
    assert client.get("/en/activities/upcoming/").status_code == 404


def test_published_activity_has_no_banner(client, editor, make_activity):
    make_activity(slug="out")
    client.force_login(editor)

    response = client.get("/en/activities/out/")

    assert BANNER not in response.content.decode()
    assert "X-Robots-Tag" not in response
