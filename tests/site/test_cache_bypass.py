"""Nobody can make the site render instead of serve: junk cookies, junk
parameters and other methods all meet the cached page or a cheap refusal."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from partners.models import Partner
from tests.staff import STAFF_PASSWORD


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


def _rename_quietly(name):
    # A bulk update sends no signal: the cached page stays as it was, so a
    # render would show the new name and a cached answer the old one.
    Partner.objects.filter(slug="induk-university").update(name_en=name)


@pytest.mark.parametrize("cookie", ["x", "a" * 32, "garbage; other=1"])
def test_made_up_session_cookie_gets_the_cached_page(
    client, seeded, cookie, django_assert_num_queries
):
    client.get("/en/partners/")
    _rename_quietly("Quietly renamed")
    client.cookies["sessionid"] = cookie

    client.get("/en/partners/")  # the first look at this key reads the session store
    with django_assert_num_queries(0):
        page = client.get("/en/partners/").content.decode()

    assert "Induk University" in page
    assert "Quietly renamed" not in page


def test_signed_in_staff_always_get_a_fresh_page_and_never_fill_the_store(client, seeded, editor):
    client.get("/en/partners/")
    _rename_quietly("Quietly renamed")
    client.force_login(editor)

    staff_page = client.get("/en/partners/").content.decode()
    client.logout()
    visitor_page = client.get("/en/partners/").content.decode()

    assert "Quietly renamed" in staff_page
    assert "Quietly renamed" not in visitor_page


@pytest.mark.parametrize("junk", ["utm_source=spam", "fbclid=abc&utm_medium=x", "country=KZ&x=1"])
def test_unknown_query_parameters_get_the_page_without_them(
    client, seeded, junk, django_assert_num_queries
):
    clean = "/en/partners/?country=KZ" if "country" in junk else "/en/partners/"
    client.get(clean)

    with django_assert_num_queries(0):
        response = client.get(f"/en/partners/?{junk}")

    assert response.status_code == 200
    assert "utm_" not in response.content.decode()
    assert "fbclid" not in response.content.decode()


@pytest.mark.parametrize("value", ["QQ", "kr", "%20KR", "KR%20%20", "Kr"])
def test_country_values_other_than_real_codes_are_answered_but_never_stored(client, seeded, value):
    client.get(f"/en/partners/?country={value}")

    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/en/partners/?country={value}")

    assert response.status_code == 200
    assert len(queries) > 0  # rendered again: nothing was stored for it


@pytest.mark.parametrize("page", ["01", "001", "1.0", "abc"])
def test_sitemap_pages_other_than_plain_numbers_are_never_stored(client, seeded, page):
    client.get(f"/sitemap.xml?p={page}")

    response = client.get(f"/sitemap.xml?p={page}")

    # Rendered again (its error page reads nothing from the database).
    assert response.templates


def test_real_country_pages_are_stored(client, seeded, django_assert_num_queries):
    client.get("/en/partners/?country=KR")

    with django_assert_num_queries(0):
        page = client.get("/en/partners/?country=KR").content.decode()

    assert "Induk University" in page


@pytest.mark.parametrize("method", ["post", "put", "delete", "options", "trace"])
@pytest.mark.parametrize(
    "path", ["/en/", "/en/partners/", "/en/partners/induk-university/", "/en/programs/"]
)
def test_public_pages_answer_only_get_and_head(client, seeded, method, path):
    response = client.generic(method.upper(), path)

    assert response.status_code == 405
    assert sorted(response["Allow"].split(", ")) == ["GET", "HEAD"]


def test_staff_form_with_errors_leaves_cached_pages_in_place(
    client, seeded, editor, django_assert_num_queries
):
    visitor = client.__class__()
    visitor.get("/en/partners/")
    client.post(reverse("admin:login"), {"username": "editor", "password": STAFF_PASSWORD})
    partner = Partner.objects.get(slug="induk-university")

    response = client.post(
        reverse("admin:partners_partner_change", args=[partner.pk]), {"name_uz": ""}
    )

    assert response.status_code == 200  # the form again, with its errors
    with django_assert_num_queries(0):
        visitor.get("/en/partners/")


def test_drag_and_drop_reordering_empties_the_cache(client, seeded, editor):
    visitor = client.__class__()
    before = visitor.get("/en/partners/?country=KR").content.decode()
    partner = Partner.objects.get(slug="induk-university")
    client.force_login(editor)

    client.post(
        reverse("admin:partners_partner_sortable_update"),
        json.dumps({"updatedItems": [[partner.pk, 0]]}),
        content_type="application/json",
    )
    Partner.objects.filter(pk=partner.pk).update(name_en="Renamed with the reorder")

    assert "Renamed with the reorder" not in before
    assert "Renamed with the reorder" in visitor.get("/en/partners/?country=KR").content.decode()
