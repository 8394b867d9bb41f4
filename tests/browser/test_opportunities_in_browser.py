"""Opportunity pages for a person with a browser, a keyboard or a screen reader."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from opportunities.demo import create_demo_content
from tests.languages import LANGUAGES

pytestmark = pytest.mark.browser

WCAG_21_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PAGES = [
    "/{lang}/",
    "/{lang}/opportunities/",
    "/{lang}/opportunities/archive/",
    "/{lang}/opportunities/demo-summer-school-scholarship/",
    "/{lang}/opportunities/demo-festival-travel-grant/",
]


@pytest.fixture(scope="module")
def axe():
    return Axe()


def problems_on(page, axe, site, paths):
    problems = []
    page.on(
        "console",
        lambda message: message.type == "error" and problems.append(f"console: {message.text}"),
    )
    page.on("pageerror", lambda error: problems.append(str(error)))
    for path in paths:
        page.goto(site + path)
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_A_AA}})
        if results.violations_count:
            problems.append(f"{path}: {results.generate_report()}")
    return problems


@pytest.mark.parametrize("lang", LANGUAGES)
def test_opportunity_pages_have_no_accessibility_violations(site, page, axe, lang):
    create_demo_content()

    assert problems_on(page, axe, site, [path.format(lang=lang) for path in PAGES]) == []


def test_empty_opportunity_pages_have_no_accessibility_violations(site, page, axe):
    paths = ["/en/", "/en/opportunities/", "/en/opportunities/archive/"]

    assert problems_on(page, axe, site, paths) == []


def test_keyboard_reaches_the_apply_link_and_the_calendar_file(site, page):
    create_demo_content()
    page.goto(site + "/en/opportunities/demo-summer-school-scholarship/")

    reached = set()
    for _step in range(60):
        page.keyboard.press("Tab")
        reached.add(page.evaluate("document.activeElement.textContent.trim()"))

    assert "Apply" in reached
    assert "Add the deadline to your calendar (.ics)" in reached


def test_list_fits_a_small_screen_without_sideways_scrolling(site, page):
    create_demo_content()
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(site + "/ru/opportunities/")

    assert page.evaluate("document.documentElement.scrollWidth") <= 320
