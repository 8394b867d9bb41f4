"""A file chosen on a form that comes back with errors is named to be chosen again."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from partners.models import Partner
from tests.core.admin_forms import form_values
from tests.images import image_bytes


def _change_url(partner, language):
    with translation.override(language):
        return reverse("admin:partners_partner_change", args=[partner.pk])


def _form(client, change_url):
    return form_values(client.get(change_url))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "uz",
            "«Logotip» maydoni uchun tanlangan fayl quyidagi xatolar tufayli saqlanmadi: "
            "saqlashdan oldin uni qayta tanlang.",
        ),
        (
            "en",
            "The file you chose for “Logo” was not saved because of the errors below: "
            "choose it again before saving.",
        ),
    ],
)
def test_logo_chosen_on_a_form_with_errors_is_named_to_be_chosen_again(
    client, seeded, editor, language, expected
):
    partner = Partner.objects.first()
    client.force_login(editor)
    change_url = _change_url(partner, language)
    form = {**_form(client, change_url), "name_uz": ""}
    form["logo"] = SimpleUploadedFile("logo.png", image_bytes("PNG", (64, 64)), "image/png")

    response = client.post(change_url, form)

    assert response.status_code == 200
    assert expected in response.content.decode()


def test_form_with_errors_but_no_chosen_file_says_nothing_about_files(client, seeded, editor):
    partner = Partner.objects.first()
    client.force_login(editor)
    change_url = _change_url(partner, "en")
    form = {**_form(client, change_url), "name_uz": ""}

    response = client.post(change_url, form)

    assert response.status_code == 200
    assert "was not saved because of the errors below" not in response.content.decode()
