"""The site search finds published activities, never drafts or scheduled ones."""

import datetime

import pytest
from django.utils import timezone


@pytest.mark.parametrize(
    ("lang", "query", "title"),
    [("en", "maqom", "Maqom evening"), ("ru", "макома", "Вечер макома")],
)
def test_search_finds_a_published_activity_in_the_page_language(
    client, make_activity, lang, query, title
):
    make_activity(slug="maqom", title_en="Maqom evening", title_ru="Вечер макома")

    page = client.get(f"/{lang}/search/", {"q": query}).content.decode()

    assert f'href="/{lang}/activities/maqom/"' in page
    assert "<mark>" in page


def test_search_leaves_out_drafts_and_scheduled_activities(client, make_activity):
    make_activity(slug="draft", title_en="Maqom draft", published_at=None)
    make_activity(
        slug="later",
        title_en="Maqom later",
        published_at=timezone.now() + datetime.timedelta(days=1),
    )

    page = client.get("/en/search/", {"q": "maqom"}).content.decode()

    assert "/en/activities/draft/" not in page
    assert "/en/activities/later/" not in page
