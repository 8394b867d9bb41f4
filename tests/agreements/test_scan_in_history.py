"""A scan does not surface to Translators through the history, and history
pages of an agreement with a scan answer."""

import pytest
from django.urls import reverse
from reversion.models import Version

from tests.agreements.conftest import _private_scans_in_tmp, make_agreement, partner  # noqa: F401
from tests.agreements.test_scans import _post_scan, pdf_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def uploaded(client, editor, make_agreement):  # noqa: F811
    agreement = make_agreement()
    client.force_login(editor)
    assert _post_scan(client, agreement, pdf_bytes()).status_code == 302
    agreement.refresh_from_db()
    return agreement


def test_editor_history_pages_with_a_scan_answer(client, editor, uploaded):
    versions = Version.objects.get_for_object(uploaded)
    assert versions
    for version in versions:
        for name in ("version_changes", "revision"):
            url = reverse(f"admin:agreements_agreement_{name}", args=[uploaded.pk, version.pk])
            assert client.get(url).status_code == 200, url
    assert (
        client.get(reverse("admin:agreements_agreement_history", args=[uploaded.pk])).status_code
        == 200
    )


def test_translator_history_says_nothing_of_the_scan(client, translator, uploaded):
    client.force_login(translator)
    for version in Version.objects.get_for_object(uploaded):
        url = reverse("admin:agreements_agreement_version_changes", args=[uploaded.pk, version.pk])
        page = client.get(url).content.decode()
        assert uploaded.scan.name not in page
        assert "agreements/" not in page.replace("/admin/agreements/", "")


def test_hex_escaped_javascript_name_is_refused(client, editor, make_agreement):  # noqa: F811
    raw = pdf_bytes(javascript=True).replace(b"/JavaScript", b"/J#61vaScript")
    agreement = make_agreement()
    client.force_login(editor)
    response = _post_scan(client, agreement, raw)
    assert (
        "active content" in response.content.decode()
        or "could not be read" in response.content.decode()
    )
