"""make lighthouse: Lighthouse's four scores for every public page type,
on a phone and on a desktop, against the production-like site.

    python bench/lighthouse.py [--languages uz ru en] [--pages home partner ...]
                               [--form-factors mobile desktop] [--runs 3]

Starts the site as bench/production_site.py does (gunicorn with DEBUG off,
WhiteNoise's hashed and compressed static files, deploy/nginx.conf in front
serving the demo images, seed and demo content on a throwaway SQLite
database), installs a pinned Lighthouse from the npm registry into .tools/
(git-ignored; nothing else is downloaded) and runs it with Debian's
Chromium, one page at a time. Prints a table of the scores and, under it,
every audit that cost a point, with the elements or files it names; exits 1
when a page misses a target (performance 98, the others 100).

Why bench/: like `make bench` and `make drills`, it measures the running
site from outside, and it starts that site with their code (bench/run.py).

What plain HTTP on 127.0.0.1 changes: Lighthouse counts 127.0.0.1 as a
secure origin, so `is-on-https` and `redirects-http` pass or do not apply
without TLS; the HSTS header is sent only over HTTPS, and `has-hsts` is
informative (unscored) anyway. `is-crawlable` reads robots.txt and the
robots headers and tags, which do not depend on the host: it is scored as
in production. Three audits fail by design and do not fail the run (they are
still shown): the search results page says noindex (header and meta tag)
and robots.txt disallows it (`is-crawlable`), and the missing page answers
404 (`http-status-code`), which the browser logs (`errors-in-console`, by
design only while that is the one error).

Performance is simulated (Lighthouse's own throttling) from a trace of
the real load, so a busy machine lowers it: a page without JavaScript
showed 95 in one run and 100 in the next while other jobs ran on our two
cores. `--runs 3` takes each page's median run, as Lighthouse advises.

Reports (HTML and JSON) are kept in var/lighthouse/ for a closer look.
Lighthouse 12.8.2 is the last release that runs on Node 20, which our
machines have (13.x needs Node 22.19); its own dependencies resolve from
its package.json ranges at install time.
"""

import argparse
import json
import os
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

from production_site import ROOT, production_site, public_pages

LIGHTHOUSE_VERSION = "12.8.2"
TOOLS = ROOT / ".tools" / "lighthouse"
LIGHTHOUSE = TOOLS / "node_modules" / "lighthouse" / "cli" / "index.js"
REPORTS = ROOT / "var" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGETS = {"performance": 98, "accessibility": 100, "best-practices": 100, "seo": 100}
# (page type, audit id): why the page fails that audit on purpose.
BY_DESIGN = {
    ("search", "is-crawlable"): "results pages say noindex and robots.txt disallows them",
    ("not-found", "http-status-code"): "a missing page answers 404 on purpose",
    # Only while the one error is the page's own 404 (see by_design()).
    ("not-found", "errors-in-console"): "the browser logs the missing page's own 404",
}
FORM_FACTORS = ("mobile", "desktop")


def install_lighthouse():
    installed = TOOLS / "node_modules" / "lighthouse" / "package.json"
    if installed.exists() and json.loads(installed.read_text())["version"] == LIGHTHOUSE_VERSION:
        return
    print(f"installing lighthouse {LIGHTHOUSE_VERSION} from the npm registry into {TOOLS}")
    TOOLS.mkdir(parents=True, exist_ok=True)
    (TOOLS / "package.json").write_text('{"private": true}\n')
    # No install scripts: Lighthouse needs none, and Chromium comes from Debian.
    subprocess.run(
        ["npm", "install", "--no-audit", "--no-fund", "--ignore-scripts", "--save-exact",
         f"lighthouse@{LIGHTHOUSE_VERSION}"],
        cwd=TOOLS, check=True,
    )  # fmt: skip


def chromium_flags():
    flags = ["--headless=new", "--disable-gpu", "--disable-dev-shm-usage"]
    # Chromium's sandbox cannot start as root (containers, CI).
    if os.geteuid() == 0:
        flags.append("--no-sandbox")
    return " ".join(flags)


def lighthouse(url, form_factor, report_path, expected_status=200):
    """Runs Lighthouse once; returns its result (the report's JSON), or None
    when it could not audit the page (what it said is printed)."""
    command = [
        "node", str(LIGHTHOUSE), url,
        "--output=json", "--output=html", f"--output-path={report_path}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={chromium_flags()}",
        "--quiet",
    ]  # fmt: skip
    if form_factor == "desktop":
        command.append("--preset=desktop")
    if expected_status != 200:
        # Otherwise Lighthouse refuses to audit an error page.
        command.append("--ignore-status-code")
    finished = subprocess.run(
        command, env={**os.environ, "CHROME_PATH": CHROMIUM}, timeout=300, check=False
    )
    report = Path(f"{report_path}.report.json")
    if finished.returncode != 0 or not report.exists():
        return None
    result = json.loads(report.read_text())
    if result.get("runtimeError"):
        print(f"  {url}: {result['runtimeError'].get('message')}")
        return None
    return result


def audit_page(url, form_factor, report_path, expected_status):
    """Lighthouse's result, asked twice if the first run breaks down (now and
    then Chromium loses a page's start, NO_NAVSTART); None if both do."""
    return lighthouse(url, form_factor, report_path, expected_status) or lighthouse(
        url, form_factor, report_path, expected_status
    )


def warm_up(url, expected_status):
    """Requests first, so every gunicorn worker has compiled the page's
    templates before Lighthouse times it; and the page answers as expected.
    Each asks a new address (an unknown parameter, which pages ignore), or
    nginx would answer all but the first from its one-second cache."""
    separator = "&" if "?" in url else "?"
    for number in range(12):
        try:
            warm_up_url = f"{url}{separator}warm-up={number}"
            with urllib.request.urlopen(warm_up_url, timeout=10) as response:
                status = response.status
        except urllib.error.HTTPError as error:
            status = error.code
        if status != expected_status:
            sys.exit(f"{url} answered {status}, not {expected_status}")


def scores(result):
    return {name: round(result["categories"][name]["score"] * 100) for name in CATEGORIES}


def lost_points(result, page_name):
    """[(category, audit id, title, what it names, by design or None)] for
    every scored audit that did not pass; for performance, its metrics below 0.9."""
    found = []
    for category in CATEGORIES:
        for reference in result["categories"][category]["auditRefs"]:
            audit = result["audits"][reference["id"]]
            if reference["weight"] == 0 or audit["score"] is None:
                continue
            limit = 0.9 if category == "performance" else 1
            if audit["score"] < limit:
                found.append(
                    (category, audit["id"], audit.get("displayValue") or audit["title"],
                     named_items(audit), by_design(page_name, audit, result["requestedUrl"]))
                )  # fmt: skip
    return found


def unscored_notes(result):
    """{(audit id, what it says)} of the best-practices audits Lighthouse
    shows without scoring (HSTS, Trusted Types, CSP...), for the report."""
    notes = set()
    for reference in result["categories"]["best-practices"]["auditRefs"]:
        audit = result["audits"][reference["id"]]
        if reference["weight"] == 0 and audit["scoreDisplayMode"] == "informative":
            for item in (audit.get("details") or {}).get("items") or []:
                notes.add((audit["id"], describe(item)))
    return notes


def by_design(page_name, audit, page_url):
    """Why this page fails this audit on purpose, or None."""
    reason = BY_DESIGN.get((page_name, audit["id"]))
    if reason and audit["id"] == "errors-in-console":
        items = (audit.get("details") or {}).get("items") or []
        if any(item.get("sourceLocation", {}).get("url") != page_url for item in items):
            return None
    return reason


def named_items(audit, limit=5):
    """The elements (selector and snippet), files or lines an audit's details name."""
    items = (audit.get("details") or {}).get("items") or []
    named = [describe(item) for item in items[:limit]]
    if len(items) > limit:
        named.append(f"... and {len(items) - limit} more")
    return named


def describe(thing):
    if isinstance(thing, str):
        return thing
    if thing.get("type") == "node":
        return f"{thing.get('selector', '')} {thing.get('snippet', '')}".strip()
    if thing.get("type") == "source-location":
        return f"{thing['url']} line {thing.get('line', 0) + 1}"
    for key in ("node", "source", "sourceLocation"):
        if isinstance(thing.get(key), dict):
            said = f": {thing['description']}" if "description" in thing else ""
            return describe(thing[key]) + said
    if isinstance(thing.get("source"), str):
        said = f": {thing['description']}" if "description" in thing else ""
        return thing["source"] + said
    if "url" in thing:
        return thing["url"]
    return str(thing.get("description") or thing.get("label") or json.dumps(thing)[:200])


def misses_target(result, page_name):
    """Performance under its target, or any other audit failing not by design
    (accessibility, best practices and SEO score 100 only when all pass)."""
    if scores(result)["performance"] < TARGETS["performance"]:
        return True
    return any(
        category != "performance" and not by_design
        for category, _audit, _title, _items, by_design in lost_points(result, page_name)
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--languages", nargs="+", default=["uz"], choices=["uz", "ru", "en"])
    parser.add_argument("--pages", nargs="+", help="page types (default: all)")
    parser.add_argument("--form-factors", nargs="+", default=FORM_FACTORS, choices=FORM_FACTORS)
    parser.add_argument(
        "--runs", type=int, default=1, help="runs per page; the median performance run counts"
    )
    arguments = parser.parse_args()
    install_lighthouse()
    REPORTS.mkdir(parents=True, exist_ok=True)
    rows, findings, notes, failed = [], [], set(), False
    with production_site() as site:
        for language in arguments.languages:
            for page in public_pages(site, language):
                if arguments.pages and page.name not in arguments.pages:
                    continue
                url = site.url + page.path
                warm_up(url, page.status)
                for form_factor in arguments.form_factors:
                    name = f"{page.name}-{language}-{form_factor}"
                    results = [
                        audit_page(url, form_factor, REPORTS / f"{name}-{run}", page.status)
                        for run in range(arguments.runs)
                    ]
                    results = [result for result in results if result]
                    if not results:
                        failed = True
                        rows.append((page, language, form_factor, None, True))
                        print(f"  {page.path:60} {form_factor:8} Lighthouse failed", flush=True)
                        continue
                    results.sort(key=lambda result: scores(result)["performance"])
                    result = results[len(results) // 2]
                    page_scores = scores(result)
                    missed = misses_target(result, page.name)
                    failed |= missed
                    rows.append((page, language, form_factor, page_scores, missed))
                    print(f"  {page.path:60} {form_factor:8} "
                          + " ".join(f"{page_scores[c]:4}" for c in CATEGORIES)
                          + ("  below target" if missed else ""), flush=True)  # fmt: skip
                    for finding in lost_points(result, page.name):
                        findings.append((page, language, form_factor, *finding))
                    notes |= unscored_notes(result)
    report(rows, findings, notes, arguments.runs)
    sys.exit(1 if failed else 0)


def report(rows, findings, notes, runs):
    print()
    print(f"Lighthouse {LIGHTHOUSE_VERSION}, Chromium at {CHROMIUM}"
          + (f", median of {runs} runs" if runs > 1 else ""))  # fmt: skip
    print()
    print("| page | path | form factor | performance | accessibility | best practices | SEO "
          "| targets |")  # fmt: skip
    print("| --- | --- | --- | ---: | ---: | ---: | ---: | --- |")
    for page, _language, form_factor, page_scores, missed in rows:
        if page_scores is None:
            print(f"| {page.name} | `{page.path}` | {form_factor} | | | | | Lighthouse failed |")
            continue
        cells = " | ".join(
            f"**{page_scores[c]}**" if page_scores[c] < TARGETS[c] else str(page_scores[c])
            for c in CATEGORIES
        )
        verdict = "missed" if missed else "met"
        print(f"| {page.name} | `{page.path}` | {form_factor} | {cells} | {verdict} |")
    print()
    if findings:
        print("Audits that cost points (performance: metrics scoring under 0.9):")
    else:
        print("Every scored audit passed.")
    for page, _language, form_factor, category, audit_id, title, items, reason in findings:
        note = f" [by design: {reason}]" if reason else ""
        print(f"- {page.name} ({form_factor}) {category} `{audit_id}`: {title}{note}")
        for item in items:
            print(f"    {item}")
    if notes:
        print()
        print("Unscored best-practices notes (on any page):")
        for audit_id, said in sorted(notes):
            print(f"- `{audit_id}`: {said}")
    missed = [row for row in rows if row[-1]]
    print()
    print(f"{len(missed)} of {len(rows)} audited pages below target; reports in "
          f"{REPORTS.relative_to(ROOT)}/")  # fmt: skip


if __name__ == "__main__":
    main()
