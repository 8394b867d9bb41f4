"""Screenshots of every page type at phone, tablet and desktop widths,
light and dark, in each language asked for: `make screenshots` (the site must
be running, e.g. with `make run` and `make demo`).

    python docs/screenshots.py [--site http://127.0.0.1:8000] [--languages uz ru en]

Writes docs/screenshots/<page>-<language>-<width>-<scheme>.png with Debian's
Chromium (never a downloaded browser).
"""

import argparse
from pathlib import Path

from playwright.sync_api import sync_playwright

PAGES = {
    "home": "/{lang}/",
    "partners": "/{lang}/partners/",
    "partner": "/{lang}/partners/induk-university/",
    "programmes": "/{lang}/programs/",
    "project": "/{lang}/programs/erasmus-plus/uzdoc-2/",
    "accessibility": "/{lang}/accessibility/",
}
WIDTHS = {360: 740, 768: 1024, 1280: 800}
SCHEMES = ("light", "dark")
OUTPUT = Path(__file__).resolve().parent / "screenshots"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", default="http://127.0.0.1:8000")
    parser.add_argument("--languages", nargs="+", default=["uz"])
    parser.add_argument("--pages", nargs="+", default=list(PAGES), choices=list(PAGES))
    parser.add_argument("--full-page", action="store_true", help="the whole page, not one screen")
    arguments = parser.parse_args()
    OUTPUT.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        for width, height in WIDTHS.items():
            for scheme in SCHEMES:
                context = browser.new_context(
                    viewport={"width": width, "height": height}, color_scheme=scheme
                )
                page = context.new_page()
                for language in arguments.languages:
                    for name in arguments.pages:
                        page.goto(arguments.site + PAGES[name].format(lang=language))
                        path = OUTPUT / f"{name}-{language}-{width}-{scheme}.png"
                        page.screenshot(path=path, full_page=arguments.full_page)
                        print(path.relative_to(OUTPUT.parent.parent))
                context.close()
        browser.close()


if __name__ == "__main__":
    main()
