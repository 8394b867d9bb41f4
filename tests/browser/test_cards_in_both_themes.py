"""Pages full of cards (activities, opportunities, the home page's latest
and nearest) meet WCAG AA in the light and the dark theme: an activity's
kind was once lapis on the dark theme's near-black."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

PAGES = ["/uz/", "/ru/activities/", "/en/opportunities/", "/uz/search/?q=namuna"]
WCAG_21_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_pages_of_cards_have_no_accessibility_violations(site_with_demo, browser, scheme):
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    axe = Axe()
    problems = []

    for path in PAGES:
        page.goto(site_with_demo + path)
        assert page.locator(".activity-card, .opportunity-card, .search-result").count()
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_A_AA}})
        if results.violations_count:
            problems.append(f"{path}: {results.generate_report()}")
    context.close()

    assert problems == []
