"""Screenshots of every public page type at phone, tablet and desktop widths,
light and dark: `make screenshots`.

    python docs/screenshots.py [--languages uz ru en] [--pages home partner ...]
                               [--full-page]

Starts the production-like site of `make lighthouse` (bench/production_site.py:
gunicorn with DEBUG off behind deploy/nginx.conf, seed and demo content on a
throwaway database), finds one page of each type in it (the first partner,
the newest activity...), and photographs what a visitor sees first (the
viewport; --full-page for the whole page) with Debian's Chromium. Writes
docs/screenshots/<page>-<language>-<width>-<scheme>.png, reduced to 256
colours so the set can be committed, and docs/screenshots/README.md, which
shows them all.

Body text is in the system's sans-serif, so it shows in whatever the machine
that made the screenshots has (DejaVu Sans on Debian; visitors see Segoe UI,
San Francisco or Roboto); headings use the site's own Playfair Display.
"""

import argparse
import io
import sys
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from production_site import production_site, public_pages  # noqa: E402

# Width: height of the viewport (a small phone, a tablet upright, a laptop).
VIEWPORTS = {360: 740, 768: 1024, 1280: 800}
SCHEMES = ("light", "dark")
OUTPUT = ROOT / "docs" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
PAGE_TITLES = {
    "home": "Home page",
    "partners": "Partners",
    "partner": "A partner",
    "programmes": "Programmes and projects",
    "project": "A project",
    "activities": "Activities",
    "activity": "An activity",
    "opportunities": "Open opportunities",
    "opportunity": "An opportunity",
    "opportunity-archive": "Opportunities archive",
    "search": "Search results",
    "accessibility": "Accessibility statement",
    "not-found": "Page not found (404)",
}


def small_png(png_bytes):
    """The screenshot in at most 256 colours: a third to a tenth of the bytes,
    and a page's flat colours and text stay sharp."""
    image = Image.open(io.BytesIO(png_bytes)).convert("RGB")
    reduced = image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    buffer = io.BytesIO()
    reduced.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def file_name(page_name, language, width, scheme):
    return f"{page_name}-{language}-{width}-{scheme}.png"


def take_screenshots(site, languages, page_names, full_page):
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        for language in languages:
            pages = [
                page
                for page in public_pages(site, language)
                if not page_names or page.name in page_names
            ]
            for width, height in VIEWPORTS.items():
                for scheme in SCHEMES:
                    context = browser.new_context(
                        viewport={"width": width, "height": height},
                        color_scheme=scheme,
                    )
                    tab = context.new_page()
                    for page in pages:
                        tab.goto(site.url + page.path)
                        tab.evaluate("document.fonts.ready")
                        path = OUTPUT / file_name(page.name, language, width, scheme)
                        path.write_bytes(small_png(tab.screenshot(full_page=full_page)))
                        written.append(path)
                        print(f"{path.relative_to(ROOT)}  {path.stat().st_size // 1024} KB")
                    context.close()
        browser.close()
    return written


def write_index(site, languages):
    """docs/screenshots/README.md: every page type, its address, its pictures."""
    lines = [
        "# Screenshots",
        "",
        "Every public page type at 360, 768 and 1280 px wide, light and dark,",
        "as a visitor first sees it, with the seed and the demo content (every",
        "demo title says it is an example). Remade by one command, `make screenshots`",
        "(docs/screenshots.py); do not edit them by hand.",
        "",
    ]
    for language in languages:
        for page in public_pages(site, language):
            lines += [f"## {PAGE_TITLES.get(page.name, page.name)} (`{page.path}`)", ""]
            lines += ["| width | light | dark |", "| --- | --- | --- |"]
            for width in VIEWPORTS:
                cells = " | ".join(
                    f"![{PAGE_TITLES.get(page.name, page.name)}, {width} px, {scheme}]"
                    f"({file_name(page.name, language, width, scheme)})"
                    for scheme in SCHEMES
                )
                lines.append(f"| {width} px | {cells} |")
            lines.append("")
    (OUTPUT / "README.md").write_text("\n".join(lines))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--languages", nargs="+", default=["uz"], choices=["uz", "ru", "en"])
    parser.add_argument("--pages", nargs="+", help="page types (default: all)")
    parser.add_argument("--full-page", action="store_true", help="the whole page, not one screen")
    arguments = parser.parse_args()
    OUTPUT.mkdir(exist_ok=True)
    with production_site() as site:
        written = take_screenshots(site, arguments.languages, arguments.pages, arguments.full_page)
        if not arguments.pages:
            write_index(site, arguments.languages)
    total = sum(path.stat().st_size for path in written)
    print(f"{len(written)} screenshots, {total / 1_000_000:.1f} MB")


if __name__ == "__main__":
    main()
