"""make drills: the production setup under load, with things going wrong.

gunicorn (deploy/gunicorn.conf.py) in front of the local PostgreSQL on
127.0.0.1, all traffic to 127.0.0.1 and bounded in time. Prints a table:
1. load held: wrk at 64 connections on the public pages;
2. PostgreSQL restarted mid-load: cached pages keep answering, others get
   the translated 503, and how soon after PostgreSQL is back the site is;
3. a worker SIGKILLed mid-load: how many in-flight requests failed;
4. graceful reload (HUP) under load: failed requests;
5. staff saves through 2-4: every acknowledged save is in the database;
6. slow clients holding connections: a normal request's time;
7. Redis (the shared cache) stopped for 20 s under load: 5xx count, what
   /readyz said meanwhile.
It restarts the machine's PostgreSQL cluster, so it refuses to start unless
DRILLS_MAY_RESTART_POSTGRESQL=yes: run it only where that is fine.
DRILL_SECONDS sets step 1's length (default 60).

`python bench/drills.py redis` runs drill 7 alone, on SQLite and its own
redis-server: it touches nothing else on the machine.
"""

import itertools
import os
import re
import runpy
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

from run import (
    ROOT,
    Gunicorn,
    ensure_tools,
    free_port,
    nginx,
    prepare_site,
    site_environment,
    wait_until_up,
    wrk,
)

PYTHON = sys.executable
LOAD_SECONDS = int(os.environ.get("DRILL_SECONDS", "60"))
CLUSTER = ["pg_ctlcluster", "--skip-systemctl-redirect", "15", "main"]
PAGES = ["/uz/", "/ru/partners/", "/en/programs/", "/uz/partners/induk-university/"]
UNCACHED = "/ru/partners/?country=KZ&n={n}"
UNIQUE = itertools.count()
ADMIN_PASSWORD = "drill-admin-password-2026"


class Load:
    """Threads requesting pages until stopped; counts statuses per moment."""

    def __init__(self, base, paths, threads=8):
        self.base, self.paths, self.running = base, paths, True
        self.results = []  # (time, path, status or error name)
        self.lock = threading.Lock()
        self.threads = [threading.Thread(target=self._run, args=(n,)) for n in range(threads)]
        for thread in self.threads:
            thread.start()

    def _run(self, number):
        count = 0
        while self.running:
            # "{n}" makes a path unique per request, so never a cached page.
            path = self.paths[(number + count) % len(self.paths)].format(n=next(UNIQUE))
            count += 1
            try:
                with urllib.request.urlopen(self.base + path, timeout=10) as response:
                    outcome = response.status
            except urllib.error.HTTPError as error:
                outcome = error.code
            except OSError as error:
                outcome = type(error).__name__
            with self.lock:
                self.results.append((time.monotonic(), path, outcome))

    def stop(self):
        self.running = False
        for thread in self.threads:
            thread.join()
        return self.results


class Staff:
    """An editor adding programs through the admin, remembering each acknowledged save.

    Production cookies are Secure, so the editor presents itself as arriving
    over HTTPS through a proxy (X-Forwarded-Proto) and keeps its cookies by hand.
    """

    def __init__(self, base):
        self.base, self.running, self.acknowledged, self.failed = base, True, [], 0
        self.https_origin = base.replace("http://", "https://")
        self.cookies = {}
        opener = urllib.request.build_opener(NoRedirect)
        self.open = opener.open
        page = self._request("/en/admin/login/")
        self._request("/en/admin/login/", {
            "csrfmiddlewaretoken": self._token(page), "username": "drill",
            "password": ADMIN_PASSWORD, "next": "/en/admin/"})  # fmt: skip
        self.thread = threading.Thread(target=self._run)
        self.thread.start()

    def _request(self, path, form=None):
        request = urllib.request.Request(
            self.base + path,
            data=urllib.parse.urlencode(form).encode() if form else None,
            headers={
                "X-Forwarded-Proto": "https",
                "Origin": self.https_origin,
                "Referer": self.https_origin + path,
                "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
            },
        )
        try:
            response = self.open(request, timeout=10)
        except urllib.error.HTTPError as redirect:
            response = redirect
        for header in response.headers.get_all("Set-Cookie") or []:
            name, value = header.split(";", 1)[0].split("=", 1)
            self.cookies[name] = value
        self.last_status = response.status if hasattr(response, "status") else response.code
        return response.read().decode()

    @staticmethod
    def _token(page):
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)

    def _run(self):
        number = 0
        add = "/en/admin/programs/program/add/"
        while self.running:
            number += 1
            slug = f"drill-{number}"
            try:
                token = self._token(self._request(add))
                self._request(add, {"csrfmiddlewaretoken": token, "name_uz": f"Mashq {number}",
                                    "slug": slug, "_save": "Save"})  # fmt: skip
                if self.last_status == 302:
                    self.acknowledged.append(slug)
                else:
                    self.failed += 1
            except (OSError, AttributeError):
                self.failed += 1
            time.sleep(0.2)

    def stop(self):
        self.running = False
        self.thread.join()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    """A 302 after a save is the acknowledgement: keep it, do not follow it."""

    def redirect_request(self, *args, **kwargs):
        return None


def gunicorn_workers(env):
    """How many workers deploy/gunicorn.conf.py starts with this environment."""
    saved = os.environ.copy()
    os.environ.update(env)
    try:
        return runpy.run_path(str(ROOT / "deploy" / "gunicorn.conf.py"))["workers"]
    finally:
        os.environ.clear()
        os.environ.update(saved)


def worker_pids(master_pid):
    pids = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            if re.search(rf"^PPid:\s+{master_pid}$", status.read_text(), re.MULTILINE):
                pids.append(int(status.parent.name))
        except OSError:
            continue
    return pids


def outcomes(results):
    return Counter(outcome for _moment, _path, outcome in results)


def drill_database_outage(base):
    load = Load(base, [*PAGES, UNCACHED])
    time.sleep(3)
    subprocess.run([*CLUSTER, "stop", "-m", "fast"], check=True)
    down_at = time.monotonic()
    time.sleep(5)
    restarting_at = time.monotonic()
    subprocess.run([*CLUSTER, "start"], check=True)
    up_at = time.monotonic()
    time.sleep(5)
    results = load.stop()
    during = [r for r in results if down_at + 0.5 < r[0] < restarting_at]
    cached_during = Counter(o for _m, p, o in during if p in PAGES)
    uncached_during = Counter(o for _m, p, o in during if p not in PAGES)
    after = sorted(r for r in results if r[0] > up_at and r[1] not in PAGES)
    normal_again = next((m - up_at for m, _p, o in after if o == 200), None)
    return {
        "all": outcomes(results),
        "cached while down": cached_during,
        "uncached while down": uncached_during,
        "seconds until normal": normal_again,
    }


def drill_kill_worker(base, master_pid):
    load = Load(base, [*PAGES, UNCACHED], threads=16)
    time.sleep(3)
    os.kill(worker_pids(master_pid)[0], signal.SIGKILL)
    time.sleep(5)
    return outcomes(load.stop())


def drill_reload(base, master_pid):
    load = Load(base, PAGES, threads=16)
    time.sleep(3)
    os.kill(master_pid, signal.SIGHUP)
    time.sleep(6)
    return outcomes(load.stop())


def time_with_slow_clients(base, port, count):
    """Seconds a normal request takes while `count` clients send headers forever."""
    slow = []
    try:
        for _ in range(count):
            connection = socket.create_connection(("127.0.0.1", port))
            connection.sendall(b"GET /uz/ HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            slow.append(connection)
        time.sleep(0.5)
        started = time.monotonic()
        try:
            urllib.request.urlopen(base + "/ru/partners/?slow=1", timeout=10).read()
        except OSError:
            return float("inf")
        return time.monotonic() - started
    finally:
        for connection in slow:
            connection.close()


def buffering_proxy(workdir, upstream_port):
    """nginx buffering requests in front of gunicorn, as in deploy/nginx.conf."""
    port = free_port()
    process = nginx(
        f"""
  server {{
    listen 127.0.0.1:{port};
    location / {{
      proxy_pass http://127.0.0.1:{upstream_port};
      proxy_set_header Host 127.0.0.1;
      proxy_request_buffering on;
      proxy_buffering on;
    }}
  }}""",
        workdir,
        "drill-proxy",
    )
    wait_until_up(f"http://127.0.0.1:{port}/healthz")
    return process, port


REDIS_OUTAGE_SECONDS = 20


def start_redis(port):
    return subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
         "--appendonly", "no"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def drill_redis_outage():
    """A site on SQLite with its own Redis as the shared cache; Redis is
    stopped for REDIS_OUTAGE_SECONDS under load, then started again (empty,
    as it keeps nothing on disk)."""
    workdir = Path(tempfile.mkdtemp(prefix="iro-redis-drill-"))
    redis_port = free_port()
    redis = start_redis(redis_port)
    env = {
        **site_environment(workdir, cache_seconds=600),
        "DATABASE_URL": f"sqlite:///{workdir / 'site.sqlite3'}",
        "CACHE_URL": f"redis://127.0.0.1:{redis_port}/1",
    }
    prepare_site(env)
    server = Gunicorn("iro_site.wsgi", env, free_port())
    base = f"http://127.0.0.1:{server.port}"
    try:
        wait_until_up(base + "/healthz")
        for path in PAGES:
            wait_until_up(base + path)
        load = Load(base, [*PAGES, UNCACHED])
        time.sleep(3)
        redis.terminate()
        redis.wait(timeout=10)
        down_at = time.monotonic()
        ready_while_down = Counter()
        while time.monotonic() < down_at + REDIS_OUTAGE_SECONDS:
            try:
                urllib.request.urlopen(base + "/readyz", timeout=5).close()
                ready_while_down[200] += 1
            except urllib.error.HTTPError as error:
                ready_while_down[f"{error.code} {error.read().decode()}"] += 1
            time.sleep(1)
        up_at = time.monotonic()
        redis = start_redis(redis_port)
        time.sleep(5)
        results = load.stop()
        during = [r for r in results if down_at < r[0] < up_at]
        return {
            "all": outcomes(results),
            "while down": outcomes(during),
            "readyz while down": ready_while_down,
            "5xx": sum(1 for _m, _p, o in results if isinstance(o, int) and o >= 500),
        }
    finally:
        server.stop()
        redis.terminate()
        redis.wait(timeout=10)


def redis_row(outage):
    return (
        f"7. Redis stopped {REDIS_OUTAGE_SECONDS}s under load",
        f"while down: {dict(outage['while down'])}; /readyz while down: "
        f"{dict(outage['readyz while down'])}; 5xx: {outage['5xx']}",
    )


def count_saved(env, slugs):
    code = (
        "from programs.models import Program; import sys; "
        f"print(Program.objects.filter(slug__in={slugs!r}).count())"
    )
    output = subprocess.run([PYTHON, "manage.py", "shell", "-c", code], cwd=ROOT, env=env,
                            capture_output=True, text=True, check=True).stdout  # fmt: skip
    return int(output.strip().splitlines()[-1])


def main():
    if sys.argv[1:] == ["redis"]:
        ensure_tools()
        row = redis_row(drill_redis_outage())
        print(f"\n| drill | result |\n| --- | --- |\n| {row[0]} | {row[1]} |")
        return
    if os.environ.get("DRILLS_MAY_RESTART_POSTGRESQL") != "yes":
        sys.exit(
            "The drills restart this machine's PostgreSQL cluster (15/main), cutting off "
            "everything else that uses it. Run them only where that is fine:\n"
            "  DRILLS_MAY_RESTART_POSTGRESQL=yes make drills"
        )
    ensure_tools()
    workdir = Path(tempfile.mkdtemp(prefix="iro-drills-"))
    database = f"iro_drills_{os.getpid()}"
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", database], check=True)
    env = {
        **site_environment(workdir, cache_seconds=600),
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{database}",
        "CONN_MAX_AGE": "60",
    }
    for command in (
        ["prepare_database"],
        ["collectstatic", "--noinput", "-v0"],
        [
            "shell",
            "-c",
            "from django.contrib.auth.models import User; "
            f"User.objects.create_superuser('drill', 'd@example.uz', '{ADMIN_PASSWORD}')",
        ],
    ):
        subprocess.run([PYTHON, "manage.py", *command], cwd=ROOT, env=env, check=True,
                       capture_output=True)  # fmt: skip
    server = Gunicorn("iro_site.wsgi", env, free_port())
    base = f"http://127.0.0.1:{server.port}"
    wait_until_up(base + "/healthz")
    for path in PAGES:
        wait_until_up(base + path)
    rows = []
    try:
        lua = workdir / "pages.lua"
        lua.write_text(
            "local paths = {" + ", ".join(f'"{p}"' for p in PAGES) + "}\n"
            "local n = 0\nrequest = function()\n  n = n + 1\n"
            "  return wrk.format('GET', paths[(n % #paths) + 1])\nend\n"
        )
        load = wrk(base, seconds=LOAD_SECONDS, connections=64, script=lua)
        rows.append(("1. load held", f"{LOAD_SECONDS}s, 64 connections: {load['rps']:.0f} req/s, "
                     f"p99 {load['p99']}, non-2xx or errors {load['errors']}"))  # fmt: skip

        staff = Staff(base)
        outage = drill_database_outage(base)
        rows.append(("2. PostgreSQL restarted", (
            f"cached pages while down: {dict(outage['cached while down'])}; "
            f"uncached while down: {dict(outage['uncached while down'])}; "
            f"normal again {outage['seconds until normal']:.2f}s after PostgreSQL's return; "
            f"500s: {outage['all'].get(500, 0)}")))  # fmt: skip
        killed = drill_kill_worker(base, server.process.pid)
        failed = sum(n for outcome, n in killed.items() if outcome != 200)
        rows.append(("3. worker SIGKILLed", f"{sum(killed.values())} requests, {failed} failed "
                     f"({dict(killed)})"))  # fmt: skip
        reloaded = drill_reload(base, server.process.pid)
        failed = sum(n for outcome, n in reloaded.items() if outcome != 200)
        rows.append(("4. graceful reload (HUP)", f"{sum(reloaded.values())} requests, "
                     f"{failed} failed"))  # fmt: skip
        staff.stop()
        saved = count_saved(env, staff.acknowledged)
        rows.append(("5. staff saves through 2-4", f"{len(staff.acknowledged)} acknowledged, "
                     f"{saved} in the database, {staff.failed} refused or failed"))  # fmt: skip
        # As many slow clients as workers: what ties up sync workers.
        workers = gunicorn_workers(env)
        direct = time_with_slow_clients(base, server.port, workers)
        rows.append((f"6a. {workers} slow clients straight at gunicorn (threaded workers)",
                     f"a normal request answered in {direct:.3f}s"))  # fmt: skip
        proxy, proxy_port = buffering_proxy(workdir, server.port)
        proxied = time_with_slow_clients(f"http://127.0.0.1:{proxy_port}", proxy_port, 64)
        proxy.terminate()
        rows.append(("6b. 64 slow clients at the buffering nginx in front",
                     f"a normal request answered in {proxied:.3f}s"))  # fmt: skip
        rows.append(redis_row(drill_redis_outage()))
    finally:
        server.stop()
        subprocess.run([*CLUSTER, "start"], check=False, capture_output=True)
        subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", database],
                       check=False)  # fmt: skip
        print()
        print("| drill | result |")
        print("| --- | --- |")
        for drill, result in rows:
            print(f"| {drill} | {result} |")


if __name__ == "__main__":
    main()
