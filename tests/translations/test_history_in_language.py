"""An object's history names changed fields in the language the admin is read in."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from partners.models import Partner
from tests.core.admin_forms import form_values
from tests.images import image_bytes


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("uz", "Nomi [uz] va Logotip oʻzgartirildi."),
        ("ru", "Изменено Название [uz] и Логотип."),
    ],
)
def test_history_saved_in_english_names_fields_in_the_readers_language(
    client, seeded, editor, language, expected
):
    partner = Partner.objects.first()
    client.force_login(editor)
    # A colleague saves on the English admin: the labels are kept in English.
    with translation.override("en"):
        change_url = reverse("admin:partners_partner_change", args=[partner.pk])
    form = {**_form_values(client.get(change_url)), "name_uz": "Yangi nom"}
    form["logo"] = SimpleUploadedFile("logo.png", image_bytes("PNG", (64, 64)), "image/png")
    assert client.post(change_url, form).status_code == 302
    with translation.override(language):
        history = reverse("admin:partners_partner_history", args=[partner.pk])

    page = client.get(history).content.decode()

    assert expected in page
    assert "Name [uz]" not in page


def _form_values(response):
    return {name: value for name, value in form_values(response).items() if name != "logo"}
