"""Over-long text is refused with an error, never cut without a word."""

import pytest
from django.urls import reverse
from django.utils import translation

from partners.models import Partner
from tests.core.admin_forms import form_values


def _change_url(partner, language):
    with translation.override(language):
        return reverse("admin:partners_partner_change", args=[partner.pk])


def _form(client, change_url):
    return form_values(client.get(change_url))


def test_name_field_shows_its_limit_without_cutting_what_is_pasted(client, seeded, editor):
    partner = Partner.objects.first()
    client.force_login(editor)

    page = client.get(_change_url(partner, "en")).content.decode()

    assert 'name="name_uz"' in page
    assert 'data-max-length="300"' in page
    assert 'maxlength="300"' not in page
    assert 'id="length-limit-texts"' in page


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Ensure this value has at most 300 characters (it has 310)."),
        (
            "uz",
            "Ushbu qiymat eng koʻpi bilan 300 ta belgidan iboratligiga ishonch hosil qiling "
            "(hozir, 310 tadan iborat).",
        ),
    ],
)
def test_over_long_name_is_refused_with_an_error_and_nothing_saved(
    client, seeded, editor, language, expected
):
    partner = Partner.objects.first()
    saved_name = partner.name_uz
    client.force_login(editor)
    change_url = _change_url(partner, language)
    form = {**_form(client, change_url), "name_uz": "a" * 310}

    response = client.post(change_url, form)

    assert response.status_code == 200
    assert expected in response.content.decode()
    partner.refresh_from_db()
    assert partner.name_uz == saved_name
