"""What a person with a browser, a keyboard or a screen reader meets."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.languages import LANGUAGES

pytestmark = pytest.mark.browser

PAGES = [
    "/{lang}/",
    "/{lang}/partners/",
    "/{lang}/partners/?country=XX",
    "/{lang}/partners/induk-university/",
    "/{lang}/programs/",
    "/{lang}/programs/erasmus-plus/uzdoc-2/",
    "/{lang}/accessibility/",
    "/{lang}/activities/",
    "/{lang}/opportunities/",
    "/{lang}/search/?q=erasmus",
]
WCAG_21_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="module")
def axe():
    return Axe()


MISSING_PAGE = "/{lang}/no-such-page/"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_loads_without_console_errors_or_accessibility_violations(
    site, page, axe, lang
):
    missing_page = site + MISSING_PAGE.format(lang=lang)
    problems = []

    def console(message):
        # The one answer that is a 404 by design: the missing page's own document.
        if message.type == "error" and message.location.get("url") != missing_page:
            problems.append(f"console: {message.text} ({message.location.get('url')})")

    def response(answer):
        if answer.status >= 400 and answer.url != missing_page:
            problems.append(f"{answer.status} for {answer.url}")

    page.on("console", console)
    page.on("response", response)
    page.on("pageerror", lambda error: problems.append(str(error)))

    for path in [*PAGES, MISSING_PAGE]:
        page.goto(site + path.format(lang=lang))
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_A_AA}})
        if results.violations_count:
            problems.append(f"{path}: {results.generate_report()}")

    assert problems == []


def test_dark_theme_keeps_every_page_free_of_accessibility_violations(site, browser, axe):
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    problems = []

    for path in PAGES:
        page.goto(site + path.format(lang="ru"))
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_A_AA}})
        if results.violations_count:
            problems.append(f"{path}: {results.generate_report()}")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    context.close()

    assert problems == []
    assert background == "rgb(23, 20, 17)"  # the dark theme is the one checked


def test_language_switcher_moves_to_the_same_page_in_another_language(site, page):
    page.goto(site + "/en/partners/induk-university/")

    page.get_by_role("link", name="Русский").click()

    assert page.url == site + "/ru/partners/induk-university/"
    assert page.locator("h1").inner_text() == "Университет Индок"
    assert page.locator("html").get_attribute("lang") == "ru"


def test_skip_link_is_the_first_stop_and_is_visible_when_focused(site, page):
    page.goto(site + "/uz/")

    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    box = page.locator(".skip-link").bounding_box()
    page.keyboard.press("Enter")

    assert focused == "#main"
    assert box["y"] >= 0
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize("path", ["/en/", "/ru/partners/", "/uz/programs/"])
def test_keyboard_reaches_every_link_with_a_visible_focus(site, page, path):
    page.goto(site + path)
    link_count = page.locator("a[href]").count()
    reached = set()
    invisible_focus = []

    for _ in range(link_count + 2):
        page.keyboard.press("Tab")
        state = page.evaluate(
            """() => {
                const element = document.activeElement;
                const style = getComputedStyle(element);
                return {
                    key: element.outerHTML.slice(0, 120),
                    visible: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
                };
            }"""
        )
        reached.add(state["key"])
        if not state["visible"]:
            invisible_focus.append(state["key"])

    assert len(reached) >= link_count
    assert invisible_focus == [] or all(key.startswith("<body") for key in invisible_focus)


@pytest.mark.parametrize(
    "path",
    [
        "/uz/",
        "/ru/partners/",
        "/ru/partners/induk-university/",
        "/en/programs/erasmus-plus/uzdoc-2/",
        "/ru/accessibility/",
    ],
)
def test_no_horizontal_scroll_on_a_small_phone(site, browser, path):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(site + path)

    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    context.close()

    assert scroll_width <= 360


def test_footer_sits_at_the_bottom_of_a_short_page(site, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(site + "/en/partners/induk-university/")

    footer_bottom = page.evaluate(
        "document.querySelector('.site-footer').getBoundingClientRect().bottom"
    )
    context.close()

    assert footer_bottom == 800


def test_print_hides_the_open_now_line_and_spells_out_internal_links(site, page):
    page.goto(site + "/en/")
    page.emulate_media(media="print")

    status_display = page.evaluate(
        "getComputedStyle(document.querySelector('.office-hours__status')).display"
    )
    internal_link_after = page.evaluate(
        "getComputedStyle(document.querySelector('main a[href^=\"/\"]'), '::after').content"
    )
    print_address = page.locator(".site-footer__print-address")

    assert status_display == "none"
    assert internal_link_after.startswith('" (/en/')
    assert print_address.is_visible()
    assert f"{site}/en/" in print_address.inner_text()


def test_home_page_with_all_its_resources_weighs_under_100_kb(site, page):
    transferred = {}

    def record(response):
        transferred[response.url] = len(response.body()) if response.ok else 0

    page.on("response", record)
    page.goto(site + "/uz/", wait_until="networkidle")

    # Bodies as decoded, so an upper bound on what travelled compressed.
    assert sum(transferred.values()) < 100_000
    assert any(url.endswith(".css") for url in transferred)
    assert not any("://127.0.0.1" not in url and "://localhost" not in url for url in transferred)


@pytest.mark.parametrize(
    ("path", "card", "text"),
    [
        ("/en/partners/", ".partner-card", ".partner-card__city"),
        ("/ru/", ".country-summary li", ".count"),
    ],
)
def test_a_card_is_clickable_anywhere_not_only_on_its_title(site, page, path, card, text):
    page.goto(site + path)
    first = page.locator(card).first
    target = first.locator("a").first.get_attribute("href")

    first.scroll_into_view_if_needed()
    box = first.locator(text).bounding_box()
    # Where a visitor would click: on the text, not the title's link.
    with page.expect_navigation():
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)

    assert page.url.removeprefix(site) == target
