"""Run the site in real gunicorn processes, for tests that need them."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager

from django.conf import settings

ADMIN_PASSWORD = "a-long-test-password-42"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def site_environment(tmp_path, **overrides):
    """A fresh site in tmp_path: SQLite file, file cache, seed content, an admin."""
    env = {
        **{key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")},
        "DATABASE_URL": f"sqlite:///{tmp_path / 'site.sqlite3'}",
        "CACHE_URL": f"filecache://{tmp_path / 'cache'}",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "DEBUG": "true",
        **overrides,
    }
    create_admin = (
        "from django.contrib.auth.models import User; "
        f"User.objects.create_superuser('admin', 'admin@example.uz', '{ADMIN_PASSWORD}')"
    )
    for command in (["migrate", "-v0"], ["load_seed"], ["shell", "-c", create_admin]):
        subprocess.run(
            [sys.executable, "manage.py", *command],
            cwd=settings.BASE_DIR,
            env=env,
            check=True,
            capture_output=True,
            timeout=120,
        )
    return env


@contextmanager
def running_gunicorn(env, *arguments):
    """gunicorn serving the site on a free port; yields its base URL."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "iro_site.wsgi", *arguments,
         "--bind", f"127.0.0.1:{port}"],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=15)
