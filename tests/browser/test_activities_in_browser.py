"""The activity pages with a browser, a keyboard and a screen reader's eyes."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth.models import User

from activities.demo import create_demo_content
from tests.languages import LANGUAGES

pytestmark = pytest.mark.browser

WCAG_21_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PAGES = [
    "/{lang}/",
    "/{lang}/activities/",
    "/{lang}/activities/?kind=delegation-visit",
    "/{lang}/activities/?year=1999",
    "/{lang}/activities/example-delegation-visit/",
    "/{lang}/activities/example-master-class/",
    "/{lang}/partners/induk-university/",
]


@pytest.fixture
def site_with_activities(site):
    create_demo_content()
    return site


@pytest.fixture(scope="module")
def axe():
    return Axe()


def _watch(page):
    problems = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on(
        "response",
        lambda answer: answer.status >= 400 and problems.append(f"{answer.status} {answer.url}"),
    )
    return problems


@pytest.mark.parametrize("lang", LANGUAGES)
def test_activity_pages_have_no_accessibility_violations_or_errors(
    site_with_activities, page, axe, lang
):
    problems = _watch(page)

    for path in PAGES:
        page.goto(site_with_activities + path.format(lang=lang))
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_A_AA}})
        if results.violations_count:
            problems.append(f"{path}: {results.generate_report()}")

    assert problems == []


def test_empty_activity_list_has_no_accessibility_violations(site, page, axe):
    problems = _watch(page)
    page.goto(site + "/en/activities/")

    results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_A_AA}})

    assert results.violations_count == 0, results.generate_report()
    assert problems == []
    assert page.get_by_text("No activities have been published yet.").is_visible()


def test_kind_filter_works_with_the_keyboard_alone(site_with_activities, page):
    page.goto(site_with_activities + "/en/activities/")
    link = page.get_by_role("link", name="Master class", exact=True)

    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/activities/?kind=master-class")

    headings = page.locator(".activity-card__title").all_inner_texts()
    assert headings == ["Example: a master class by an invited expert"]
    assert (
        page.get_by_role("link", name="Master class", exact=True).get_attribute("aria-current")
        == "page"
    )


@pytest.mark.parametrize("path", ["/uz/activities/", "/ru/activities/example-delegation-visit/"])
def test_activity_pages_fit_a_small_phone(site_with_activities, browser, path):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(site_with_activities + path)

    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    image_width = page.evaluate(
        "Math.max(0, ...[...document.querySelectorAll('main img')]"
        ".map(image => image.getBoundingClientRect().width))"
    )
    context.close()

    assert scroll_width <= 360
    assert image_width <= 360


def test_browser_picks_a_webp_image_for_the_lead_photo(site_with_activities, page):
    page.goto(site_with_activities + "/en/activities/example-delegation-visit/")
    image = page.locator(".activity-detail__image")

    image.evaluate("img => img.decode()")
    current = image.evaluate("img => img.currentSrc")

    assert current.endswith(".webp")


def test_staff_write_an_activity_with_tabs_and_partner_search_under_the_csp(site, page):
    User.objects.create_superuser("chief", "chief@example.uz", "a-long-test-password-42")
    problems = _watch(page)
    page.goto(site + "/en/admin/login/")
    page.fill("#id_username", "chief")
    page.fill("#id_password", "a-long-test-password-42")
    page.click("input[type=submit]")

    page.goto(site + "/en/admin/activities/activity/add/")
    page.wait_for_selector(".ui-tabs-nav")
    page.locator(".field-partners .select2-selection").click()
    page.keyboard.type("Induk")
    option = page.locator(".select2-results__option", has_text="Induk")
    option.wait_for()

    assert page.locator(".ui-tabs-nav").first.is_visible()
    assert option.count() == 1
    assert problems == []
