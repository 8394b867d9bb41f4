"""Pages with a list of facts (a term and its value) fit a 360 px phone in
every language: long Russian and Uzbek terms once pushed them sideways."""

import pytest

from tests.languages import LANGUAGES

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(
    "path", ["/partners/induk-university/", "/opportunities/demo-research-grant/"]
)
def test_fact_lists_fit_a_small_phone(site_with_demo, browser, lang, path):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(f"{site_with_demo}/{lang}{path}")

    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    context.close()

    assert scroll_width <= 360
