"""A paste longer than a field's limit stays whole and is warned about."""

import pytest
from django.contrib.auth.models import User

from partners.models import Partner

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("language", "warning"),
    [
        ("en", "Too long by 50 characters: it will not be saved."),
        ("ru", "Длиннее допустимого на 50 символов: так не сохранится."),
        ("uz", "50 ta belgi ortiqcha: bu holda saqlanmaydi."),
    ],
)
def test_over_long_city_keeps_every_character_and_shows_the_warning(site, page, language, warning):
    User.objects.create_superuser("chief", "chief@example.uz", "a-long-test-password-42")
    problems = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto(f"{site}/{language}/admin/login/")
    page.fill("#id_username", "chief")
    page.fill("#id_password", "a-long-test-password-42")
    page.click("input[type=submit]")
    partner = Partner.objects.first()
    page.goto(f"{site}/{language}/admin/partners/partner/{partner.pk}/change/")
    # The language tab open first is the one the admin is read in.
    city = page.locator(f"#id_city_{language}")
    counter = page.locator(f"#id_city_{language}_length")
    limit = int(city.get_attribute("data-max-length"))
    saved_city = getattr(partner, f"city_{language}") or ""
    assert counter.text_content() == f"{len(saved_city)} / {limit}"

    city.fill("a" * (limit + 50))

    assert len(city.input_value()) == limit + 50
    assert counter.text_content() == warning
    assert problems == []
