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
