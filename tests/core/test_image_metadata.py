"""Stored images carry pixels only: no metadata, colours converted to sRGB."""

import struct
from io import BytesIO

import pytest
from PIL import Image, ImageCms, PngImagePlugin

from tests.core.test_image_uploads import post_logo, stored_files

XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b"<rdf:Description>Photographer: Jane, home address</rdf:Description>"
    b"</rdf:RDF></x:xmpmeta>"
)
# An APP13 (Photoshop IPTC) segment, as cameras and editors write them.
APP13_SEGMENT = b"\xff\xed\x00\x10Photoshop 3.0\x00"
METADATA_KEYS = {"exif", "xmp", "XML:com.adobe.xmp", "comment", "icc_profile", "Comment"}


def srgb_with_red_and_blue_swapped():
    """An ICC profile that says the first channel is blue: an image tagged
    with it and painted (255, 0, 0) is, in truth, blue."""
    profile = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    (tag_count,) = struct.unpack(">I", profile[128:132])
    tags = {}
    for index in range(tag_count):
        start = 132 + 12 * index
        tags[bytes(profile[start : start + 4])] = start
    red, blue = tags[b"rXYZ"], tags[b"bXYZ"]
    profile[red + 4 : red + 12], profile[blue + 4 : blue + 12] = (
        profile[blue + 4 : blue + 12],
        profile[red + 4 : red + 12],
    )
    return bytes(profile)


def image_with_metadata(image_format):
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0x8825] = {1: "N", 2: (41.0, 18.0, 0.0)}
    options = {"exif": exif, "icc_profile": srgb_with_red_and_blue_swapped()}
    if image_format == "JPEG":
        options.update(xmp=XMP, comment=b"taken at home", extra=APP13_SEGMENT)
    elif image_format == "PNG":
        text = PngImagePlugin.PngInfo()
        text.add_itxt("XML:com.adobe.xmp", XMP.decode())
        text.add_text("Comment", "taken at home")
        options.update(pnginfo=text)
    else:
        options.update(xmp=XMP)
    buffer = BytesIO()
    Image.new("RGB", (300, 200), (255, 0, 0)).save(buffer, format=image_format, **options)
    return buffer.getvalue()


def metadata_of(image):
    found = {key for key in image.info if key in METADATA_KEYS or key.startswith("Raw profile")}
    if image.getexif():
        found.add("exif tags")
    segments = [marker for marker, content in getattr(image, "applist", [])]
    # libjpeg's JFIF header is the format itself, not metadata.
    found.update(marker for marker in segments if marker != "APP0")
    return found


@pytest.mark.parametrize(
    ("image_format", "filename"), [("JPEG", "a.jpg"), ("PNG", "a.png"), ("WEBP", "a.webp")]
)
def test_original_and_variants_carry_no_metadata(client, seeded, editor, image_format, filename):
    upload = image_with_metadata(image_format)
    with Image.open(BytesIO(upload)) as uploaded:
        assert metadata_of(uploaded)  # the test image does carry metadata

    response, partner = post_logo(client, editor, upload, filename)

    assert response.status_code == 302
    for name in stored_files(partner):
        with partner.logo.storage.open(name) as stored, Image.open(stored) as image:
            assert metadata_of(image) == set(), name


@pytest.mark.parametrize(
    ("image_format", "filename"), [("JPEG", "a.jpg"), ("PNG", "a.png"), ("WEBP", "a.webp")]
)
def test_colours_of_a_non_srgb_profile_are_converted_to_srgb(
    client, seeded, editor, image_format, filename
):
    response, partner = post_logo(client, editor, image_with_metadata(image_format), filename)

    assert response.status_code == 302
    for name in stored_files(partner):
        with partner.logo.storage.open(name) as stored, Image.open(stored) as image:
            red, _green, blue = image.convert("RGB").getpixel((10, 10))
            assert blue > 200 and red < 60, name
