"""Every page says what it may load and who may embed it: nothing but itself."""

import pytest
from django.urls import reverse

PAGES = ["/uz/", "/ru/partners/", "/en/programs/"]


def policy(response):
    return {
        directive.split()[0]: directive.split()[1:]
        for directive in response["Content-Security-Policy"].split("; ")
    }


@pytest.fixture
def admin_page(client, editor):
    client.force_login(editor)
    return client.get(reverse("admin:partners_partner_changelist"))


@pytest.mark.parametrize("path", PAGES)
def test_public_pages_allow_nothing_they_do_not_use(client, seeded, path):
    directives = policy(client.get(path))

    assert directives["default-src"] == ["'none'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["base-uri"] == ["'none'"]
    assert directives["form-action"] == ["'self'"]
    assert not any("unsafe" in source for sources in directives.values() for source in sources)


@pytest.mark.parametrize("path", PAGES)
def test_public_pages_keep_their_resources_to_themselves(client, seeded, path):
    response = client.get(path)

    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_admin_pages_carry_the_same_policy(seeded, admin_page):
    directives = policy(admin_page)

    assert admin_page.status_code == 200
    assert directives["default-src"] == ["'none'"]
    assert admin_page["Cross-Origin-Resource-Policy"] == "same-origin"


@pytest.mark.parametrize(
    ("path", "language"), [("/sitemap.xml", "uz, ru, en"), ("/robots.txt", "en")]
)
def test_language_of_sitemap_and_robots_does_not_come_from_the_first_visitor(
    client, seeded, settings, path, language
):
    settings.PAGE_CACHE_SECONDS = 600

    russian = client.get(path, headers={"accept-language": "ru"})
    english = client.get(path, headers={"accept-language": "en"})

    assert russian["Content-Language"] == english["Content-Language"] == language
