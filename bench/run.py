"""make bench: the site's speed against the framework floor and nginx.

Starts everything on 127.0.0.1 only, loads each with wrk for a bounded time,
and prints a table: the site with its page cache warm and with it off, per
page and language; a one-view Django app serving the same HTML from memory
(the framework floor, same gunicorn settings); nginx serving that HTML as a
static file (the physical limit); and nginx as a caching proxy in front of
the site (deploy/nginx.conf's path). Also the peak memory of a site worker.

Each figure is the best of BENCH_REPEATS runs, as timeit takes the best of
its repeats: on a shared machine other work only ever slows a run down, and
the site and both references are measured the same way.

Environment: BENCH_SECONDS (per run, default 3), BENCH_REPEATS (2),
BENCH_CONNECTIONS (16).
"""

import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SECONDS = int(os.environ.get("BENCH_SECONDS", "3"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "16"))
REPEATS = int(os.environ.get("BENCH_REPEATS", "2"))
LANGUAGES = ["uz", "ru", "en"]
PAGES = [
    "/{lang}/",
    "/{lang}/partners/",
    "/{lang}/partners/?country=KZ",
    "/{lang}/partners/induk-university/",
    "/{lang}/programmes/",
    "/{lang}/programmes/erasmus-plus/uzdoc-2/",
]


def ensure_tools():
    missing = [tool for tool in ("wrk", "nginx") if not shutil.which(tool)]
    if not missing:
        return
    packages = ["wrk" if tool == "wrk" else "nginx-light" for tool in missing]
    print(f"installing {' '.join(packages)} from Debian's packages")
    if os.geteuid() != 0:
        sys.exit(f"bench needs {', '.join(missing)}: apt-get install {' '.join(packages)}")
    subprocess.run(["apt-get", "update", "-qq"], check=True)
    subprocess.run(
        ["apt-get", "install", "-y", "-qq", *packages],
        check=True,
        env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
    )


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(url, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.read()
        except OSError:
            time.sleep(0.2)
    sys.exit(f"nothing answered at {url}")


def warm_up(url):
    """A short burst first, so every worker has compiled its templates and
    filled its page cache before the measured run."""
    wait_until_up(url)
    wrk(url, seconds=1)


def best_of_runs(url):
    """The run with the most requests/s of REPEATS."""
    return max((wrk(url) for _ in range(REPEATS)), key=lambda result: result["rps"])


def wrk(url, seconds=SECONDS, connections=CONNECTIONS, script=None):
    """Requests/s, p50, p99 and failed requests (errors and non-2xx) from wrk."""
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url]
    if script:
        command += ["-s", str(script)]
    output = subprocess.run(
        command, capture_output=True, text=True, check=True, timeout=seconds + 60
    ).stdout
    latency = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", output, re.MULTILINE))
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": latency.get("50", "?"),
        "p99": latency.get("99", "?"),
        "errors": errors + (int(non_2xx.group(1)) if non_2xx else 0),
    }


class Gunicorn:
    def __init__(self, module, env, port):
        self.port = port
        self.process = subprocess.Popen(
            [PYTHON, "-m", "gunicorn", module, "--config", "deploy/gunicorn.conf.py",
             "--bind", f"127.0.0.1:{port}", "--access-logfile", "/dev/null"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip

    def worker_peak_memory_mb(self):
        peaks = []
        for status in Path("/proc").glob("[0-9]*/status"):
            try:
                text = status.read_text()
            except OSError:
                continue
            if re.search(rf"^PPid:\s+{self.process.pid}$", text, re.MULTILINE):
                peak = re.search(r"^VmHWM:\s+(\d+) kB", text, re.MULTILINE)
                if peak:
                    peaks.append(int(peak.group(1)) / 1024)
        return max(peaks, default=0.0)

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)


def nginx(body, workdir, name):
    # Started as root, nginx would hand its work to "nobody", who cannot
    # read our private temporary folder.
    user = "user root;" if os.geteuid() == 0 else ""
    config = workdir / f"{name}.conf"
    config.write_text(NGINX_BASE.format(user=user, workdir=workdir, name=name, body=body))
    process = subprocess.Popen(
        ["nginx", "-c", str(config), "-p", str(workdir), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return process


NGINX_BASE = """
{user}
worker_processes 2;
pid {workdir}/{name}.pid;
error_log {workdir}/{name}-error.log;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  client_body_temp_path {workdir}/tmp-{name};
  proxy_temp_path {workdir}/tmp-{name};
  fastcgi_temp_path {workdir}/tmp-{name};
  uwsgi_temp_path {workdir}/tmp-{name};
  scgi_temp_path {workdir}/tmp-{name};
  {body}
}}
"""


def site_environment(workdir, cache_seconds):
    return {
        **{key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")},
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(40),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": os.environ.get("DATABASE_URL", f"sqlite:///{workdir / 'site.sqlite3'}"),
        "CACHE_URL": os.environ.get("CACHE_URL", f"filecache://{workdir / 'cache'}"),
        "STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
        "PAGE_CACHE_SECONDS": str(cache_seconds),
        "LOG_LEVEL": "WARNING",
    }


def prepare_site(env):
    for command in (["migrate", "-v0"], ["load_seed"], ["collectstatic", "--noinput", "-v0"]):
        subprocess.run([PYTHON, "manage.py", *command], cwd=ROOT, env=env, check=True,
                       capture_output=True)  # fmt: skip


def measure_site(env, label):
    server = Gunicorn("iro_site.wsgi", env, free_port())
    base = f"http://127.0.0.1:{server.port}"
    wait_until_up(base + "/robots.txt")
    results = {}
    for lang in LANGUAGES:
        for page in PAGES:
            path = page.format(lang=lang)
            warm_up(base + path)
            results[path] = best_of_runs(base + path)
            print(f"  {label:9} {path:45} {results[path]['rps']:9.0f} req/s", flush=True)
    memory = server.worker_peak_memory_mb()
    return server, results, memory


def measure_floor(env):
    server = Gunicorn("floor_app", env, free_port())
    url = f"http://127.0.0.1:{server.port}/"
    warm_up(url)
    result = best_of_runs(url)
    server.stop()
    print(f"  floor     {'/':45} {result['rps']:9.0f} req/s", flush=True)
    return result


def main():
    ensure_tools()
    workdir = Path(tempfile.mkdtemp(prefix="iro-bench-"))
    print(f"bench: best of {REPEATS} runs of {SECONDS}s, {CONNECTIONS} connections, in {workdir}")
    cached_env = site_environment(workdir, cache_seconds=600)
    prepare_site(cached_env)

    cached_server, cached, cached_memory = measure_site(cached_env, "cached")
    home_html = workdir / "home.html"
    home_html.write_bytes(wait_until_up(f"http://127.0.0.1:{cached_server.port}/uz/"))

    # The floor is measured between the cached and the uncached runs and
    # again at the end; the better of the two is the reference.
    floor_env = {**cached_env, "BENCH_PAGE": str(home_html), "PYTHONPATH": str(ROOT / "bench")}
    floors = [measure_floor(floor_env)]

    proxy_port = free_port()
    proxy = nginx(
        f"""
  proxy_cache_path {workdir}/proxy-cache keys_zone=pages:10m;
  server {{
    listen 127.0.0.1:{proxy_port};
    location / {{
      proxy_pass http://127.0.0.1:{cached_server.port};
      proxy_set_header Host 127.0.0.1;
      proxy_cache pages;
      proxy_cache_lock on;
      proxy_cache_use_stale updating;
      proxy_cache_background_update on;
    }}
  }}""",
        workdir,
        "proxy",
    )
    warm_up(f"http://127.0.0.1:{proxy_port}/uz/")
    proxied = best_of_runs(f"http://127.0.0.1:{proxy_port}/uz/")
    proxy.terminate()
    cached_server.stop()

    uncached_server, uncached, uncached_memory = measure_site(
        site_environment(workdir, cache_seconds=0), "uncached"
    )
    uncached_server.stop()

    floors.append(measure_floor(floor_env))
    floor = max(floors, key=lambda result: result["rps"])

    static_port = free_port()
    static = nginx(
        f"""
  server {{
    listen 127.0.0.1:{static_port};
    root {workdir};
    location / {{ try_files /home.html =404; }}
  }}""",
        workdir,
        "static",
    )
    warm_up(f"http://127.0.0.1:{static_port}/")
    nginx_static = best_of_runs(f"http://127.0.0.1:{static_port}/")
    static.terminate()

    report(cached, uncached, floor, nginx_static, proxied, max(cached_memory, uncached_memory))
    shutil.rmtree(workdir, ignore_errors=True)


def report(cached, uncached, floor, nginx_static, proxied, worker_memory):
    print()
    print("| page | cached req/s | p50 | p99 | errors | uncached req/s | p50 | p99 | errors |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for path in cached:
        warm, cold = cached[path], uncached[path]
        print(
            f"| `{path}` | {warm['rps']:.0f} | {warm['p50']} | {warm['p99']} | {warm['errors']} "
            f"| {cold['rps']:.0f} | {cold['p50']} | {cold['p99']} | {cold['errors']} |"
        )
    cached_median = statistics.median(result["rps"] for result in cached.values())
    uncached_median = statistics.median(result["rps"] for result in uncached.values())
    cached_worst = min(result["rps"] for result in cached.values())
    uncached_worst = min(result["rps"] for result in uncached.values())
    print()
    print("| reference | req/s | p50 | p99 |")
    print("| --- | ---: | ---: | ---: |")
    print(f"| framework floor (one Django view, same gunicorn) | {floor['rps']:.0f} "
          f"| {floor['p50']} | {floor['p99']} |")  # fmt: skip
    print(f"| nginx, the same HTML as a static file | {nginx_static['rps']:.0f} "
          f"| {nginx_static['p50']} | {nginx_static['p99']} |")  # fmt: skip
    print(f"| nginx caching proxy in front of the site (`/uz/`) | {proxied['rps']:.0f} "
          f"| {proxied['p50']} | {proxied['p99']} |")  # fmt: skip
    print()
    print("| ratio | measured | target |")
    print("| --- | ---: | ---: |")
    print(f"| cached pages / floor (median; worst page) | {cached_median / floor['rps']:.2f}; "
          f"{cached_worst / floor['rps']:.2f} | >= 0.8 |")  # fmt: skip
    print(f"| uncached pages / floor (median; worst page) | {uncached_median / floor['rps']:.2f}; "
          f"{uncached_worst / floor['rps']:.2f} | >= 0.1 |")  # fmt: skip
    print(f"| proxy / nginx static | {proxied['rps'] / nginx_static['rps']:.2f} | >= 0.5 |")
    print(f"| peak memory of a site worker | {worker_memory:.0f} MB | |")


if __name__ == "__main__":
    main()
