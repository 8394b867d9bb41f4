import pytest

from tests.opportunities.factories import tashkent

# Tuesday 1 December 2026, 10:00 in Tashkent (05:00 UTC).
NOW = tashkent(2026, 12, 1, 10, 0)


@pytest.fixture
def clock(monkeypatch):
    """The site's clock (timezone.now), set to NOW and moved by tests."""
    state = {"now": NOW}
    monkeypatch.setattr("django.utils.timezone.now", lambda: state["now"])

    def move_to(moment):
        state["now"] = moment

    state["move_to"] = move_to
    return state
