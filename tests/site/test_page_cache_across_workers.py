"""An edit saved through one gunicorn worker shows at once through every other.

Real processes: gunicorn with two workers, each with its own page store, the
content version shared through the file cache that is the default backend.
"""

import http.cookiejar
import re
import urllib.parse
import urllib.request

import pytest

from tests.servers import ADMIN_PASSWORD, running_gunicorn, site_environment

WORKERS = 2


@pytest.fixture
def gunicorn_site(tmp_path):
    log = tmp_path / "access.log"
    env = site_environment(tmp_path)
    arguments = [
        *("--workers", str(WORKERS), "--worker-class", "sync"),
        *("--access-logfile", str(log), "--access-logformat", "%(p)s %(s)s %(U)s"),
    ]
    with running_gunicorn(env, *arguments) as base:
        yield base, log


def fetch(url):
    # A new connection each time, so requests spread over the workers.
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode()


def workers_that_served(log, path, since_line=0):
    lines = log.read_text().splitlines()[since_line:]
    return {line.split()[0] for line in lines if line.endswith(f" {path}")}


def rename_partner_through_admin(base, new_name):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    login_url = base + "/en/admin/login/"
    page = opener.open(login_url).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    opener.open(
        login_url,
        urllib.parse.urlencode(
            {
                "csrfmiddlewaretoken": token,
                "username": "admin",
                "password": ADMIN_PASSWORD,
                "next": "/en/admin/",
            }
        ).encode(),
    )
    change_list = opener.open(base + "/en/admin/partners/partner/?q=Induk").read().decode()
    change_url = base + re.search(
        r'href="(/en/admin/partners/partner/\d+/change/)', change_list
    ).group(1)
    form = opener.open(change_url).read().decode()
    fields = dict(
        re.findall(
            r'<input type="(?:text|url|hidden|number)" name="([^"]+)" value="([^"]*)"', form
        )
    )
    fields.update(
        re.findall(r'<input type="checkbox" name="([^"]+)"[^>]*checked', form)
        and {"is_active": "on"}
    )
    fields["country"] = "KR"
    fields["name_en"] = new_name
    response = opener.open(change_url, urllib.parse.urlencode(fields).encode())
    assert response.status == 200
    assert "was changed successfully" in response.read().decode()


def fetch_until_every_worker_served(base, log, path, since_line=0, limit=300):
    """Pages fetched until each worker has answered `path` at least once.

    The kernel, not us, picks the worker of each connection.
    """
    pages = []
    while len(workers_that_served(log, path, since_line)) < WORKERS and len(pages) < limit:
        pages.append(fetch(base + path))
    assert len(workers_that_served(log, path, since_line)) == WORKERS
    return pages


def test_edit_through_one_worker_shows_at_once_through_every_worker(gunicorn_site):
    base, log = gunicorn_site
    warm_pages = fetch_until_every_worker_served(base, log, "/en/partners/")
    lines_before_edit = len(log.read_text().splitlines())

    rename_partner_through_admin(base, "Induk University of Seoul")
    pages = fetch_until_every_worker_served(base, log, "/en/partners/", lines_before_edit)

    assert not any("Induk University of Seoul" in page for page in warm_pages)
    assert all("Induk University of Seoul" in page for page in pages)
