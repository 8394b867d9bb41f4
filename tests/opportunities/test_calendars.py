"""Deadlines in calendars: the feed to subscribe to, and one event per download."""

from datetime import timedelta

import pytest
from icalendar import Calendar

from tests.languages import LANGUAGES
from tests.opportunities.conftest import NOW
from tests.opportunities.factories import make_opportunity, tashkent

pytestmark = pytest.mark.django_db

SUMMARIES = {
    "uz": "Oxirgi muddat: Yozgi maktab",
    "ru": "Срок подачи: Летняя школа",
    "en": "Deadline: Summer school",
}


@pytest.fixture
def opportunities(clock):
    return [
        make_opportunity(
            "summer-school",
            tashkent(2026, 12, 4, 17, 0),
            title_uz="Yozgi maktab",
            title_ru="Летняя школа",
            title_en="Summer school",
        ),
        make_opportunity("late-night", tashkent(2026, 12, 2, 0, 30)),
        make_opportunity("closed", NOW - timedelta(days=1)),
        make_opportunity("draft", NOW + timedelta(days=1), is_published=False),
    ]


def events_of(response):
    return Calendar.from_ical(response.content).walk("VEVENT")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_feed_has_one_event_per_open_deadline_in_the_page_language(client, opportunities, lang):
    response = client.get(f"/{lang}/opportunities/deadlines.ics")
    events = {str(event["URL"]): event for event in events_of(response)}

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert set(events) == {
        f"http://testserver/{lang}/opportunities/summer-school/",
        f"http://testserver/{lang}/opportunities/late-night/",
    }
    summer = events[f"http://testserver/{lang}/opportunities/summer-school/"]
    assert str(summer["SUMMARY"]) == SUMMARIES[lang]
    assert "https://example.org/apply/summer-school" in str(summer["DESCRIPTION"])


def test_feed_says_its_file_name_and_calendar_name(client, opportunities):
    response = client.get("/ru/opportunities/deadlines.ics")
    calendar = Calendar.from_ical(response.content)

    assert response["Content-Disposition"] == 'inline; filename="opportunity-deadlines-ru.ics"'
    assert str(calendar["X-WR-CALNAME"]) == "Сроки подачи заявок"
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["METHOD"]) == "PUBLISH"


def test_events_start_at_the_deadline_in_tashkent_time_with_its_time_zone(client, opportunities):
    calendar = Calendar.from_ical(client.get("/en/opportunities/deadlines.ics").content)
    starts = {str(event["URL"]).split("/")[-2]: event for event in calendar.walk("VEVENT")}
    late_night = starts["late-night"]["DTSTART"]

    # 00:30 on 2 December in Tashkent: 19:30 on 1 December in UTC.
    assert late_night.dt == tashkent(2026, 12, 2, 0, 30)
    assert late_night.params["TZID"] == "Asia/Tashkent"
    assert late_night.dt.utcoffset() == timedelta(hours=5)
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["Asia/Tashkent"]


def test_event_uids_are_stable_across_languages_and_requests(client, opportunities):
    def uids(lang):
        return sorted(
            str(event["UID"])
            for event in events_of(client.get(f"/{lang}/opportunities/deadlines.ics"))
        )

    assert uids("en") == uids("ru") == uids("en")
    assert all(uid.endswith("-deadline@testserver") for uid in uids("en"))
    assert len(set(uids("en"))) == 2


def test_an_opportunity_leaves_the_feed_at_its_deadline(client, opportunities, clock):
    clock["move_to"](tashkent(2026, 12, 2, 0, 30))

    urls = [
        str(event["URL"]) for event in events_of(client.get("/en/opportunities/deadlines.ics"))
    ]

    assert urls == ["http://testserver/en/opportunities/summer-school/"]


def test_empty_feed_is_still_a_valid_calendar(client, clock):
    response = client.get("/en/opportunities/deadlines.ics")

    assert response.status_code == 200
    assert Calendar.from_ical(response.content).walk("VEVENT") == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_one_opportunity_downloads_as_an_ics_file(client, opportunities, lang):
    response = client.get(f"/{lang}/opportunities/summer-school/deadline.ics")
    [event] = events_of(response)

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="summer-school.ics"'
    assert str(event["SUMMARY"]) == SUMMARIES[lang]
    assert event["DTSTART"].dt == tashkent(2026, 12, 4, 17, 0)


def test_a_closed_opportunity_still_downloads_its_deadline(client, opportunities):
    assert client.get("/en/opportunities/closed/deadline.ics").status_code == 200


def test_an_unpublished_opportunity_has_no_calendar_file(client, opportunities):
    assert client.get("/en/opportunities/draft/deadline.ics").status_code == 404
