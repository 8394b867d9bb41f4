"""An edit saved through one gunicorn worker shows at once through every other.

Real processes: gunicorn with two workers, each with its own page store, the
content version shared through the file cache that is the default backend.
"""

import http.cookiejar
import re
import socket
import time
import urllib.parse
import urllib.request

import pytest

from tests.servers import ADMIN_PASSWORD, running_gunicorn, site_environment

WORKERS = 2


@pytest.fixture
def gunicorn_site(tmp_path):
    log = tmp_path / "access.log"
    # DEBUG (as site_environment sets) would leave the page cache off.
    env = site_environment(tmp_path, PAGE_CACHE_SECONDS="600")
    arguments = [
        *("--workers", str(WORKERS), "--worker-class", "sync"),
        *("--access-logfile", str(log), "--access-logformat", "%(p)s %(s)s %(U)s"),
    ]
    with running_gunicorn(env, *arguments) as base:
        yield base, log


def fetch(url, timeout=5):
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.read().decode()


def workers_that_served(log, path, since_line, requests, timeout=10):
    """The workers named in the access log for the next `requests` fetches of `path`.

    gunicorn writes a request's access line only after sending its response,
    so a client can hold the page while the worker has yet to log it.
    """
    deadline = time.monotonic() + timeout
    while True:
        lines = log.read_text().splitlines()[since_line:]
        served = [line for line in lines if line.endswith(f" {path}")]
        if len(served) >= requests or time.monotonic() > deadline:
            return {line.split()[0] for line in served}
        time.sleep(0.02)


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


def fetch_through_both_workers(base, log, path):
    """`path` fetched over two connections at once, one served by each worker.

    A sync worker serves one connection at a time. While the first connection
    holds a worker with a half-sent request, the second can only be served by
    the other worker, which it waits for if that worker is still booting.
    """
    address = urllib.parse.urlsplit(base)
    lines_before = len(log.read_text().splitlines())
    with socket.create_connection((address.hostname, address.port), timeout=30) as held:
        held.sendall(f"GET {path} HTTP/1.1\r\nHost: {address.netloc}\r\n".encode())
        other_page = fetch(base + path, timeout=30)
        held.sendall(b"Connection: close\r\n\r\n")
        raw = b"".join(iter(lambda: held.recv(65536), b""))
    head, _, body = raw.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200")
    assert len(workers_that_served(log, path, lines_before, requests=2)) == WORKERS
    return [body.decode(), other_page]


def test_edit_through_one_worker_shows_at_once_through_every_worker(gunicorn_site):
    base, log = gunicorn_site
    warm_pages = fetch_through_both_workers(base, log, "/en/partners/")

    rename_partner_through_admin(base, "Induk University of Seoul")
    pages = fetch_through_both_workers(base, log, "/en/partners/")

    assert not any("Induk University of Seoul" in page for page in warm_pages)
    assert all("Induk University of Seoul" in page for page in pages)
