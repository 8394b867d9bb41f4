"""Made-up URLs, parameters and headers get a 4xx or the page, never a 500;
and a 500, should one happen, is logged with its traceback."""

import json
import logging

import pytest
from django.test import Client

from iro_site.logging import JsonFormatter
from tests.staff import STAFF_PASSWORD


@pytest.fixture
def strict_client():
    """A client that lets a server error through as the 500 a visitor gets."""
    return Client(raise_request_exception=False)


@pytest.mark.parametrize("page", ["abc", "1e3", "-1", "0", "99999999999999999999", "١"])
def test_sitemap_with_a_made_up_page_number_is_not_found(strict_client, seeded, page):
    response = strict_client.get("/sitemap.xml", {"p": page})

    assert response.status_code == 404


def test_sitemap_first_page_by_number_is_the_sitemap(strict_client, seeded):
    response = strict_client.get("/sitemap.xml?p=1")

    assert response.status_code == 200
    assert b"<urlset" in response.content


@pytest.mark.parametrize("lang", ["uz", "ru", "en"])
def test_unknown_admin_url_for_a_signed_in_editor_is_a_404_with_home_links(
    strict_client, seeded, editor, lang
):
    strict_client.force_login(editor)

    response = strict_client.get(f"/{lang}/admin/partners/partnr/")

    assert response.status_code == 404
    page = response.content.decode()
    assert 'href="/uz/"' in page
    assert 'href="/ru/"' in page
    assert 'href="/en/"' in page


@pytest.mark.parametrize(
    "forwarded", ["not-an-address", "1.2.3.4.5", "<script>", "2001:db8::1::2", "' OR 1=1 --"]
)
def test_login_with_a_made_up_forwarded_address_is_answered(
    strict_client, seeded, editor, settings, forwarded
):
    settings.TRUSTED_PROXY_COUNT = 1

    response = strict_client.post(
        "/en/admin/login/",
        {"username": "editor", "password": "wrong password"},
        HTTP_X_FORWARDED_FOR=forwarded,
    )

    assert response.status_code == 200
    assert "Please enter the correct username and password" in response.content.decode()


def test_rotating_made_up_forwarded_addresses_do_not_escape_the_lockout(
    strict_client, seeded, editor, settings
):
    settings.TRUSTED_PROXY_COUNT = 1
    for attempt in range(5):
        strict_client.post(
            "/en/admin/login/",
            {"username": "editor", "password": "wrong password"},
            HTTP_X_FORWARDED_FOR=f"made-up-{attempt}",
        )

    response = strict_client.post(
        "/en/admin/login/",
        {"username": "editor", "password": STAFF_PASSWORD},
        HTTP_X_FORWARDED_FOR="made-up-again",
    )

    assert response.status_code == 429


def test_a_server_error_is_logged_with_its_traceback(strict_client, db, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError("the bug behind this 500")

    monkeypatch.setattr("departments.views._render_department", broken)
    with caplog.at_level(logging.ERROR, logger="django.request"):
        response = strict_client.get("/en/")

    assert response.status_code == 500
    [record] = [r for r in caplog.records if r.name == "django.request"]
    logged = json.loads(JsonFormatter().format(record))
    assert logged["status"] == 500
    assert logged["path"] == "/en/"
    assert "RuntimeError: the bug behind this 500" in logged["exception"]
    assert "Traceback" in logged["exception"]
