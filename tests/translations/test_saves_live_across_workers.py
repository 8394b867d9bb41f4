"""A translation saved in Rosetta through one gunicorn worker is served by every
worker within a second, with no reload of gunicorn.

Real processes: two workers, each with its own loaded catalogues and page
store, sharing the catalogues and content versions through the file cache.
"""

import http.cookiejar
import re
import time
import urllib.parse
import urllib.request

import pytest

from tests.servers import ADMIN_PASSWORD, running_gunicorn, site_environment
from tests.site.test_page_cache_across_workers import WORKERS, fetch_through_both_workers
from tests.translations.catalogue_copies import copy_of_the_catalogues, rosetta_field


@pytest.fixture
def gunicorn_site(tmp_path):
    locale = copy_of_the_catalogues(tmp_path)
    log = tmp_path / "access.log"
    env = site_environment(
        tmp_path,
        PAGE_CACHE_SECONDS="600",
        DJANGO_SETTINGS_MODULE="tests.translations.site_settings",
        TEST_LOCALE_PATH=str(locale),
    )
    arguments = [
        *("--workers", str(WORKERS), "--worker-class", "sync"),
        *("--access-logfile", str(log), "--access-logformat", "%(p)s %(s)s %(U)s"),
    ]
    with running_gunicorn(env, *arguments) as base:
        yield base, log, locale


def signed_in(base):
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )
    login_url = base + "/uz/admin/login/"
    page = opener.open(login_url).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    credentials = {"username": "admin", "password": ADMIN_PASSWORD, "next": "/uz/admin/"}
    opener.open(
        login_url, urllib.parse.urlencode({"csrfmiddlewaretoken": token, **credentials}).encode()
    )
    return opener


def save_in_rosetta(base, locale, msgid, msgstr):
    opener = signed_in(base)
    url = base + "/uz/rosetta/files/project/uz/0/"
    field = rosetta_field(locale / "uz/LC_MESSAGES/django.po", msgid)
    page = opener.open(url + "?" + urllib.parse.urlencode({"query": msgid})).read().decode()
    assert f'name="{field}"' in page
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    form = {"csrfmiddlewaretoken": token, field: msgstr}
    return opener.open(url, urllib.parse.urlencode(form).encode()).read().decode()


def test_rosetta_save_is_served_by_every_worker_within_a_second(gunicorn_site):
    base, log, locale = gunicorn_site
    warm_pages = fetch_through_both_workers(base, log, "/uz/")

    landing = save_in_rosetta(base, locale, "Partners", "Hamkor tashkilotlar")
    saved_at = time.monotonic()
    pages = fetch_through_both_workers(base, log, "/uz/")
    elapsed = time.monotonic() - saved_at

    assert "Oʻzgarish hozir saytning barcha sahifalarida." in landing
    assert all(">Hamkorlar<" in page for page in warm_pages)
    assert all(">Hamkor tashkilotlar<" in page for page in pages)
    assert elapsed < 1
