"""The Atom feed of activities, one per language, as a feed reader reads it."""

import datetime

import feedparser
import pytest
from django.utils import timezone

from tests.languages import LANGUAGES

pytestmark = pytest.mark.django_db

FEED_TITLES = {
    "uz": "Xalqaro aloqalar boʻlimi faoliyati",
    "ru": "Деятельность отдела международных связей",
    "en": "Activities of the International Relations Department",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_feed_parses_cleanly_in_each_language(client, make_activity, lang):
    make_activity(slug="concert", body_uz="Matn.", body_ru="Текст.", body_en="Text.")

    response = client.get(f"/{lang}/activities/atom.xml")
    feed = feedparser.parse(response.content)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.title == FEED_TITLES[lang]
    assert feed.feed.language == lang
    entry = feed.entries[0]
    assert entry.link == f"http://testserver/{lang}/activities/concert/"
    assert (
        entry.title
        == {"uz": "Mahorat darsi 1", "ru": "Мастер-класс 1", "en": "Master class 1"}[lang]
    )
    assert (
        entry.content[0].value
        == {"uz": "<p>Matn.</p>", "ru": "<p>Текст.</p>", "en": "<p>Text.</p>"}[lang]
    )


def test_feed_lists_only_published_activities_latest_publication_first(client, make_activity):
    now = timezone.now()
    make_activity(title_en="Older news", published_at=now - datetime.timedelta(days=2))
    make_activity(title_en="Newer news", published_at=now - datetime.timedelta(days=1))
    make_activity(title_en="Draft news", published_at=None)
    make_activity(title_en="Future news", published_at=now + datetime.timedelta(days=1))

    feed = feedparser.parse(client.get("/en/activities/atom.xml").content)

    assert [entry.title for entry in feed.entries] == ["Newer news", "Older news"]


def test_entry_keeps_its_id_when_the_slug_changes(client, make_activity):
    activity = make_activity(slug="before")
    first = feedparser.parse(client.get("/en/activities/atom.xml").content).entries[0].id
    activity.slug = "after"
    activity.save()

    entry = feedparser.parse(client.get("/en/activities/atom.xml").content).entries[0]

    assert entry.id == first
    assert entry.link.endswith("/en/activities/after/")


def test_feed_entry_gives_the_kind_summary_and_publication_time(client, make_activity):
    published_at = timezone.now().replace(microsecond=0) - datetime.timedelta(hours=3)
    make_activity(kind="conference", summary_en="A short summary.", published_at=published_at)

    entry = feedparser.parse(client.get("/en/activities/atom.xml").content).entries[0]

    assert entry.summary == "A short summary."
    assert [tag.term for tag in entry.tags] == ["conference"]
    assert datetime.datetime(*entry.published_parsed[:6], tzinfo=datetime.UTC) == published_at


def test_empty_feed_is_still_a_valid_feed(client, db):
    feed = feedparser.parse(client.get("/en/activities/atom.xml").content)

    assert feed.bozo == 0
    assert feed.entries == []


def test_feed_answers_only_get_and_head(client, db):
    assert client.post("/en/activities/atom.xml").status_code == 405
