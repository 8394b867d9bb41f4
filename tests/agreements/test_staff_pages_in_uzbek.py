"""The agreements' own staff pages and the import/export screens in Uzbek
and Russian: no English word left (the admin walk in tests/translations
covers the change forms and lists)."""

import io

import pytest
from django.urls import reverse
from django.utils import translation

from partners.models import Partner
from tests.translations.admin_words import english_words


@pytest.fixture
def superuser_client(client, seeded, django_user_model):
    client.force_login(
        django_user_model.objects.create_superuser("chief", "chief@example.uz", "a-long-pw-1234")
    )
    return client


@pytest.mark.parametrize("language", ["uz", "ru"])
def test_report_import_export_and_preview_pages_are_in_the_admin_language(
    superuser_client, language
):
    with translation.override(language):
        pages = {
            "report": reverse("admin:agreements_agreement_report") + "?year=abc",
            "import": reverse("admin:partners_partner_import"),
            "export": reverse("admin:partners_partner_export"),
            "index": reverse("admin:index"),
        }
        import_url = pages["import"]
    found = {}
    for name, url in pages.items():
        words = english_words(superuser_client.get(url).content.decode(), language, set())
        if words:
            found[name] = words
    bad_file = io.BytesIO(b"slug,name_uz,country\nx,Nom,XX\nx,Nom,KZ\n")
    bad_file.name = "rows.csv"
    preview = superuser_client.post(
        import_url, {"format": "0", "resource": "0", "import_file": bad_file}
    ).content.decode()
    words = english_words(preview, language, set())
    if words:
        found["preview"] = words
    assert found == {}
    assert Partner.objects.filter(slug="x").count() == 0
