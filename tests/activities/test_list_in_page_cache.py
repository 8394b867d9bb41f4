"""The activity list's filters reach the view through the page cache, and
only real values are stored."""

import pytest

from activities.kinds import Kind
from activities.views import PER_PAGE
from iro_site import page_cache

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


def is_stored(client, query_string):
    response = client.get(f"/en/activities/?{query_string}")
    return response.status_code == 200 and len(page_cache.store._pages) == 1


@pytest.mark.parametrize("kind", Kind.values)
def test_page_cache_stores_the_list_for_every_kind(client, kind):
    assert is_stored(client, f"kind={kind}")


@pytest.mark.parametrize(
    ("query_string", "stored"),
    [
        ("kind=master-class", True),
        ("kind=Master-Class", False),
        ("year=2026", True),
        ("year=02026", False),
        ("year=3000", False),
        ("page=2", True),
        ("page=abc", False),
        ("page=1e9", False),
        ("page=02", False),
    ],
)
def test_only_real_filter_values_are_stored(client, make_activity, query_string, stored):
    for _ in range(PER_PAGE + 1):
        make_activity()

    assert is_stored(client, query_string) is stored


def test_filtered_list_is_served_from_the_cache_whatever_else_the_link_carries(
    client, make_activity
):
    activity = make_activity(title_en="First", kind="conference")
    first = client.get("/en/activities/?kind=conference")
    # A change that sends no signal: only a stored page still says "First".
    type(activity).objects.filter(pk=activity.pk).update(title_en="Changed")

    again = client.get("/en/activities/?kind=conference&utm_source=telegram")

    assert "First" in first.content.decode()
    assert again.content == first.content
