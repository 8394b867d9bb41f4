"""Signed scans of agreements: PDF files that only some staff may open.

A scan is checked like an uploaded image is (core.images): its type by its
content, not its name; its size against MAX_UPLOAD_BYTES; and it must hold
no active content (JavaScript, actions run on opening, launch actions,
embedded files, forms with scripts) and not be encrypted, so opening it can
do nothing but show pages. Scans are kept in PRIVATE_MEDIA_ROOT, outside
MEDIA_ROOT, whose storage has no URL at all: the only way to one is the
staff view in agreements.admin, which checks permissions and then sends the
file itself or, behind nginx, has nginx send it (X-Accel-Redirect).
"""

import logging

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.http import FileResponse, Http404, HttpResponse
from django.urls import reverse
from django.utils.functional import LazyObject
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

from core.images import upload_limits
from core.translated_text import fill_in

logger = logging.getLogger(__name__)

# Names that make a PDF do something rather than show something.
ACTIVE_NAMES = {
    "/JavaScript",
    "/JS",
    "/OpenAction",
    "/AA",
    "/Launch",
    "/EmbeddedFile",
    "/EmbeddedFiles",
    "/RichMedia",
    "/XFA",
    "/GoToR",
    "/GoToE",
    "/SubmitForm",
    "/ImportData",
}
# A scan of a few pages has a few hundred objects; past this, reading
# further costs more than any real scan needs.
MAX_PDF_OBJECTS = 100_000


class PrivateStorage(FileSystemStorage):
    """Files with no URL: asking for one is a mistake, and says so."""

    def url(self, name):
        raise ValueError("Private files have no URL; link to the staff view instead.")


class _PrivateStorage(LazyObject):
    # Read PRIVATE_MEDIA_ROOT when first used, so tests may point it elsewhere.
    def _setup(self):
        self._wrapped = PrivateStorage(location=settings.PRIVATE_MEDIA_ROOT)


_private = _PrivateStorage()


def private_storage():
    return _private


def _refuse(message, code):
    return ValidationError(fill_in(message, upload_limits()), code=code)


def _walk(value, seen):
    """Every dictionary reachable from `value`, each once."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, IndirectObject):
            key = (item.idnum, item.generation)
            if key in seen:
                continue
            seen.add(key)
            if len(seen) > MAX_PDF_OBJECTS:
                raise ValueError("too many objects")
            item = item.get_object()
        if isinstance(item, DictionaryObject):
            yield item
            stack.extend(item.values())
        elif isinstance(item, ArrayObject):
            stack.extend(item)


def check_pdf(upload):
    """Raise ValidationError unless `upload` is a PDF safe to hand to staff."""
    if upload.size > settings.MAX_UPLOAD_BYTES:
        raise _refuse(_("The file is larger than %(megabytes)s MB."), "too_large")
    upload.seek(0)
    if not upload.read(1024).lstrip(b"\x00\t\n\r ").startswith(b"%PDF-"):
        raise _refuse(_("The file is not a PDF: choose the scan as a PDF file."), "not_pdf")
    upload.seek(0)
    try:
        reader = PdfReader(upload, strict=False)
        if reader.is_encrypted:
            raise _refuse(
                _("The PDF is encrypted or password-protected: save it without a password."),
                "encrypted",
            )
        found = set()
        for dictionary in _walk(reader.trailer, set()):
            found |= ACTIVE_NAMES.intersection(dictionary.keys())
            if dictionary.get("/S") in ACTIVE_NAMES:
                found.add(str(dictionary["/S"]))
        if len(reader.pages) == 0:
            raise ValueError("no pages")
    except ValidationError:
        raise
    except Exception as error:  # pypdf raises many kinds on broken files
        logger.info("Refused a PDF pypdf could not read: %r", error)
        raise _refuse(
            _("The PDF could not be read; it may be damaged. Scan or save it again."),
            "unreadable",
        ) from error
    finally:
        upload.seek(0)
    if found:
        raise _refuse(
            _(
                "The PDF holds active content (scripts, actions or attached files), "
                "which a scan never needs. Print it to a new PDF or scan the paper again."
            ),
            "active_content",
        )


def may_open_scans(user):
    return user.is_active and user.is_staff and user.has_perm("agreements.open_signed_scan")


def send_scan(agreement):
    """The response that hands the scan to staff: nginx sends the file when
    PRIVATE_MEDIA_X_ACCEL names its internal location, Django otherwise."""
    name = agreement.scan.name
    download_name = f"{slugify(str(agreement))[:80] or 'agreement'}-{agreement.pk}.pdf"
    if settings.PRIVATE_MEDIA_X_ACCEL:
        response = HttpResponse(content_type="application/pdf")
        response["X-Accel-Redirect"] = settings.PRIVATE_MEDIA_X_ACCEL.rstrip("/") + "/" + name
        response["Content-Disposition"] = f'attachment; filename="{download_name}"'
    else:
        try:
            handle = private_storage().open(name, "rb")
        except FileNotFoundError:
            raise Http404 from None
        response = FileResponse(
            handle, as_attachment=True, filename=download_name, content_type="application/pdf"
        )
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


class ScanInput(forms.ClearableFileInput):
    """The file input, linking a kept scan to the staff view (the storage
    has no URL)."""

    template_name = "agreements/widgets/scan_input.html"

    def __init__(self, attrs=None):
        super().__init__({"accept": "application/pdf", **(attrs or {})})

    def is_initial(self, value):
        return bool(value and getattr(value, "name", None))

    def format_value(self, value):
        return value if self.is_initial(value) else None

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        instance = getattr(value, "instance", None)
        if self.is_initial(value) and instance is not None and instance.pk:
            context["widget"]["scan_url"] = reverse(
                "admin:agreements_agreement_scan", args=[instance.pk]
            )
        return context


class PdfScanFormField(forms.FileField):
    widget = ScanInput

    def to_python(self, data):
        upload = super().to_python(data)
        if upload is not None:
            check_pdf(upload)
        return upload


class PdfScanField(models.FileField):
    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": PdfScanFormField, **kwargs})
