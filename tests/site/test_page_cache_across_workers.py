"""An edit saved through one gunicorn worker shows at once through every other.

Real processes: gunicorn with two workers, each with its own page store, the
content version shared through the file cache that is the default backend.
"""

import http.cookiejar
import os
import re
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request

import pytest
from django.conf import settings

WORKERS = 2


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def gunicorn_site(tmp_path):
    env = {
        **{key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")},
        "DATABASE_URL": f"sqlite:///{tmp_path / 'site.sqlite3'}",
        "CACHE_URL": f"filecache://{tmp_path / 'cache'}",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "DEBUG": "true",
    }
    manage = [sys.executable, "manage.py"]
    for command in (["migrate", "-v0"], ["load_seed"]):
        subprocess.run(
            [*manage, *command],
            cwd=settings.BASE_DIR,
            env=env,
            check=True,
            capture_output=True,
            timeout=120,
        )
    subprocess.run(
        [
            *manage,
            "shell",
            "-c",
            "from django.contrib.auth.models import User; "
            "User.objects.create_superuser('admin', 'a@example.uz', 'a-long-test-password-42')",
        ],
        cwd=settings.BASE_DIR,
        env=env,
        check=True,
        capture_output=True,
        timeout=60,
    )
    port = free_port()
    log = tmp_path / "access.log"
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "iro_site.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(WORKERS),
            "--worker-class",
            "sync",
            "--access-logfile",
            str(log),
            "--access-logformat",
            "%(p)s %(s)s %(U)s",
        ],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(base + "/robots.txt", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    yield base, log
    server.terminate()
    server.wait(timeout=10)


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
                "password": "a-long-test-password-42",
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
