"""An object's history names changed fields in the language the admin is read in."""

import json

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import translation

from partners.models import Partner


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
    # What Django stores when the change is saved on the English admin.
    LogEntry.objects.create(
        user=editor,
        content_type=ContentType.objects.get_for_model(Partner),
        object_id=str(partner.pk),
        object_repr=str(partner),
        action_flag=CHANGE,
        change_message=json.dumps([{"changed": {"fields": ["Name [uz]", "Logo"]}}]),
    )
    client.force_login(editor)
    with translation.override(language):
        history = reverse("admin:partners_partner_history", args=[partner.pk])

    page = client.get(history).content.decode()

    assert expected in page
    assert "Name [uz]" not in page
