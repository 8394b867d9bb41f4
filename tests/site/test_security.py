"""Security headers, login throttling, permissions and friendly refusals."""

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import OperationalError
from django.test import Client, RequestFactory
from django.urls import reverse

from iro_site.client_ip import client_ip
from partners.models import Partner
from tests.staff import STAFF_PASSWORD

PAGES = ["/uz/", "/ru/partners/", "/en/no-such-page/"]


@pytest.mark.parametrize("path", PAGES)
def test_public_pages_send_a_strict_content_security_policy(client, seeded, path):
    for _ in range(2):  # rendered, then from the page cache
        response = client.get(path)
        policy = response["Content-Security-Policy"]

        assert "default-src 'none'" in policy
        assert "script-src 'self'" in policy
        assert "style-src 'self'" in policy
        assert "frame-ancestors 'none'" in policy
        assert "unsafe-inline" not in policy
        assert "unsafe-eval" not in policy


@pytest.mark.parametrize("path", [*PAGES, "/en/admin/login/"])
def test_every_response_carries_the_security_headers(client, seeded, path):
    response = client.get(path)

    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert "Content-Security-Policy" in response


def test_hsts_is_sent_over_https_in_production(client, seeded, settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True

    response = client.get("/uz/", secure=True)

    assert response["Strict-Transport-Security"].startswith("max-age=31536000")


def test_admin_session_cookie_is_httponly_and_samesite(client, seeded, editor):
    response = client.post(
        "/en/admin/login/?next=/en/admin/",
        {"username": "editor", "password": STAFF_PASSWORD},
    )
    cookie = response.cookies["sessionid"]

    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"


# Login throttling ----------------------------------------------------------------


def failed_logins(client, count, address="203.0.113.5"):
    for _ in range(count):
        response = client.post(
            "/en/admin/login/",
            {"username": "editor", "password": "wrong password"},
            REMOTE_ADDR=address,
        )
    return response


def test_five_failed_logins_lock_the_account_from_that_address(client, seeded, editor):
    response = failed_logins(client, 5)

    assert response.status_code == 429
    assert "Too many failed sign-in attempts" in response.content.decode()
    correct = client.post(
        "/en/admin/login/",
        {"username": "editor", "password": STAFF_PASSWORD},
        REMOTE_ADDR="203.0.113.5",
    )
    assert correct.status_code == 429


def test_lockout_message_is_in_the_staff_members_language(client, seeded, editor):
    failed_logins(client, 5)

    response = client.post(
        "/ru/admin/login/",
        {"username": "editor", "password": "wrong password"},
        REMOTE_ADDR="203.0.113.5",
    )

    assert "Слишком много неудачных попыток входа" in response.content.decode()


def test_an_attacker_elsewhere_does_not_lock_the_editor_out(client, seeded, editor):
    failed_logins(client, 5, address="198.51.100.66")

    response = Client().post(
        "/en/admin/login/",
        {"username": "editor", "password": STAFF_PASSWORD},
        REMOTE_ADDR="203.0.113.5",
    )

    assert response.status_code == 302


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "1.1.1.1", "10.0.0.2"),
        (1, "6.6.6.6, 203.0.113.5", "203.0.113.5"),
        (2, "6.6.6.6, 203.0.113.5, 10.0.0.9", "203.0.113.5"),
        (1, "", "10.0.0.2"),
        (1, "203.0.113.5, not-an-address", "10.0.0.2"),
        (1, "2001:db8::7", "2001:db8::7"),
    ],
)
def test_client_address_is_read_behind_the_configured_proxies(
    settings, proxies, forwarded, expected
):
    settings.TRUSTED_PROXY_COUNT = proxies
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=forwarded)

    assert client_ip(request) == expected


# Permissions ----------------------------------------------------------------------


def test_crafted_post_by_a_translator_changes_only_the_text(client, seeded, translator):
    client.force_login(translator)
    partner = Partner.objects.get(slug="induk-university")

    response = client.post(
        reverse("admin:partners_partner_change", args=[partner.pk]),
        {
            "name_uz": partner.name_uz,
            "name_ru": "Университет Индок (исправлено)",
            "name_en": partner.name_en,
            "slug": "hijacked",
            "country": "US",
            "website": "https://evil.example/",
            "is_active": "",
        },
    )
    partner.refresh_from_db()

    assert response.status_code == 302
    assert partner.name_ru == "Университет Индок (исправлено)"
    assert partner.slug == "induk-university"
    assert partner.country.code == "KR"
    assert partner.website == ""
    assert partner.is_active


@pytest.mark.parametrize("url_name", ["admin:auth_user_changelist", "admin:auth_group_changelist"])
def test_editor_cannot_manage_users_or_groups(client, seeded, editor, url_name):
    client.force_login(editor)

    assert client.get(reverse(url_name)).status_code == 403


def test_anonymous_visitors_see_no_admin_data(client, seeded):
    response = client.get(reverse("admin:partners_partner_changelist"))

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_post_without_csrf_token_is_refused(seeded, editor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    partner = Partner.objects.first()

    response = client.post(
        reverse("admin:partners_partner_delete", args=[partner.pk]), {"post": "yes"}
    )

    assert response.status_code == 403
    assert Partner.objects.filter(pk=partner.pk).exists()


def test_login_rotates_the_session_key(client, seeded, editor):
    client.get("/en/admin/login/")
    session = client.session
    session["before_login"] = True
    session.save()
    key_before = session.session_key

    client.post(
        "/en/admin/login/",
        {"username": "editor", "password": STAFF_PASSWORD},
    )

    assert client.session.session_key != key_before


@pytest.mark.parametrize(
    "password", ["short-pw1", "password1234", "123456789012345", "Abdujabbova1"]
)
def test_weak_passwords_are_refused(editor, password):
    editor.last_name = "Abdujabbova"

    with pytest.raises(ValidationError):
        validate_password(password, user=editor)


def test_a_long_uncommon_password_is_accepted(editor):
    validate_password("violet-tashkent-ledger-91", user=editor)


# Health and friendly refusals ------------------------------------------------------------


def test_health_endpoints_answer_without_host_checks(client, db):
    assert client.get("/healthz", HTTP_HOST="10.1.2.3:8000").content == b"ok"
    assert client.get("/readyz", HTTP_HOST="10.1.2.3:8000").content == b"ready"


class _DatabaseDown:
    def cursor(self):
        raise OperationalError("connection refused")


def test_readyz_fails_while_the_database_is_down(client, db, monkeypatch):
    monkeypatch.setattr("iro_site.middleware.connection", _DatabaseDown())

    response = client.get("/readyz")

    assert response.status_code == 503


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("uz", "Vaqtincha mavjud emas"),
        ("ru", "Временно недоступно"),
        ("en", "Temporarily unavailable"),
    ],
)
def test_database_outage_gives_a_translated_503_with_retry_after(
    client, seeded, monkeypatch, lang, expected
):
    def no_database(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr("departments.views._render_department", no_database)

    response = client.get(f"/{lang}/")

    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert expected in response.content.decode()
    assert "connection refused" not in response.content.decode()


def test_oversized_request_is_refused_before_it_is_read(client, seeded, editor):
    client.force_login(editor)
    partner = Partner.objects.first()

    response = client.post(
        reverse("admin:partners_partner_change", args=[partner.pk]),
        data=b"x" * 10,
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(50 * 1024 * 1024),
    )

    assert response.status_code == 413
    assert "Files of up to 5 MB can be uploaded." in response.content.decode()


def test_translator_cannot_reorder_or_move_content(client, seeded, translator):
    import json

    from programs.models import Program, Project

    client.force_login(translator)
    partner = Partner.objects.get(slug="induk-university")
    reorder = client.post(
        reverse("admin:partners_partner_sortable_update"),
        json.dumps({"updatedItems": [[partner.pk, 999]]}),
        content_type="application/json",
    )
    project = Project.objects.get(slug="uzdoc-2")
    client.post(
        reverse("admin:programs_project_change", args=[project.pk]),
        {"title_uz": project.title_uz, "program": Program.objects.get(slug="unesco").pk},
    )

    assert reorder.status_code == 403
    assert Partner.objects.get(pk=partner.pk).position != 999
    assert Project.objects.get(pk=project.pk).program.slug == "erasmus-plus"
    changelist = client.get(reverse("admin:partners_partner_changelist")).content.decode()
    assert "move_to_" not in changelist


def test_editor_can_reorder(client, seeded, editor):
    import json

    client.force_login(editor)
    partner = Partner.objects.get(slug="induk-university")

    response = client.post(
        reverse("admin:partners_partner_sortable_update"),
        json.dumps({"updatedItems": [[partner.pk, 999]]}),
        content_type="application/json",
    )

    assert response.status_code == 200
    assert Partner.objects.get(pk=partner.pk).position == 999
