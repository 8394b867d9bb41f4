"""Anonymous pages come from the cache until content changes, then at once fresh."""

import gzip
import os
import subprocess
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings as django_settings
from django.urls import reverse

from core import content_version
from iro_site import page_cache
from partners.models import Partner
from tests.languages import LANGUAGES
from tests.staff import STAFF_PASSWORD


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    """The cache on, as in production: settings read with DEBUG on (as the
    test run does, before pytest-django turns DEBUG off) leave it off."""
    settings.PAGE_CACHE_SECONDS = 600
    settings.PROXY_CACHE_SECONDS = 1


def test_second_anonymous_visit_runs_no_query(client, seeded, django_assert_num_queries):
    client.get("/ru/partners/")

    with django_assert_num_queries(0):
        response = client.get("/ru/partners/")

    assert "Университет Индок" in response.content.decode()


def test_saved_change_shows_on_the_next_request_in_every_language(client, seeded):
    for lang in LANGUAGES:
        client.get(f"/{lang}/partners/")
    partner = Partner.objects.get(slug="induk-university")
    partner.name_uz, partner.name_ru, partner.name_en = (
        "Induk (yangi)",
        "Индок (новое)",
        "Induk (new)",
    )
    partner.save()

    assert "Induk (yangi)" in client.get("/uz/partners/").content.decode()
    assert "Индок (новое)" in client.get("/ru/partners/").content.decode()
    assert "Induk (new)" in client.get("/en/partners/").content.decode()


def test_deleted_content_disappears_at_once(client, seeded):
    client.get("/en/partners/")

    Partner.objects.get(slug="induk-university").delete()

    assert "Induk University" not in client.get("/en/partners/").content.decode()


def test_admin_save_refreshes_pages_even_without_model_signals(client, seeded, editor):
    client.get("/en/partners/")
    Partner.objects.filter(slug="induk-university").update(name_en="Renamed quietly")
    staff = client.__class__()
    staff.force_login(editor)

    # Any successful staff write (here a reorder-like POST to the admin) marks
    # content changed, since bulk updates send no signals.
    staff.post(reverse("admin:partners_partner_changelist"), {"action": "", "index": 0})

    assert "Renamed quietly" in client.get("/en/partners/").content.decode()


def test_staff_signing_in_and_out_leaves_cached_pages_in_place(client, seeded, editor):
    version = content_version.content_version()
    staff = client.__class__()

    signed_in = staff.post(
        reverse("admin:login"),
        {"username": "editor", "password": STAFF_PASSWORD},
    )
    staff.post(reverse("admin:logout"))

    assert signed_in.status_code == 302
    assert content_version.content_version() == version


def test_logged_in_staff_always_see_fresh_pages(client, seeded, editor):
    client.force_login(editor)
    client.get("/en/partners/")
    Partner.objects.filter(slug="induk-university").update(name_en="Fresh for staff")

    assert "Fresh for staff" in client.get("/en/partners/").content.decode()


def test_anonymous_pages_set_no_cookie_and_do_not_vary_on_cookie(client, seeded):
    for _ in range(2):
        response = client.get("/uz/")

        assert not response.cookies
        assert "Cookie" not in response.get("Vary", "")
        assert "public" in response["Cache-Control"]
        assert response["ETag"]
        assert response["Last-Modified"]


def test_repeat_visit_with_validators_gets_304(client, seeded):
    first = client.get("/en/programs/")

    by_etag = client.get("/en/programs/", headers={"if-none-match": first["ETag"]})
    by_date = client.get("/en/programs/", headers={"if-modified-since": first["Last-Modified"]})

    assert by_etag.status_code == 304
    assert by_date.status_code == 304
    assert by_etag.content == b""


def test_304_also_for_the_first_request_a_worker_renders(client, seeded):
    etag = client.get("/en/").get("ETag")
    page_cache.store.clear()

    assert client.get("/en/", headers={"if-none-match": etag}).status_code == 304


def test_open_now_line_changes_when_the_office_closes(client, seeded, monkeypatch):
    tashkent = ZoneInfo("Asia/Tashkent")
    now = {"wall": datetime(2026, 11, 30, 14, 59, 30, tzinfo=tashkent), "clock": 1000.0}
    monkeypatch.setattr("django.utils.timezone.now", lambda: now["wall"])
    monkeypatch.setattr(page_cache, "clock", lambda: now["clock"])

    assert "Open now, until 15:00." in client.get("/en/").content.decode()

    now["wall"] = datetime(2026, 11, 30, 15, 0, 30, tzinfo=tashkent)
    now["clock"] += 60

    assert "Closed now. Opens tomorrow at 10:00." in client.get("/en/").content.decode()


def test_change_that_sent_no_signal_shows_once_the_page_expires(
    client, seeded, settings, monkeypatch
):
    settings.PAGE_CACHE_SECONDS = 30
    clock = {"now": 0.0}
    monkeypatch.setattr(page_cache, "clock", lambda: clock["now"])
    client.get("/en/partners/")
    Partner.objects.filter(slug="induk-university").update(name_en="Quiet rename")

    clock["now"] = 29.0
    before_expiry = client.get("/en/partners/").content.decode()
    clock["now"] = 31.0
    after_expiry = client.get("/en/partners/").content.decode()

    assert "Quiet rename" not in before_expiry
    assert "Quiet rename" in after_expiry


@pytest.mark.parametrize("path", ["/en/no-such-page/", "/"])
def test_errors_and_redirects_are_not_cached(client, seeded, path):
    first = client.get(path)
    second = client.get(path)

    assert first.status_code == second.status_code != 200
    assert "public" not in second.get("Cache-Control", "")
    assert "ETag" not in second


def test_store_keeps_the_most_recent_pages_up_to_its_size(
    client, seeded, monkeypatch, django_assert_num_queries
):
    monkeypatch.setattr(page_cache, "store", page_cache.PageStore(max_pages=2))
    for path in ["/en/partners/", "/en/programs/", "/en/partners/induk-university/"]:
        client.get(path)

    with django_assert_num_queries(0):
        client.get("/en/partners/induk-university/")
    Partner.objects.filter(slug="induk-university").update(name_en="Quietly renamed")

    assert "Quietly renamed" in client.get("/en/partners/").content.decode()


def test_cached_html_is_sent_gzipped_to_browsers_that_accept_it(client, seeded):
    plain = client.get("/ru/")
    compressed = client.get("/ru/", headers={"accept-encoding": "gzip, deflate, br"})

    assert compressed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in compressed["Vary"]
    assert gzip.decompress(compressed.content) == plain.content
    assert len(compressed.content) < len(plain.content) / 3
    assert "Content-Encoding" not in plain


@pytest.mark.parametrize("accept_encoding", ["gzip;q=0, br", "x-gzip", "identity", ""])
def test_cached_html_is_sent_plain_to_clients_that_refuse_gzip(client, seeded, accept_encoding):
    client.get("/ru/partners/")

    response = client.get("/ru/partners/", headers={"accept-encoding": accept_encoding})

    assert "Content-Encoding" not in response
    assert "Университет Индок" in response.content.decode()
    assert response["Content-Length"] == str(len(response.content))


def test_gzipped_and_plain_copies_carry_the_same_validators(client, seeded):
    plain = client.get("/en/")
    compressed = client.get("/en/", headers={"accept-encoding": "gzip"})

    assert compressed["ETag"] == plain["ETag"]
    assert compressed["Last-Modified"] == plain["Last-Modified"]
    assert compressed["Content-Length"] == str(len(compressed.content))
    assert compressed.get("Content-Security-Policy") == plain.get("Content-Security-Policy")
    revalidated = client.get(
        "/en/", headers={"accept-encoding": "gzip", "if-none-match": plain["ETag"]}
    )
    assert revalidated.status_code == 304


def test_outdated_page_is_served_while_the_database_is_away(client, seeded, monkeypatch):
    from django.db import OperationalError

    client.get("/en/partners/")
    Partner.objects.filter(slug="induk-university").update(name_en="Edited just before")
    content_version.mark_content_changed()

    def no_database(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(
        "partners.views.Partner.objects", type("Down", (), {"active": no_database})
    )
    response = client.get("/en/partners/")

    assert response.status_code == 200
    assert "Induk University" in response.content.decode()
    assert client.get("/en/partners/?country=KZ").status_code == 503


@pytest.mark.parametrize("method", ["post", "options"])
def test_anonymous_requests_cannot_empty_the_cache(client, seeded, method):
    version = content_version.content_version()

    getattr(client, method)("/uz/")
    getattr(client, method)("/")

    assert content_version.content_version() == version


def test_a_page_rendered_for_one_host_is_not_served_for_another(client, seeded, settings):
    settings.ALLOWED_HOSTS = ["testserver", "mirror.example.uz"]
    client.get("/en/")

    page = client.get("/en/", HTTP_HOST="mirror.example.uz").content.decode()

    assert 'href="http://mirror.example.uz/ru/"' in page


def test_plain_http_is_still_redirected_once_the_https_page_is_cached(client, seeded, settings):
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/en/partners/", secure=True).status_code == 200

    response = client.get("/en/partners/")

    assert response.status_code == 301
    assert response["Location"] == "https://testserver/en/partners/"


def test_cached_pages_keep_the_security_headers(client, seeded, settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    client.get("/en/", secure=True)

    cached = client.get("/en/", secure=True, headers={"accept-encoding": "gzip"})

    assert cached["Content-Encoding"] == "gzip"
    assert cached["Strict-Transport-Security"].startswith("max-age=31536000")
    assert cached["X-Content-Type-Options"] == "nosniff"
    assert cached["Cross-Origin-Opener-Policy"] == "same-origin"


def test_with_a_file_cache_a_change_made_elsewhere_shows_at_once(
    client, seeded, settings, tmp_path
):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path / "cache"),
        }
    }
    assert "Induk University" in client.get("/en/partners/").content.decode()
    # Another worker's save: the database and the version file change.
    Partner.objects.filter(slug="induk-university").update(name_en="Induk, renamed")
    version = content_version.content_version()
    os.utime(tmp_path / "cache" / "content-version", ns=(version + 1, version + 1))

    assert "Induk, renamed" in client.get("/en/partners/").content.decode()
    assert content_version.content_version() == version + 1


def test_the_version_file_comes_back_if_it_is_deleted(settings, tmp_path):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path / "cache"),
        }
    }
    first = content_version.content_version()
    (tmp_path / "cache" / "content-version").unlink()

    assert content_version.content_version() > first


_responses_changed = []


def change_the_first_response(get_response):
    """Stands outside the page cache, as a WSGI server or middleware that
    edits headers would."""

    def middleware(request):
        response = get_response(request)
        if not _responses_changed:
            _responses_changed.append(request.path)
            response["Cache-Control"] = "private"
            del response["ETag"]
        return response

    return middleware


def test_a_response_changed_on_its_way_out_leaves_the_next_visitor_unaffected(
    client, seeded, settings
):
    settings.MIDDLEWARE = [f"{__name__}.change_the_first_response", *settings.MIDDLEWARE]
    _responses_changed.clear()
    client.get("/en/")  # stored, then changed on its way out

    first_hit = client.get("/en/")
    second_hit = client.get("/en/")

    assert _responses_changed == ["/en/"]
    assert first_hit["Cache-Control"].startswith("public")
    assert first_hit["ETag"] == second_hit["ETag"]
    assert second_hit.content == first_hit.content


def test_a_partner_whose_slug_is_admin_is_cached_like_any_page(
    client, seeded, django_assert_num_queries
):
    Partner.objects.filter(slug="induk-university").update(slug="admin")
    client.get("/uz/partners/admin/")

    with django_assert_num_queries(0):
        response = client.get("/uz/partners/admin/")

    assert response.status_code == 200
    assert "Induk" in response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_admin_is_never_served_from_the_page_cache(client, seeded, language):
    client.get(f"/{language}/admin/login/")
    client.cookies.load(client.get(f"/{language}/admin/login/").cookies)

    response = client.get(f"/{language}/admin/login/")

    assert response.status_code == 200
    assert "public" not in response["Cache-Control"]
    assert "ETag" not in response
    assert 'name="username"' in response.content.decode()


def test_robots_txt_keeps_crawlers_out_of_the_admin_wherever_it_lives(client, db, settings):
    # db: storing the page asks the apps for their next scheduled change.
    settings.ADMIN_URL = "staff-entrance-7f3/"

    text = client.get("/robots.txt").content.decode()

    assert "Disallow: /*/staff-entrance-7f3/" in text
    assert "/admin/" not in text


def test_with_the_page_cache_off_every_request_renders_afresh(
    client, seeded, settings, django_assert_num_queries
):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/en/partners/")
    Partner.objects.filter(slug="induk-university").update(name_en="Edited template-side")

    response = client.get("/en/partners/")

    assert "Edited template-side" in response.content.decode()
    assert "ETag" not in response
    assert "public" not in response.get("Cache-Control", "")


def page_cache_seconds_read_from(environment):
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.pop("PAGE_CACHE_SECONDS", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c",
         "from django.conf import settings; print(settings.PAGE_CACHE_SECONDS)"],
        cwd=django_settings.BASE_DIR, env={**env, **environment},
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    return int(result.stdout.split()[-1])


def test_the_page_cache_is_off_in_development_and_on_in_production():
    production = {
        "DEBUG": "false",
        "SECRET_KEY": "a-long-random-test-value-" + "x" * 40,
        "ALLOWED_HOSTS": "ird.example.uz",
    }

    assert page_cache_seconds_read_from({"DEBUG": "true"}) == 0
    assert page_cache_seconds_read_from(production) == 600
