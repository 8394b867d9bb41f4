"""make bench, the search: 10,000 searchable records on PostgreSQL, p95 of searches.

Run alone with `.venv/bin/python bench/search_bench.py` (about a minute), or
as part of `make bench` (bench/run.py calls `measure`). It needs
PostgreSQL: DATABASE_URL when it names one, else a throw-away database on
the local cluster (postgres@127.0.0.1:5432), dropped afterwards; without
either it says so and measures nothing.

The records come from one function in RECORD_BUILDERS (BENCH_SEARCH_RECORDS
picks it: "activities", the issue's measure, or "projects"). To measure
over another kind, add a function that bulk-creates `count` objects of it
with text in every language, built from `words(language, count, rng)`.

Each search is one request to gunicorn with the page cache off (so every
one is answered by the search itself), sent one at a time so the figure is
the time a visitor waits, not a queue: every query of SEARCHES, in each
language, SEARCH_ROUNDS times.
"""

import os
import random
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
RECORDS = int(os.environ.get("BENCH_SEARCH_COUNT", "10000"))
ROUNDS = int(os.environ.get("BENCH_SEARCH_ROUNDS", "5"))
TARGET_P95_MS = 50
LOCAL_POSTGRESQL = "postgres://postgres@127.0.0.1:5432/"

# Words the records are written in, per language; some common, most rare.
VOCABULARY = {
    "uz": [
        "madaniyat",
        "sanʼat",
        "musiqa",
        "teatr",
        "raqs",
        "kino",
        "rassomlik",
        "haykaltaroshlik",
        "meros",
        "xalqaro",
        "hamkorlik",
        "almashinuv",
        "talabalar",
        "oʻqituvchilar",
        "tanlov",
        "festival",
        "konferensiya",
        "mahorat",
        "darsi",
        "delegatsiya",
        "universitet",
        "akademiya",
        "kutubxona",
        "muzey",
        "qoʻshiq",
        "doston",
        "maqom",
        "opera",
        "balet",
        "sahna",
        "rejissyor",
        "aktyor",
        "dirijyor",
        "orkestr",
        "xor",
        "tarix",
        "tadqiqot",
        "grant",
        "stipendiya",
        "dastur",
        "loyiha",
        "shartnoma",
        "seminar",
        "koʻrgazma",
        "kitob",
        "qoʻlyozma",
        "hunarmandchilik",
        "kulolchilik",
        "zardoʻzlik",
    ],
    "ru": [
        "культура",
        "искусство",
        "музыка",
        "театр",
        "танец",
        "кино",
        "живопись",
        "скульптура",
        "наследие",
        "международное",
        "сотрудничество",
        "обмен",
        "студенты",
        "преподаватели",
        "конкурс",
        "фестиваль",
        "конференция",
        "мастер-класс",
        "делегация",
        "университет",
        "академия",
        "библиотека",
        "музей",
        "песня",
        "эпос",
        "макомы",
        "опера",
        "балет",
        "сцена",
        "режиссёр",
        "актёр",
        "дирижёр",
        "оркестр",
        "хор",
        "история",
        "исследование",
        "грант",
        "стипендия",
        "программа",
        "проект",
        "соглашение",
        "семинар",
        "выставка",
        "книга",
        "рукопись",
        "ремесло",
        "керамика",
        "вышивка",
    ],
    "en": [
        "culture",
        "art",
        "music",
        "theatre",
        "dance",
        "film",
        "painting",
        "sculpture",
        "heritage",
        "international",
        "cooperation",
        "exchange",
        "students",
        "teachers",
        "competition",
        "festival",
        "conference",
        "masterclass",
        "delegation",
        "university",
        "academy",
        "library",
        "museum",
        "song",
        "epic",
        "maqom",
        "opera",
        "ballet",
        "stage",
        "director",
        "actor",
        "conductor",
        "orchestra",
        "choir",
        "history",
        "research",
        "grant",
        "scholarship",
        "programme",
        "project",
        "agreement",
        "seminar",
        "exhibition",
        "book",
        "manuscript",
        "craft",
        "ceramics",
        "embroidery",
    ],
}
# A common word, a rare one, two words, a phrase, a stem (Russian and
# English find other forms), a prefix of nothing, junk: per language.
SEARCHES = {
    "uz": ["musiqa", "zardoʻzlik", "opera balet", '"xalqaro hamkorlik"', "qoʻshiq", "yoʻq", "&|!"],
    "ru": ["музыка", "вышивка", "опера балет", '"международное сотрудничество"', "песни",
           "нечто", "&|!"],
    "en": ["music", "embroidery", "opera ballet", '"international cooperation"', "songs",
           "nothing", "&|!"],
}  # fmt: skip


def words(language, count, rng):
    """`count` words of `language`, the first few of the vocabulary most often."""
    vocabulary = VOCABULARY[language]
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    return " ".join(rng.choices(vocabulary, weights=weights, k=count))


def texts(rng, **lengths):
    """{field_language: text} for each field of `lengths` {field: words}."""
    return {
        f"{field}_{language}": words(language, length, rng).capitalize()
        for field, length in lengths.items()
        for language in VOCABULARY
    }


def build_projects(count):
    from programs.models import Program, Project

    rng = random.Random(12)  # noqa: S311 (made-up text, the same every run)
    programs = Program.objects.bulk_create(
        Program(slug=f"bench-{n}", position=1000 + n, **texts(rng, name=3, summary=20))
        for n in range(max(1, count // 100))
    )
    Project.objects.bulk_create(
        (
            Project(
                program=programs[n % len(programs)],
                slug=f"bench-{n}",
                position=n,
                **texts(rng, title=8, summary=25, description=120),
            )
            for n in range(count)
        ),
        batch_size=1000,
    )


def build_activities(count):
    import datetime

    from django.utils import timezone

    from activities.models import Activity

    rng = random.Random(13)  # noqa: S311 (made-up text, the same every run)
    published = timezone.now() - datetime.timedelta(days=1)
    Activity.objects.bulk_create(
        (
            Activity(
                kind="other",
                slug=f"bench-{n}",
                starts_on=datetime.date(2000 + n % 26, n % 12 + 1, n % 28 + 1),
                published_at=published,
                **texts(rng, title=8, summary=25, place=2, body=120),
            )
            for n in range(count)
        ),
        batch_size=1000,
    )


# The measure is 10,000 activities; projects are the other large kind.
RECORD_BUILDERS = {"activities": build_activities, "projects": build_projects}


def populate(count, kind):
    """Called inside the site's Django (manage.py shell) to add the records."""
    RECORD_BUILDERS[kind](count)
    from django.db import connection

    with connection.cursor() as cursor:
        # Flushes the GIN indexes' pending lists, as autovacuum would in time.
        cursor.execute("VACUUM ANALYZE")


def _run_manage(env, *arguments):
    subprocess.run(
        [PYTHON, "manage.py", *arguments], cwd=ROOT, env=env, check=True, capture_output=True
    )


def postgresql_url():
    """(DATABASE_URL to use, name of a database to drop afterwards or None)."""
    given = os.environ.get("DATABASE_URL", "")
    if given.startswith(("postgres://", "postgresql://")):
        return given, None
    name = f"iro_bench_search_{uuid.uuid4().hex[:8]}"
    created = subprocess.run(
        ["createdb", "-h", "127.0.0.1", "-U", "postgres", name], capture_output=True, check=False
    )
    if created.returncode != 0:
        return None, None
    return LOCAL_POSTGRESQL + name, name


def drop_database(name):
    subprocess.run(
        ["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", name],
        capture_output=True,
        check=False,
    )


def timed_searches(base_url):
    """{(language, query): [milliseconds]}, one request at a time."""
    timings = {}
    for _round in range(ROUNDS):
        for language, queries in SEARCHES.items():
            for query in queries:
                url = f"{base_url}/{language}/search/?{urllib.parse.urlencode({'q': query})}"
                started = time.perf_counter()
                with urllib.request.urlopen(url, timeout=30) as response:
                    response.read()
                elapsed = (time.perf_counter() - started) * 1000
                timings.setdefault((language, query), []).append(elapsed)
    return timings


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure(site_environment, gunicorn_class, free_port, workdir):
    """The search figures, or None without PostgreSQL. `site_environment`,
    `gunicorn_class` and `free_port` are bench/run.py's."""
    url, dropped_afterwards = postgresql_url()
    if url is None:
        print("search bench: no PostgreSQL (DATABASE_URL, or createdb on 127.0.0.1): skipped")
        return None
    kind = os.environ.get("BENCH_SEARCH_RECORDS", "activities")
    try:
        env = {**site_environment(workdir, cache_seconds=0), "DATABASE_URL": url}
        _run_manage(env, "migrate", "-v0")
        _run_manage(env, "load_seed")
        _run_manage(env, "collectstatic", "--noinput", "-v0")
        started = time.monotonic()
        env_with_bench = {**env, "PYTHONPATH": str(ROOT / "bench")}
        _run_manage(
            env_with_bench,
            "shell",
            "-c",
            f"from search_bench import populate; populate({RECORDS}, {kind!r})",
        )
        print(f"search bench: {RECORDS} {kind} added in {time.monotonic() - started:.0f}s")
        server = gunicorn_class("iro_site.wsgi", env, free_port())
        base = f"http://127.0.0.1:{server.port}"
        try:
            _wait(base + "/robots.txt")
            timed_searches(base)  # warm up: templates, connections
            timings = timed_searches(base)
        finally:
            server.stop()
    finally:
        if dropped_afterwards:
            drop_database(dropped_afterwards)
    every = [value for values in timings.values() for value in values]
    return {
        "kind": kind,
        "records": RECORDS,
        "requests": len(every),
        "p50": statistics.median(every),
        "p95": percentile(every, 0.95),
        "max": max(every),
        "slowest": max(timings, key=lambda key: statistics.median(timings[key])),
        "per_query": timings,
    }


def _wait(url, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    sys.exit(f"nothing answered at {url}")


def report(result):
    if result is None:
        return
    print()
    print(f"| search over {result['records']} {result['kind']} on PostgreSQL, page cache off "
          f"({result['requests']} requests, one at a time) | measured | target |")  # fmt: skip
    print("| --- | ---: | ---: |")
    print(f"| p50 | {result['p50']:.1f} ms | |")
    print(f"| p95 | {result['p95']:.1f} ms | < {TARGET_P95_MS} ms |")
    print(f"| slowest request | {result['max']:.1f} ms | |")
    language, query = result["slowest"]
    median = statistics.median(result["per_query"][result["slowest"]])
    print(f"| slowest query (median) | `{language}` “{query}”: {median:.1f} ms | |")


def main():
    import tempfile

    import run  # bench/ is on the path: this file's folder

    workdir = Path(tempfile.mkdtemp(prefix="iro-bench-search-"))
    result = measure(run.site_environment, run.Gunicorn, run.free_port, workdir)
    report(result)
    if result is not None:
        for (language, query), values in sorted(result["per_query"].items()):
            print(f"  {language} {query!r:40} median {statistics.median(values):6.1f} ms")


if __name__ == "__main__":
    main()
