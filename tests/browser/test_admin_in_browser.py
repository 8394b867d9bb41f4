"""The admin works in a real browser under the site's strict CSP."""

import pytest
from django.contrib.auth.models import User

from departments.models import Department
from partners.models import Partner

pytestmark = pytest.mark.browser


def test_admin_forms_show_language_tabs_without_console_errors(site, page):
    User.objects.create_superuser("chief", "chief@example.uz", "a-long-test-password-42")
    problems = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))

    page.goto(site + "/ru/admin/login/")
    page.fill("#id_username", "chief")
    page.fill("#id_password", "a-long-test-password-42")
    page.click("input[type=submit]")
    for path in [
        f"/ru/admin/partners/partner/{Partner.objects.first().pk}/change/",
        f"/ru/admin/departments/department/{Department.objects.first().pk}/change/",
    ]:
        page.goto(site + path)
        page.wait_for_selector(".ui-tabs-nav")
        assert page.locator(".ui-tabs-nav").first.is_visible()
    page.goto(site + "/ru/admin/partners/partner/")

    assert problems == []


def _sign_in(page, site, language="en"):
    User.objects.create_superuser("chief", "chief@example.uz", "a-long-test-password-42")
    page.goto(f"{site}/{language}/admin/login/")
    page.fill("#id_username", "chief")
    page.fill("#id_password", "a-long-test-password-42")
    page.click("input[type=submit]")


def _department_with_goals():
    return next(
        department
        for department in Department.objects.order_by("pk")
        if department.goals.count() >= 2 and hasattr(department, "head")
    )


@pytest.mark.parametrize("inline", ["goals", "head"])
def test_status_links_open_the_inline_field_on_its_language_tab(site, page, inline):
    department = _department_with_goals()
    if inline == "goals":
        edited = list(department.goals.order_by("position", "pk"))[1]
        edited.text_en = ""
        anchor, source_text = f"goals-{edited.pk}-text_en", edited.text_uz
    else:
        edited = department.head
        edited.position_en = ""
        anchor, source_text = f"head-{edited.pk}-position_en", edited.position_uz
    edited.save()
    _sign_in(page, site)

    page.goto(f"{site}/en/admin/translation-status/")
    page.locator(f'a[href$="#{anchor}"]').first.click()
    page.wait_for_url(f"**#{anchor}", wait_until="load")
    focused = page.locator("textarea:focus, input:focus")
    focused_id = focused.get_attribute("id")

    # The focused field is the English one of that object's row, on its open tab.
    assert focused_id.endswith("_en")
    assert focused.is_visible()
    assert page.input_value(f"#{focused_id[: -len('en')]}uz") == source_text


def test_language_tabs_mark_empty_and_outdated_translations_and_show_the_source(site, page):
    department = _department_with_goals()
    first_goal, second_goal = list(department.goals.order_by("position", "pk"))[:2]
    first_goal.text_uz = "Yangi maqsad matni"  # ru and en were written from the old text
    first_goal.save()
    second_goal.text_en = ""
    second_goal.save()
    _sign_in(page, site)

    page.goto(f"{site}/en/admin/departments/department/{department.pk}/change/")
    page.wait_for_selector(".ui-tabs-nav")

    def tab_of(field_id):
        return page.locator(f'.ui-tabs-nav a[href="#tab_{field_id}"]')

    assert "tab-outdated" in tab_of("id_goals-0-text_ru").get_attribute("class")
    assert "tab-outdated" not in tab_of("id_goals-0-text_uz").get_attribute("class")
    assert "tab-empty" in tab_of("id_goals-1-text_en").get_attribute("class")
    assert "may be outdated" in tab_of("id_goals-0-text_ru").text_content()
    tab_of("id_goals-0-text_ru").click()
    sources = page.locator("#tab_id_goals-0-text_ru .translation-sources")
    assert "Yangi maqsad matni" in sources.inner_text()
    assert first_goal.text_en in sources.inner_text()
    assert sources.locator("dt").all_inner_texts() == ["Uzbek", "English"]
