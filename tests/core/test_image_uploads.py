"""Uploaded photos and logos: only real images, cleaned, renamed and resized."""

import re
from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import DatabaseError, transaction
from django.urls import reverse
from django.utils import translation
from PIL import Image

from partners.models import Partner
from tests.images import image_bytes


def jpeg_with_gps():
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # camera make
    exif[0x8825] = {1: "N", 2: (41.0, 18.0, 0.0), 3: "E", 4: (69.0, 16.0, 0.0)}  # GPS
    return image_bytes("JPEG", exif=exif)


def animated_webp():
    buffer = BytesIO()
    frames = [Image.new("RGB", (20, 20), colour) for colour in ("red", "blue", "green")]
    frames[0].save(buffer, format="WEBP", save_all=True, append_images=frames[1:], duration=50)
    return buffer.getvalue()


def post_logo(client, editor, content, filename, **fields):
    client.force_login(editor)
    partner = Partner.objects.get(slug="induk-university")
    data = {
        "name_uz": partner.name_uz,
        "name_ru": partner.name_ru,
        "name_en": partner.name_en,
        "slug": partner.slug,
        "country": partner.country.code,
        "city_uz": partner.city_uz,
        "is_active": "on",
        "logo": SimpleUploadedFile(filename, content) if content else "",
        **fields,
    }
    response = client.post(reverse("admin:partners_partner_change", args=[partner.pk]), data)
    partner.refresh_from_db()
    return response, partner


def test_logo_is_stored_under_a_random_name_with_resized_variants(client, seeded, editor):
    response, partner = post_logo(client, editor, image_bytes("PNG", (600, 300)), "logo.png")

    assert response.status_code == 302
    assert partner.logo.name.startswith("partners/")
    assert "logo" not in partner.logo.name
    storage = partner.logo.storage
    stem = partner.logo.name.rsplit(".", 1)[0]
    for width in (64, 128, 256):
        assert storage.exists(f"{stem}-w{width}.webp")
        with storage.open(f"{stem}-w{width}.png") as variant, Image.open(variant) as image:
            assert image.width == width


def stored_files(partner):
    """The logo's original and every resized variant, as names in storage."""
    stem, _dot, extension = partner.logo.name.rpartition(".")
    variants = [
        f"{stem}-w{width}.{variant}" for width in (64, 128, 256) for variant in ("webp", extension)
    ]
    return [partner.logo.name, *variants]


def test_replaced_logo_stays_in_storage_for_the_history(client, seeded, editor):
    _response, first = post_logo(client, editor, image_bytes("PNG", (300, 300)), "a.png")
    old_files = stored_files(first)

    _response, second = post_logo(client, editor, image_bytes("JPEG", (300, 300)), "b.jpg")

    storage = second.logo.storage
    assert second.logo.name != first.logo.name
    assert all(storage.exists(name) for name in old_files)
    assert all(storage.exists(name) for name in stored_files(second))


def test_logo_stays_when_the_save_that_would_replace_it_is_rolled_back(client, seeded, editor):
    _response, first = post_logo(client, editor, image_bytes("PNG", (300, 300)), "a.png")
    partner = Partner.objects.get(pk=first.pk)

    with pytest.raises(DatabaseError), transaction.atomic():
        partner.logo = SimpleUploadedFile("b.png", image_bytes("PNG", (200, 200)))
        partner.save()
        raise DatabaseError("the rest of the edit failed")

    assert Partner.objects.get(pk=first.pk).logo.name == first.logo.name
    assert all(first.logo.storage.exists(name) for name in stored_files(first))


def test_public_page_serves_resized_webp_with_fallback_never_the_original(client, seeded, editor):
    _response, partner = post_logo(client, editor, image_bytes("JPEG", (900, 900)), "logo.jpg")
    client.logout()

    page = client.get("/en/partners/induk-university/").content.decode()

    assert '<source type="image/webp" srcset="/media/partners/' in page
    assert "-w128.webp 128w" in page
    assert 'width="128" height="128"' in page
    assert partner.logo.url not in page


def test_gps_and_camera_metadata_are_removed(client, seeded, editor):
    _response, partner = post_logo(client, editor, jpeg_with_gps(), "holiday.jpg")

    with partner.logo.open("rb") as stored, Image.open(stored) as image:
        assert dict(image.getexif()) == {}


def test_data_appended_after_the_image_is_dropped(client, seeded, editor):
    payload = image_bytes("PNG") + b"<script>alert(1)</script>PK\x03\x04hidden.zip"

    _response, partner = post_logo(client, editor, payload, "polyglot.png")

    with partner.logo.open("rb") as stored:
        content = stored.read()
    assert b"<script>" not in content
    assert b"hidden.zip" not in content


@pytest.mark.parametrize(
    ("content", "filename", "message"),
    [
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "logo.svg", "not an image we can read"),
        (b"just some text", "logo.png", "not an image we can read"),
        (image_bytes("GIF"), "logo.gif", "Only JPEG, PNG and WebP images can be uploaded."),
        (image_bytes("BMP"), "logo.bmp", "Only JPEG, PNG and WebP images can be uploaded."),
        (image_bytes("TIFF"), "logo.tiff", "Only JPEG, PNG and WebP images can be uploaded."),
        (image_bytes("ICO"), "logo.ico", "Only JPEG, PNG and WebP images can be uploaded."),
        (image_bytes("JPEG")[:-200], "cut.jpg", "The image is damaged or incomplete."),
        (animated_webp(), "moving.webp", "Animated images cannot be uploaded."),
    ],
    ids=["svg", "text", "gif", "bmp", "tiff", "ico", "truncated", "animated"],
)
def test_bad_upload_gets_a_form_error_and_changes_nothing(
    client, seeded, editor, content, filename, message
):
    response, partner = post_logo(client, editor, content, filename)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not partner.logo


def test_image_over_40_megapixels_is_refused_before_decoding(client, seeded, editor):
    huge = image_bytes("PNG", (8000, 5001), mode="1")  # only its size matters

    response, partner = post_logo(client, editor, huge, "huge.png")

    assert "more than 40 megapixels" in response.content.decode()
    assert not partner.logo


def test_decompression_bomb_is_a_form_error_not_a_crash(client, seeded, editor):
    bomb = image_bytes("PNG", (12000, 12000), mode="1")  # only its size matters

    response, partner = post_logo(client, editor, bomb, "bomb.png")

    assert response.status_code == 200
    assert "more than 40 megapixels" in response.content.decode()
    assert not partner.logo


def test_file_over_5_megabytes_is_refused(client, seeded, editor):
    oversized = image_bytes("PNG") + b"\0" * (5 * 1024 * 1024)

    response, partner = post_logo(client, editor, oversized, "big.png")

    assert "larger than 5 MB" in response.content.decode()
    assert not partner.logo


def test_limits_in_messages_follow_the_settings(client, seeded, editor, settings):
    settings.MAX_UPLOAD_BYTES = 1024 * 1024
    settings.MAX_IMAGE_PIXELS = 2_000_000
    client.force_login(editor)

    form = client.get(reverse("admin:partners_partner_add")).content.decode()
    too_big, _partner = post_logo(client, editor, image_bytes() + b"\0" * 1024 * 1024, "a.png")
    too_large, _partner = post_logo(client, editor, image_bytes("PNG", (2000, 1001)), "b.png")

    assert "A JPEG, PNG or WebP image, at most 1 MB." in form
    assert "larger than 1 MB" in too_big.content.decode()
    assert "more than 2 megapixels" in too_large.content.decode()


def test_upload_errors_are_in_the_staff_members_language(client, seeded, editor):
    client.force_login(editor)
    partner = Partner.objects.get(slug="induk-university")

    with translation.override("ru"):
        url = reverse("admin:partners_partner_change", args=[partner.pk])

    response = client.post(
        url,
        {
            "name_uz": partner.name_uz,
            "slug": partner.slug,
            "country": "KR",
            "logo": SimpleUploadedFile("moving.webp", animated_webp()),
        },
    )

    assert "Анимированные изображения загружать нельзя." in response.content.decode()


def test_full_disk_known_in_advance_is_a_form_error_that_keeps_the_input(
    client, seeded, editor, monkeypatch
):
    usage = type("Usage", (), {"free": 1024, "total": 10**9, "used": 10**9})
    monkeypatch.setattr("core.images.shutil.disk_usage", lambda path: usage)

    response, partner = post_logo(client, editor, image_bytes("PNG"), "logo.png")

    page = response.content.decode()
    assert "The server has no room to store this image." in page
    assert f'value="{partner.name_uz}"' in page
    assert not partner.logo


def test_disk_filling_up_mid_save_leaves_no_file_and_no_row(
    client, seeded, editor, settings, monkeypatch
):
    from django.core.files.storage import FileSystemStorage

    real_save = FileSystemStorage._save
    writes = {"count": 0}

    def save_until_full(storage, name, content):
        writes["count"] += 1
        if writes["count"] >= 3:  # the original and one variant fit
            with open(storage.path(name), "wb") as partial:
                partial.write(b"half a file")
            raise OSError(28, "No space left on device")
        return real_save(storage, name, content)

    monkeypatch.setattr(FileSystemStorage, "_save", save_until_full)
    client.raise_request_exception = False

    response, partner = post_logo(client, editor, image_bytes("PNG", (400, 400)), "logo.png")

    assert response.status_code == 507
    assert "Nothing was saved" in response.content.decode()
    assert not partner.logo
    media = settings.MEDIA_ROOT
    assert not [path for path in media.rglob("*") if path.is_file()]
    monkeypatch.undo()
    assert client.get("/en/partners/induk-university/").status_code == 200


def stored_file_names(settings):
    return [path.name for path in settings.MEDIA_ROOT.rglob("*") if path.is_file()]


@pytest.mark.parametrize("size", [(1, 60000), (3, 5000), (5000, 20)], ids=str)
def test_long_thin_image_is_refused_naming_the_limit_and_nothing_is_stored(
    client, seeded, editor, settings, size
):
    response, partner = post_logo(client, editor, image_bytes("PNG", size, mode="1"), "thin.png")

    assert response.status_code == 200
    assert "one side is over 20 times the other" in response.content.decode()
    assert not partner.logo
    assert stored_file_names(settings) == []


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("ru", "одна сторона длиннее другой более чем в 20 раз"),
        ("uz", "bir tomoni boshqasidan 20 martadan koʻproq uzun"),
    ],
)
def test_long_thin_image_is_refused_in_the_editors_language(
    client, seeded, editor, language, message
):
    client.force_login(editor)
    partner = Partner.objects.get(slug="induk-university")
    with translation.override(language):
        url = reverse("admin:partners_partner_change", args=[partner.pk])

    response = client.post(
        url,
        {
            "name_uz": partner.name_uz,
            "slug": partner.slug,
            "country": "KR",
            "logo": SimpleUploadedFile("thin.png", image_bytes("PNG", (1, 60000), mode="1")),
        },
    )

    assert message in response.content.decode()


def test_banner_at_the_aspect_ratio_limit_gets_variants_at_least_one_pixel_high(
    client, seeded, editor
):
    response, partner = post_logo(client, editor, image_bytes("PNG", (2000, 100)), "banner.png")

    assert response.status_code == 302
    stem = partner.logo.name.rsplit(".", 1)[0]
    with partner.logo.storage.open(f"{stem}-w64.png") as variant, Image.open(variant) as image:
        assert image.size == (64, 3)


def test_small_logo_is_never_upscaled_and_every_srcset_file_exists(client, seeded, editor):
    _response, partner = post_logo(client, editor, image_bytes("PNG", (100, 50)), "small.png")
    client.logout()

    page = client.get("/en/partners/induk-university/").content.decode()

    variant_urls = re.findall(r"/media/(\S+) \d+w", page)
    assert len(variant_urls) == 6  # three widths, WebP and PNG
    widths = []
    for name in variant_urls:
        with partner.logo.storage.open(name) as variant, Image.open(variant) as image:
            widths.append(image.width)
    assert max(widths) == 100


def test_huge_photo_is_stored_at_most_2560_pixels_on_its_long_side(client, seeded, editor):
    response, partner = post_logo(client, editor, image_bytes("JPEG", (6000, 4000)), "big.jpg")

    assert response.status_code == 302
    with partner.logo.open("rb") as stored, Image.open(stored) as image:
        assert image.size == (2560, 1707)
