"""The maintenance page is for a database that is away, not for a busy one."""

from django.db import IntegrityError, OperationalError


def _failing_home_page(monkeypatch, error):
    def fails(*args, **kwargs):
        raise error

    monkeypatch.setattr("departments.views._render_department", fails)


def test_a_locked_database_is_not_shown_as_maintenance(client, seeded, monkeypatch):
    _failing_home_page(monkeypatch, OperationalError("database is locked"))

    response = client.get("/en/")

    assert response.status_code == 409
    page = response.content.decode()
    assert "nothing was saved from this one" in page
    assert "maintenance" not in page


def test_a_duplicate_is_not_shown_as_maintenance(client, seeded, monkeypatch):
    _failing_home_page(monkeypatch, IntegrityError("duplicate key value"))

    response = client.get("/en/")

    assert response.status_code == 409
    assert "maintenance" not in response.content.decode()


def test_a_refused_connection_is_still_shown_as_maintenance(client, seeded, monkeypatch):
    _failing_home_page(monkeypatch, OperationalError("connection refused"))

    response = client.get("/en/")

    assert response.status_code == 503
    assert "maintenance" in response.content.decode()
