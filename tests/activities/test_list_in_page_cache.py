"""The activity list's filters reach the view through the page cache, and
only real values are stored."""

import pytest

from activities.kinds import Kind
from core.public import query_parameters

pytestmark = pytest.mark.django_db


def worth_storing(name, value):
    return any(test(value) for test in query_parameters()[name])


def test_page_cache_stores_the_list_for_every_kind():
    assert all(worth_storing("kind", kind) for kind in Kind.values)


@pytest.mark.parametrize(
    ("name", "value", "stored"),
    [
        ("kind", "master-class", True),
        ("kind", "Master-Class", False),
        ("year", "2026", True),
        ("year", "02026", False),
        ("year", "3000", False),
        ("page", "2", True),
        ("page", "0", False),
        ("page", "abc", False),
    ],
)
def test_only_real_filter_values_are_worth_storing(name, value, stored):
    assert worth_storing(name, value) is stored


def test_filtered_list_is_served_from_the_cache_whatever_else_the_link_carries(
    client, settings, make_activity
):
    settings.PAGE_CACHE_SECONDS = 600
    activity = make_activity(title_en="First", kind="conference")
    first = client.get("/en/activities/?kind=conference")
    # A change that sends no signal: only a stored page still says "First".
    type(activity).objects.filter(pk=activity.pk).update(title_en="Changed")

    again = client.get("/en/activities/?kind=conference&utm_source=telegram")

    assert "First" in first.content.decode()
    assert again.content == first.content
