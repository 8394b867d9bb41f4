"""Uploaded images: checked, cleaned and resized before anyone sees them.

An upload must be a real JPEG, PNG or WebP that Pillow decodes completely,
at most settings.MAX_UPLOAD_BYTES and MAX_IMAGE_PIXELS, not animated, and no
side more than MAX_IMAGE_ASPECT_RATIO times the other (WebP: at most
MAX_WEBP_PIXELS); the size checks read only
the header, before any pixel is decoded. What is stored is made from the
pixels alone: turned upright, converted from its ICC profile to sRGB,
scaled down to at most STORED_MAX_SIDE on its long side, and encoded with no
metadata at all (no EXIF or GPS, XMP, comments, APP segments, text chunks or
ICC profile) and nothing appended after the image, under a random name.
Each stored image also gets resized variants (WebP plus a JPEG or PNG
fallback), so a visitor never downloads the original. A variant is never
larger than the original: a width the original does not reach is written at
the original's width under the same name, so every name a srcset lists exists.

Memory: a worker decodes an upload once at full size (at most
MAX_IMAGE_PIXELS, four bytes each) and holds nothing else that large;
everything after works on the scaled-down copy. tests/core/image_memory.py
measures it.
"""

import logging
import shutil
import uuid
import warnings
from io import BytesIO
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import InMemoryUploadedFile
from django.utils.deconstruct import deconstructible
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

from core.translated_text import fill_in

logger = logging.getLogger(__name__)

MEDIA_HEADROOM_BYTES = 50 * 1024 * 1024
ACCEPTED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
# No page shows more than a few hundred pixels of an image: larger originals
# are scaled down to this (WordPress's "big image" threshold), which bounds the
# memory of every step after the first decode and of every later variant.
STORED_MAX_SIDE = 2560
# libwebp refuses a side longer than this.
WEBP_MAX_SIDE = 16383
SRGB_PROFILE = ImageCms.createProfile("sRGB")
# Pillow's writers fall back to these when no option says otherwise; all
# but transparency are metadata.
KEPT_INFO = ("transparency",)


def upload_limits():
    """The limits in settings as the messages name them."""
    return {
        "megabytes": settings.MAX_UPLOAD_BYTES // (1024 * 1024),
        "megapixels": settings.MAX_IMAGE_PIXELS // 1_000_000,
        "webp_megapixels": settings.MAX_WEBP_PIXELS // 1_000_000,
        "ratio": settings.MAX_IMAGE_ASPECT_RATIO,
    }


def _fill_in_limits(message):
    return fill_in(message, upload_limits())


# For help texts, which are read when the models load, before any language is active.
with_upload_limits = lazy(_fill_in_limits, str)


def _too_many_pixels():
    return _error(
        _fill_in_limits(
            _("The image has more than %(megapixels)s megapixels. Please upload a smaller one.")
        ),
        "too_many_pixels",
    )


def _too_long_and_narrow():
    return _error(
        fill_in(
            ngettext_lazy(
                "The image is too long and narrow: one side is over %(ratio)s time the "
                "other. Please crop it or upload another image.",
                "The image is too long and narrow: one side is over %(ratio)s times the "
                "other. Please crop it or upload another image.",
                settings.MAX_IMAGE_ASPECT_RATIO,
            ),
            upload_limits(),
        ),
        "too_long_and_narrow",
    )


def _error(message, code):
    return ValidationError(message, code=code)


def clean_upload(upload):
    """Validate an uploaded image and return a re-encoded copy of it.

    Raises ValidationError with a message for the editor on anything else.
    """
    if upload.size > settings.MAX_UPLOAD_BYTES:
        raise _error(
            _fill_in_limits(
                _("The image is larger than %(megabytes)s MB. Please upload a smaller file.")
            ),
            "too_big",
        )
    upload.seek(0)
    try:
        with warnings.catch_warnings():
            # Pillow only warns below twice its own pixel limit.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(upload)
        with image:
            image_format = image.format
            if image_format not in ACCEPTED_FORMATS:
                raise _error(_("Only JPEG, PNG and WebP images can be uploaded."), "wrong_format")
            width, height = image.size
            if width * height > settings.MAX_IMAGE_PIXELS:
                raise _too_many_pixels()
            if image_format == "WEBP" and width * height > settings.MAX_WEBP_PIXELS:
                raise _error(
                    _fill_in_limits(
                        _(
                            "A WebP image may have at most %(webp_megapixels)s megapixels. "
                            "Please upload a smaller one, or the image as JPEG or PNG."
                        )
                    ),
                    "too_many_pixels",
                )
            if max(width, height) > settings.MAX_IMAGE_ASPECT_RATIO * min(width, height):
                raise _too_long_and_narrow()
            if getattr(image, "n_frames", 1) > 1:
                raise _error(_("Animated images cannot be uploaded."), "animated")
            content = _encode(_pixels_to_store(image), image_format)
            _ensure_media_room(len(content))
    except ValidationError:
        raise
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise _too_many_pixels() from None
    except UnidentifiedImageError:
        raise _error(
            _("The file is not an image we can read. Please upload a JPEG, PNG or WebP image."),
            "invalid",
        ) from None
    except (OSError, SyntaxError, ValueError):
        raise _error(
            _("The image is damaged or incomplete. Please upload it again."), "damaged"
        ) from None
    extension = ACCEPTED_FORMATS[image_format]
    return InMemoryUploadedFile(
        file=BytesIO(content),
        field_name=getattr(upload, "field_name", None),
        name=f"{uuid.uuid4().hex}.{extension}",
        content_type=Image.MIME[image_format],
        size=len(content),
        charset=None,
    )


def _ensure_media_room(size):
    """Refuse, with the form still filled in, an image the disk cannot hold."""
    location = getattr(default_storage, "location", None)
    if location is None:
        return  # object storage
    Path(location).mkdir(parents=True, exist_ok=True)
    # The original, six variants of at most its size, and some headroom.
    if shutil.disk_usage(location).free < size * 7 + MEDIA_HEADROOM_BYTES:
        raise _error(
            _(
                "The server has no room to store this image. Nothing was saved; "
                "please tell the site administrator."
            ),
            "no_room",
        )


def fit_within(size, max_width, max_height):
    """`size` scaled down to fit the box, keeping its proportions; never
    scaled up, and at least one pixel each way."""
    width, height = size
    scale = min(1, max_width / width, max_height / height)
    return max(1, round(width * scale)), max(1, round(height * scale))


def _pixels_to_store(image):
    """The upload's pixels as we keep them: at most STORED_MAX_SIDE, upright,
    in sRGB, with no metadata. Frees the full-size decode as soon as it can."""
    size = fit_within(image.size, STORED_MAX_SIDE, STORED_MAX_SIDE)
    icc_profile = image.info.get("icc_profile")
    image.draft(None, size)  # JPEG: libjpeg decodes at 1/2, 1/4 or 1/8 scale
    image.load()
    pixels = _scaled_down(image, size)
    ImageOps.exif_transpose(pixels, in_place=True)
    pixels = _in_srgb(pixels, icc_profile)
    if image.format == "JPEG" and pixels.mode not in ("L", "RGB"):
        pixels = pixels.convert("RGB")
    return pixels


def _scaled_down(image, size):
    """`image` resized to `size`, its own memory released when a copy is made."""
    if image.size == size:
        return image
    factor = min(image.width // size[0], image.height // size[1])
    if factor >= 2:
        reduced = _reduced_in_bands(image, factor)
        image.close()
        image = reduced
    if image.mode in ("1", "P"):
        # Pillow resizes these with nearest neighbour: jagged logos.
        converted = image.convert("RGBA" if image.has_transparency_data else "RGB")
        image.close()
        image = converted
    resized = image.resize(size, Image.Resampling.LANCZOS)
    image.close()
    return resized


def _reduced_in_bands(image, factor):
    """`image.reduce(factor)`, a band of rows at a time. Pillow reduces RGBA
    (and resizes it) through a premultiplied copy of the whole image, a
    second full-size copy; a box filter needs no pixels outside its band."""
    mode = image.mode
    if mode in ("1", "P"):
        mode = "RGBA" if image.has_transparency_data else "RGB"
    reduced = Image.new(mode, (-(-image.width // factor), -(-image.height // factor)))
    band = factor * 128
    for top in range(0, image.height, band):
        strip = image.crop((0, top, image.width, min(top + band, image.height)))
        reduced.paste(strip.convert(mode).reduce(factor), (0, top // factor))
    return reduced


def _in_srgb(image, icc_profile):
    """Pixels converted from their ICC profile to sRGB, so they look right
    with no profile attached."""
    if not icc_profile:
        return image
    output_mode = {"RGBA": "RGBA", "LA": "RGBA", "PA": "RGBA"}.get(image.mode, "RGB")
    try:
        profile = ImageCms.ImageCmsProfile(BytesIO(icc_profile))
        if image.mode in ("P", "PA", "1"):
            image = image.convert(output_mode)
        converted = ImageCms.profileToProfile(image, profile, SRGB_PROFILE, outputMode=output_mode)
    except (ImageCms.PyCMSError, OSError, ValueError):
        # A profile that does not fit the pixels or cannot be read: the
        # pixels are shown as sRGB, as a browser would without it.
        logger.info("Ignored an ICC profile that cannot convert %s pixels", image.mode)
        return image
    return converted


def _encode(image, image_format, quality=88, for_visitors=False):
    """Encode pixels only. Pillow's writers copy comments, XMP and the ICC
    profile from `image.info` unless told otherwise, so all of it goes.

    Originals are baseline JPEGs: progressive or optimized encoding keeps the
    whole image's coefficients in memory, worth it only for the small
    variants a visitor downloads."""
    image.info = {key: value for key, value in image.info.items() if key in KEPT_INFO}
    buffer = BytesIO()
    options = {}
    if image_format == "JPEG":
        image = image.convert("RGB") if image.mode not in ("L", "RGB") else image
        options.update(quality=quality, progressive=for_visitors, optimize=for_visitors)
    elif image_format == "WEBP":
        options.update(quality=quality, method=4)
    else:
        options.update(optimize=True)
    image.save(buffer, format=image_format, **options)
    return buffer.getvalue()


@deconstructible
class RandomName:
    """upload_to that keeps the folder and replaces the name with a random one."""

    def __init__(self, folder):
        self.folder = folder

    def __call__(self, instance, filename):
        extension = PurePosixPath(filename).suffix.lower()
        return f"{self.folder}/{uuid.uuid4().hex}{extension}"

    def __eq__(self, other):
        return isinstance(other, RandomName) and other.folder == self.folder


# Variants --------------------------------------------------------------------


# Pillow's format for each file extension a variant is written with.
VARIANT_FORMATS = {extension: image_format for image_format, extension in ACCEPTED_FORMATS.items()}


def variant_name(name, width, extension):
    path = PurePosixPath(name)
    return str(path.with_name(f"{path.stem}-w{width}.{extension}"))


def fallback_extension(name):
    return "png" if PurePosixPath(name).suffix.lower() == ".png" else "jpg"


def variant_size(original_size, width):
    """The size of the variant named for `width`: never wider than the
    original, never upscaled, and within what WebP can encode."""
    return fit_within(original_size, width, WEBP_MAX_SIDE)


def make_variants(field_file, widths):
    """Write WebP and JPEG/PNG copies of a stored image at each width (or
    at the original's width where it is narrower)."""
    storage = field_file.storage
    with storage.open(field_file.name, "rb") as source, Image.open(source) as image:
        sizes = {width: variant_size(image.size, width) for width in widths}
        image.draft(None, max(sizes.values()))
        image.load()
        if image.mode in ("1", "P"):
            image = image.convert("RGBA" if image.has_transparency_data else "RGB")
        fallback = fallback_extension(field_file.name)
        for width, size in sizes.items():
            resized = image.resize(size, Image.Resampling.LANCZOS)
            for extension in ("webp", fallback):
                name = variant_name(field_file.name, width, extension)
                # A leftover of that name would make storage pick another.
                storage.delete(name)
                content = _encode(
                    resized, VARIANT_FORMATS[extension], quality=82, for_visitors=True
                )
                storage.save(name, ContentFile(content))


def delete_with_variants(storage, name, widths):
    """Delete a stored image and its resized variants."""
    delete_variants(storage, name, widths)
    storage.delete(name)


def delete_variants(storage, name, widths):
    # Storage backends ignore a name that is not there (files and S3 alike),
    # so no exists() first: on S3 that is one request more per file.
    for width in widths:
        for extension in ("webp", fallback_extension(name)):
            storage.delete(variant_name(name, width, extension))
