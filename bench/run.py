"""make bench: the site's speed against the framework floor and nginx.

Starts everything on 127.0.0.1 only, loads each with wrk for a bounded time,
and prints a table: the site with its page cache warm and with it off, per
page and language; a one-view Django app serving the same HTML from memory
(the framework floor, same gunicorn settings); nginx serving that HTML as a
static file (the physical limit); and nginx as a caching proxy in front of
the site (deploy/nginx.conf's path). Also the peak memory of a site worker.

Each figure is the best of BENCH_REPEATS runs, as timeit takes the best of
its repeats: on a shared machine other work only ever slows a run down, and
the site and both references are measured the same way. The machine's speed
also drifts, by a fifth within a minute, so each page's runs alternate with
runs of the floor, and each page's ratio is taken against its own floor.

Then the search: p95 of searches over 10,000 records on PostgreSQL
(bench/search_bench.py, which also runs alone).

Environment: BENCH_SECONDS (per run, default 2), BENCH_REPEATS (2),
BENCH_CONNECTIONS (16); BENCH_SEARCH_COUNT, BENCH_SEARCH_ROUNDS and
BENCH_SEARCH_RECORDS for the search. BENCH_ONLY=uncached measures only the
pages rendered without the page cache (against the floor), in a third of
the time, for work on render speed; BENCH_LANGUAGES (uz,ru,en) narrows the
languages.
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
SECONDS = int(os.environ.get("BENCH_SECONDS", "2"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "16"))
REPEATS = int(os.environ.get("BENCH_REPEATS", "2"))
LANGUAGES = os.environ.get("BENCH_LANGUAGES", "uz,ru,en").split(",")
ONLY_UNCACHED = os.environ.get("BENCH_ONLY", "") == "uncached"
PAGES = [
    "/{lang}/",
    "/{lang}/partners/",
    "/{lang}/partners/?country=KZ",
    "/{lang}/partners/induk-university/",
    "/{lang}/programs/",
    "/{lang}/programs/erasmus-plus/uzdoc-2/",
    "/{lang}/activities/",
    "/{lang}/activities/example-master-class/",
    "/{lang}/opportunities/",
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
    return best([wrk(url) for _ in range(REPEATS)])


def best(runs):
    return max(runs, key=lambda result: result["rps"])


def best_alternating(url, floor_url):
    """The best run of `url` and of the floor, from REPEATS runs of each taken
    turn about, so both see the machine at the same speed."""
    runs = [(wrk(floor_url), wrk(url)) for _ in range(REPEATS)]
    return best([run for _floor, run in runs]), best([floor for floor, _run in runs])


def wrk(url, seconds=SECONDS, connections=CONNECTIONS, script=None, header=None):
    """Requests/s, p50, p99 and failed requests (errors and non-2xx) from wrk."""
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url]
    if header:
        command += ["-H", header]
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


def shipped_cache_directives():
    """The page-caching lines of deploy/nginx.conf's `location /`, so a local
    nginx caches as the shipped one does (upstream, paths and zone are ours)."""
    location = (ROOT / "deploy" / "nginx.conf").read_text().split("location / {", 1)[1]
    lines = [line.split("#", 1)[0].strip() for line in location.split("}", 1)[0].splitlines()]
    return "\n      ".join(
        line
        for line in lines
        # The shipped key names a variable of the shipped http block.
        if line.startswith(("proxy_cache", "proxy_no_cache"))
        and not line.startswith("proxy_cache_key")
    )


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
    # The demo content gives the activity and opportunity pages something to show.
    for command in (
        ["migrate", "-v0"],
        ["load_seed"],
        ["load_demo_content", "--allow-production"],
        ["collectstatic", "--noinput", "-v0"],
    ):
        subprocess.run([PYTHON, "manage.py", *command], cwd=ROOT, env=env, check=True,
                       capture_output=True)  # fmt: skip


def measure_site(server, label, floor_url):
    """Each page in each language, each with the floor measured alongside."""
    base = f"http://127.0.0.1:{server.port}"
    wait_until_up(base + "/robots.txt")
    results = {}
    for lang in LANGUAGES:
        for page in PAGES:
            path = page.format(lang=lang)
            warm_up(base + path)
            result, floor = best_alternating(base + path, floor_url)
            results[path] = {**result, "floor": floor}
            print(f"  {label:9} {path:45} {result['rps']:9.0f} req/s   "
                  f"floor {floor['rps']:6.0f} req/s", flush=True)  # fmt: skip
    return results


# Ways a visitor might try to get past the page cache; each should be served
# about as fast as the plain cached page (measured turn about with it).
BYPASS_ATTEMPTS = {
    "made-up session cookie": ("/uz/partners/", "Cookie: sessionid=made-up-by-a-visitor"),
    "unknown query parameters": ("/uz/partners/?utm_source=bench&fbclid=x", None),
}


def measure_bypass_attempts(server):
    base = f"http://127.0.0.1:{server.port}"
    plain_url = base + "/uz/partners/"
    results = {}
    for name, (path, header) in BYPASS_ATTEMPTS.items():
        wrk(base + path, seconds=1, header=header)
        runs = [(wrk(plain_url), wrk(base + path, header=header)) for _ in range(REPEATS)]
        attempt = best([run for _plain, run in runs])
        plain = best([plain for plain, _run in runs])
        results[name] = {**attempt, "plain": plain}
        print(f"  bypass    {name:45} {attempt['rps']:9.0f} req/s   "
              f"plain {plain['rps']:6.0f} req/s", flush=True)  # fmt: skip
    return results


def main():
    ensure_tools()
    workdir = Path(tempfile.mkdtemp(prefix="iro-bench-"))
    print(f"bench: best of {REPEATS} runs of {SECONDS}s, {CONNECTIONS} connections, in {workdir}")
    cached_env = site_environment(workdir, cache_seconds=600)
    prepare_site(cached_env)

    cached_server = Gunicorn("iro_site.wsgi", cached_env, free_port())
    home_html = workdir / "home.html"
    home_html.write_bytes(wait_until_up(f"http://127.0.0.1:{cached_server.port}/uz/"))
    floor_env = {**cached_env, "BENCH_PAGE": str(home_html), "PYTHONPATH": str(ROOT / "bench")}
    floor_server = Gunicorn("floor_app", floor_env, free_port())
    floor_url = f"http://127.0.0.1:{floor_server.port}/"
    warm_up(floor_url)

    if ONLY_UNCACHED:
        cached_server.stop()
        uncached_server = Gunicorn(
            "iro_site.wsgi", site_environment(workdir, cache_seconds=0), free_port()
        )
        uncached = measure_site(uncached_server, "uncached", floor_url)
        uncached_memory = uncached_server.worker_peak_memory_mb()
        uncached_server.stop()
        floor_server.stop()
        report_uncached(uncached, uncached_memory)
        shutil.rmtree(workdir, ignore_errors=True)
        return

    cached = measure_site(cached_server, "cached", floor_url)
    bypass = measure_bypass_attempts(cached_server)
    cached_memory = cached_server.worker_peak_memory_mb()

    proxy_port = free_port()
    proxy = nginx(
        f"""
  proxy_cache_path {workdir}/proxy-cache keys_zone=pages:10m;
  server {{
    listen 127.0.0.1:{proxy_port};
    location / {{
      proxy_pass http://127.0.0.1:{cached_server.port};
      proxy_set_header Host 127.0.0.1;
      {shipped_cache_directives()}
    }}
  }}""",
        workdir,
        "proxy",
    )
    warm_up(f"http://127.0.0.1:{proxy_port}/uz/")
    proxied = best_of_runs(f"http://127.0.0.1:{proxy_port}/uz/")
    proxy.terminate()
    cached_server.stop()

    uncached_server = Gunicorn(
        "iro_site.wsgi", site_environment(workdir, cache_seconds=0), free_port()
    )
    uncached = measure_site(uncached_server, "uncached", floor_url)
    uncached_memory = uncached_server.worker_peak_memory_mb()
    uncached_server.stop()
    floor_server.stop()

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

    # The search, over 10,000 records on PostgreSQL. Imported here: tests
    # load this module from elsewhere, without bench/ on the path.
    import search_bench

    search = search_bench.measure(site_environment, Gunicorn, free_port, workdir)

    report(cached, uncached, nginx_static, proxied, max(cached_memory, uncached_memory))
    report_bypass(bypass)
    search_bench.report(search)
    shutil.rmtree(workdir, ignore_errors=True)


def report(cached, uncached, nginx_static, proxied, worker_memory):
    print()
    print("| page | cached req/s | p50 | p99 | errors | uncached req/s | p50 | p99 | errors "
          "| floor req/s (cached; uncached) |")  # fmt: skip
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for path in cached:
        warm, cold = cached[path], uncached[path]
        print(
            f"| `{path}` | {warm['rps']:.0f} | {warm['p50']} | {warm['p99']} | {warm['errors']} "
            f"| {cold['rps']:.0f} | {cold['p50']} | {cold['p99']} | {cold['errors']} "
            f"| {warm['floor']['rps']:.0f}; {cold['floor']['rps']:.0f} |"
        )
    floors = [result["floor"] for result in [*cached.values(), *uncached.values()]]
    floor = sorted(floors, key=lambda result: result["rps"])[len(floors) // 2]
    print()
    print("| reference | req/s | p50 | p99 |")
    print("| --- | ---: | ---: | ---: |")
    print(f"| framework floor (one Django view, same gunicorn; the median of its runs) "
          f"| {floor['rps']:.0f} | {floor['p50']} | {floor['p99']} |")  # fmt: skip
    print(f"| nginx, the same HTML as a static file | {nginx_static['rps']:.0f} "
          f"| {nginx_static['p50']} | {nginx_static['p99']} |")  # fmt: skip
    print(f"| nginx caching proxy in front of the site (`/uz/`) | {proxied['rps']:.0f} "
          f"| {proxied['p50']} | {proxied['p99']} |")  # fmt: skip
    print()
    print("| ratio (each page / the floor measured alongside it) | measured | target |")
    print("| --- | ---: | ---: |")
    for label, results, target in (("cached", cached, 0.8), ("uncached", uncached, 0.1)):
        ratios = [result["rps"] / result["floor"]["rps"] for result in results.values()]
        print(f"| {label} pages / floor (median; worst page) | "
              f"{statistics.median(ratios):.3f}; {min(ratios):.3f} | >= {target} |")  # fmt: skip
    print(f"| proxy / nginx static | {proxied['rps'] / nginx_static['rps']:.2f} | >= 0.5 |")
    print(f"| peak memory of a site worker | {worker_memory:.0f} MB | |")


def report_uncached(uncached, worker_memory):
    print()
    print("| page | uncached req/s | p50 | p99 | errors | floor req/s |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for path, cold in uncached.items():
        print(f"| `{path}` | {cold['rps']:.0f} | {cold['p50']} | {cold['p99']} "
              f"| {cold['errors']} | {cold['floor']['rps']:.0f} |")  # fmt: skip
    ratios = [result["rps"] / result["floor"]["rps"] for result in uncached.values()]
    print()
    print(f"| uncached pages / floor (median; worst page) | "
          f"{statistics.median(ratios):.3f}; {min(ratios):.3f} | >= 0.1 |")  # fmt: skip
    print(f"| peak memory of a site worker | {worker_memory:.0f} MB | |")


def report_bypass(bypass):
    print()
    print("| attempt to get past the page cache (`/uz/partners/`) | req/s | plain cached page "
          "req/s | ratio | target |")  # fmt: skip
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, result in bypass.items():
        plain = result["plain"]["rps"]
        print(f"| {name} | {result['rps']:.0f} | {plain:.0f} | "
              f"{result['rps'] / plain:.2f} | >= 0.8 |")  # fmt: skip


if __name__ == "__main__":
    main()
