"""Signed scans: PDFs only, checked, private, and only for staff who may open them."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from pypdf import PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

from agreements.models import Agreement


def pdf_bytes(javascript=False, encrypted=False, attachment=False):
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    if javascript:
        script = DictionaryObject(
            {
                NameObject("/S"): NameObject("/JavaScript"),
                NameObject("/JS"): TextStringObject("app.alert('hello');"),
            }
        )
        names = DictionaryObject(
            {
                NameObject("/Names"): ArrayObject(
                    [TextStringObject("x"), writer._add_object(script)]
                )
            }
        )
        writer._root_object[NameObject("/Names")] = DictionaryObject(
            {NameObject("/JavaScript"): writer._add_object(names)}
        )
    if attachment:
        writer.add_attachment("note.txt", b"hidden")
    if encrypted:
        writer.encrypt("secret")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def pdf_with_open_action():
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    action = DictionaryObject(
        {
            NameObject("/S"): NameObject("/Launch"),
            NameObject("/F"): TextStringObject("calc.exe"),
        }
    )
    writer._root_object[NameObject("/OpenAction")] = action
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def upload(content, name="scan.pdf"):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def _post_scan(client, agreement, content, name="scan.pdf"):
    url = reverse("admin:agreements_agreement_change", args=[agreement.pk])
    form = client.get(url).context["adminform"].form
    data = {key: value for key, value in form.initial.items() if value is not None}
    data.update(
        {
            "partner": agreement.partner_id,
            "kind": agreement.kind,
            "is_signed": "on",
            "scan": upload(content, name),
        }
    )
    for field in ("title_uz", "title_ru", "title_en", "notes_uz", "notes_ru", "notes_en"):
        data.setdefault(field, "")
    data = {k: ("on" if v is True else v) for k, v in data.items() if v is not False}
    return client.post(url, data)


@pytest.fixture
def agreement_with_scan(make_agreement, settings):
    agreement = make_agreement()
    agreement.scan.save("scan.pdf", upload(pdf_bytes()))
    return agreement


def test_editor_uploads_a_pdf_kept_outside_media_root(client, editor, make_agreement, settings):
    agreement = make_agreement()
    client.force_login(editor)
    response = _post_scan(client, agreement, pdf_bytes())
    assert response.status_code == 302, response.content.decode()[:3000]
    agreement.refresh_from_db()
    assert agreement.scan.name.startswith("agreements/")
    path = settings.PRIVATE_MEDIA_ROOT / agreement.scan.name
    assert path.exists()
    assert not (settings.MEDIA_ROOT / agreement.scan.name).exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"GIF89a not a pdf", "is not a PDF"),
        (pdf_bytes(javascript=True), "active content"),
        (pdf_with_open_action(), "active content"),
        (pdf_bytes(attachment=True), "active content"),
        (pdf_bytes(encrypted=True), "encrypted"),
        (b"%PDF-1.7\n" + b"\x00garbage" * 100, "could not be read"),
    ],
    ids=["not-pdf", "javascript", "open-action-launch", "embedded-file", "encrypted", "broken"],
)
def test_refused_scans_say_why_and_keep_nothing(client, editor, make_agreement, content, message):
    agreement = make_agreement()
    client.force_login(editor)
    response = _post_scan(client, agreement, content)
    assert response.status_code == 200
    assert message in response.content.decode()
    agreement.refresh_from_db()
    assert not agreement.scan


def test_scan_over_the_size_limit_is_refused(client, editor, make_agreement, settings):
    settings.MAX_UPLOAD_BYTES = 1000
    agreement = make_agreement()
    client.force_login(editor)
    response = _post_scan(client, agreement, pdf_bytes() + b"\n" * 2000)
    assert "larger than" in response.content.decode()


def test_scan_is_a_404_for_visitors(client, agreement_with_scan):
    url = reverse("admin:agreements_agreement_scan", args=[agreement_with_scan.pk])
    assert client.get(url).status_code == 404


def test_scan_is_a_403_for_translators_who_do_not_see_it_in_the_admin(
    client, translator, agreement_with_scan
):
    client.force_login(translator)
    url = reverse("admin:agreements_agreement_scan", args=[agreement_with_scan.pk])
    assert client.get(url).status_code == 403
    change = client.get(
        reverse("admin:agreements_agreement_change", args=[agreement_with_scan.pk])
    ).content.decode()
    assert "scan" not in change.lower().replace("agreements-report", "")


def test_editor_downloads_the_scan_privately(client, editor, agreement_with_scan):
    client.force_login(editor)
    url = reverse("admin:agreements_agreement_scan", args=[agreement_with_scan.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    change = client.get(
        reverse("admin:agreements_agreement_change", args=[agreement_with_scan.pk])
    )
    assert url in change.content.decode()


def test_behind_nginx_the_scan_goes_out_through_the_internal_location(
    client, editor, agreement_with_scan, settings
):
    settings.PRIVATE_MEDIA_X_ACCEL = "/private-media/"
    client.force_login(editor)
    response = client.get(
        reverse("admin:agreements_agreement_scan", args=[agreement_with_scan.pk])
    )
    assert response["X-Accel-Redirect"] == f"/private-media/{agreement_with_scan.scan.name}"
    assert response.content == b""


def test_unknown_agreement_or_one_without_scan_is_a_404(client, editor, make_agreement):
    client.force_login(editor)
    bare = make_agreement()
    for pk in (bare.pk, 99999):
        url = reverse("admin:agreements_agreement_scan", args=[pk])
        assert client.get(url).status_code == 404


def test_private_storage_has_no_url(agreement_with_scan):
    with pytest.raises(ValueError):
        _ = agreement_with_scan.scan.url
    assert Agreement.objects.get().scan.name
