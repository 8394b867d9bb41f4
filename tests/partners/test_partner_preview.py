"""Staff preview an inactive partner's page; visitors and search engines never see it."""

import re

import pytest
from model_bakery import baker

from partners.models import Partner

pytestmark = pytest.mark.django_db

BANNER = "Not public: only signed-in staff see this page."


@pytest.fixture
def inactive_partner():
    return baker.make(
        Partner, name_en="Dormant Academy", slug="dormant", country="LV", is_active=False
    )


def test_staff_see_an_inactive_partner_with_a_not_public_banner(client, editor, inactive_partner):
    client.force_login(editor)

    response = client.get("/en/partners/dormant/")
    page = response.content.decode()

    assert response.status_code == 200
    assert "Dormant Academy" in page
    assert BANNER in page


def test_staff_preview_is_private_and_not_indexed(client, editor, inactive_partner):
    client.force_login(editor)

    response = client.get("/en/partners/dormant/")

    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Robots-Tag"] == "noindex"
    assert '<meta name="robots" content="noindex">' in response.content.decode()


@pytest.mark.parametrize("lang", ["uz", "ru"])
def test_preview_banner_speaks_the_page_language(client, editor, inactive_partner, lang):
    client.force_login(editor)
    expected = {"uz": "Ommaga ochiq emas", "ru": "Не опубликовано"}[lang]

    assert expected in client.get(f"/{lang}/partners/dormant/").content.decode()


def test_visitors_get_not_found_for_an_inactive_partner_even_after_a_staff_preview(
    client, editor, inactive_partner
):
    staff_client = client.__class__()
    staff_client.force_login(editor)
    assert staff_client.get("/en/partners/dormant/").status_code == 200

    assert client.get("/en/partners/dormant/").status_code == 404


def test_active_partner_page_has_no_banner_and_stays_indexable(client, editor):
    baker.make(Partner, name_en="Open Academy", slug="open", country="LV")
    client.force_login(editor)

    response = client.get("/en/partners/open/")

    assert BANNER not in response.content.decode()
    assert 'content="noindex"' not in response.content.decode()
    assert "X-Robots-Tag" not in response


def test_admin_view_on_site_for_an_inactive_partner_opens_the_preview(
    client, editor, inactive_partner
):
    client.force_login(editor)
    change_page = client.get(f"/uz/admin/partners/partner/{inactive_partner.pk}/change/")
    view_on_site = re.search(r'href="([^"]+)" class="viewsitelink"', change_page.content.decode())

    response = client.get(view_on_site.group(1), follow=True)

    assert response.redirect_chain[-1][0].endswith("/uz/partners/dormant/")
    assert response.status_code == 200
    assert "Ommaga ochiq emas" in response.content.decode()
