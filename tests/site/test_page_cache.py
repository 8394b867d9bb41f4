"""Anonymous pages come from the cache until content changes, then at once fresh."""

import os
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from iro_site import page_cache
from partners.models import Partner
from tests.staff import STAFF_PASSWORD


def test_second_anonymous_visit_runs_no_query(client, seeded, django_assert_num_queries):
    client.get("/ru/partners/")

    with django_assert_num_queries(0):
        response = client.get("/ru/partners/")

    assert "Университет Индок" in response.content.decode()


def test_saved_change_shows_on_the_next_request_in_every_language(client, seeded):
    for lang in ["uz", "ru", "en"]:
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
    version = page_cache.content_version()
    staff = client.__class__()

    signed_in = staff.post(
        reverse("admin:login"),
        {"username": "editor", "password": STAFF_PASSWORD},
    )
    staff.post(reverse("admin:logout"))

    assert signed_in.status_code == 302
    assert page_cache.content_version() == version


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
    first = client.get("/en/programmes/")

    by_etag = client.get("/en/programmes/", headers={"if-none-match": first["ETag"]})
    by_date = client.get("/en/programmes/", headers={"if-modified-since": first["Last-Modified"]})

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
    client.get(path)

    key = f"http://testserver{path}"
    assert page_cache.store.get(key, page_cache.content_version()) is None


def test_store_keeps_at_most_its_size():
    store = page_cache.PageStore(max_pages=2)
    for number in range(3):
        store.put(f"/{number}", page_cache.CachedPage(1, float("inf"), b"", b"", {}))

    assert store.get("/0", 1) is None
    assert store.get("/2", 1) is not None


def test_cached_html_is_sent_gzipped_to_browsers_that_accept_it(client, seeded):
    import gzip

    plain = client.get("/ru/")
    compressed = client.get("/ru/", headers={"accept-encoding": "gzip, deflate, br"})

    assert compressed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in compressed["Vary"]
    assert gzip.decompress(compressed.content) == plain.content
    assert len(compressed.content) < len(plain.content) / 3
    assert "Content-Encoding" not in plain


def test_outdated_page_is_served_while_the_database_is_away(client, seeded, monkeypatch):
    from django.db import OperationalError

    client.get("/en/partners/")
    Partner.objects.filter(slug="induk-university").update(name_en="Edited just before")
    page_cache.mark_content_changed()

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
    version = page_cache.content_version()

    getattr(client, method)("/uz/")
    getattr(client, method)("/")

    assert page_cache.content_version() == version


def test_pages_with_unknown_query_parameters_are_answered_but_not_stored(client, seeded):
    response = client.get("/en/partners/?utm_source=spam")

    assert response.status_code == 200
    version = page_cache.content_version()
    assert page_cache.store.get("http://testserver/en/partners/?utm_source=spam", version) is None
    client.get("/en/partners/?country=KZ")
    assert page_cache.store.get("http://testserver/en/partners/?country=KZ", version)


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
    version = page_cache.content_version()
    os.utime(tmp_path / "cache" / "content-version", ns=(version + 1, version + 1))

    assert "Induk, renamed" in client.get("/en/partners/").content.decode()
    assert page_cache.content_version() == version + 1


def test_the_version_file_comes_back_if_it_is_deleted(settings, tmp_path):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path / "cache"),
        }
    }
    first = page_cache.content_version()
    (tmp_path / "cache" / "content-version").unlink()

    assert page_cache.content_version() > first


def test_a_response_from_the_store_cannot_change_the_stored_page(client, seeded, rf):
    client.get("/en/")
    page = page_cache.store.get("http://testserver/en/", page_cache.content_version())
    respond = page_cache.PageCacheMiddleware._respond_from

    first = respond(rf.get("/en/"), page)
    first["Cache-Control"] = "private"
    del first["ETag"]
    second = respond(rf.get("/en/"), page)

    assert second["Cache-Control"].startswith("public")
    assert second["ETag"] == page.headers["ETag"]
    assert second.content == first.content
