"""Uploaded images: checked, cleaned and resized before anyone sees them.

An upload must be a real JPEG, PNG or WebP that Pillow decodes completely,
at most settings.MAX_UPLOAD_BYTES and MAX_IMAGE_PIXELS, and not animated. It is then
re-encoded from its pixels, which drops EXIF (GPS included), comments and
anything appended after the image, and stored under a random name. Each
stored image also gets resized variants (WebP plus a JPEG or PNG fallback),
so a visitor never downloads the original.
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
from PIL import Image, ImageOps, UnidentifiedImageError

from core.translated_text import fill_in

logger = logging.getLogger(__name__)

MEDIA_HEADROOM_BYTES = 50 * 1024 * 1024
ACCEPTED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


def upload_limits():
    """The limits in settings as the messages name them."""
    return {
        "megabytes": settings.MAX_UPLOAD_BYTES // (1024 * 1024),
        "megapixels": settings.MAX_IMAGE_PIXELS // 1_000_000,
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
            if getattr(image, "n_frames", 1) > 1:
                raise _error(_("Animated images cannot be uploaded."), "animated")
            image.load()
            cleaned = ImageOps.exif_transpose(image)
            content = _encode(cleaned, image_format)
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


def _encode(image, image_format, quality=88):
    """Encode pixels only: no EXIF, ICC kept so colours stay right (Pillow's
    JPEG and WebP writers keep a profile only when it is passed)."""
    buffer = BytesIO()
    options = {"icc_profile": image.info.get("icc_profile")}
    if image_format == "JPEG":
        image = image.convert("RGB")
        options.update(quality=quality, optimize=True, progressive=True)
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


def make_variants(field_file, widths):
    """Write WebP and JPEG/PNG copies of a stored image at each width."""
    storage = field_file.storage
    with storage.open(field_file.name, "rb") as source, Image.open(source) as image:
        image.load()
        fallback = fallback_extension(field_file.name)
        for width in widths:
            # At least one pixel high, however wide the image.
            height = max(1, round(image.height * width / image.width))
            resized = image.resize((width, height), Image.Resampling.LANCZOS)
            for extension in ("webp", fallback):
                name = variant_name(field_file.name, width, extension)
                # A leftover of that name would make storage pick another.
                storage.delete(name)
                content = _encode(resized, VARIANT_FORMATS[extension], quality=82)
                storage.save(name, ContentFile(content))


def delete_variants(storage, name, widths):
    # Storage backends ignore a name that is not there (files and S3 alike),
    # so no exists() first: on S3 that is one request more per file.
    for width in widths:
        for extension in ("webp", fallback_extension(name)):
            storage.delete(variant_name(name, width, extension))


def forget_variants(sender, file, file_name, success, **_signal_arguments):
    """django-cleanup deleted an original nothing uses any more: its resized
    variants go with it."""
    widths = getattr(file.field, "variant_widths", ())
    if not (success and widths):
        return
    try:
        delete_variants(file.storage, file_name, widths)
    except Exception:
        # This runs after the save committed: a failure here must not turn
        # the editor's successful save into an error page. Leftover
        # variants only take disk space.
        logger.exception("Could not delete the resized variants of %s", file_name)
