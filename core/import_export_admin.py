"""Import and export of content as CSV and XLSX (django-import-export).

A content admin adds `ImportExportAdminMixin` after ContentAdminMixin and
names its resource (a `ContentResource` in the app's resources.py):

    class PartnerAdmin(ContentAdminMixin, ImportExportAdminMixin, ...):
        resource_classes = [PartnerResource]

What every import and export then shares:
- every language's column of each translated field, and no image or file;
- a preview of each row (new, changed, unchanged, refused) before anything
  is written, and a file with any refused row writes nothing at all
  (IMPORT_EXPORT_USE_TRANSACTIONS), saying why row by row in the admin's
  language: unknown or missing columns, a key twice in the file, a bad
  date, an unknown country, a file that is not UTF-8, one over the size limit;
- one revision per confirmed import, so it shows in each object's history
  and can be undone like any save;
- only staff who may add import (Editors); staff who may only change text
  (Translators) export the key and the translated text only.
"""

import datetime
import re

import reversion
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop
from import_export import resources, widgets
from import_export.admin import ImportExportMixin
from import_export.formats.base_formats import CSV, XLSX
from import_export.forms import ImportForm, SelectableFieldsExportForm

from core.images import upload_limits
from core.translated_fields import translated_field_names
from core.translated_text import fill_in

IMPORT_COMMENT = gettext_noop("Imported from a file.")


class FileRefused(Exception):
    """A whole file refused before any row is read (shown as it is)."""


class KnownObjectWidget(widgets.ForeignKeyWidget):
    """A link to another object by one of its fields (a partner's slug),
    refusing an unknown value with a message staff can act on."""

    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value, row, **kwargs)
        except self.model.DoesNotExist:
            raise ValueError(
                fill_in(
                    gettext_lazy("There is no %(model)s “%(value)s”."),
                    {"model": self.model._meta.verbose_name, "value": value},
                )
            ) from None
        except self.model.MultipleObjectsReturned:
            raise ValueError(
                fill_in(
                    gettext_lazy("“%(value)s” names more than one %(model)s."),
                    {"model": self.model._meta.verbose_name, "value": value},
                )
            ) from None


class _CheckedMixin:
    """An empty cell is no value; one the widget cannot read is refused with
    `refusal` ("… is not a date: write it as …"), showing the value."""

    refusal = None

    def clean(self, value, row=None, **kwargs):
        if value is None or str(value).strip() == "":
            return None
        try:
            return super().clean(value, row, **kwargs)
        except (ValueError, TypeError):
            raise ValueError(fill_in(self.refusal, {"value": value})) from None


class CheckedDateWidget(_CheckedMixin, widgets.DateWidget):
    """Dates as YYYY-MM-DD (XLSX cells may hold real dates), with a message
    that shows the value and the expected form."""

    refusal = gettext_lazy("“%(value)s” is not a date: write it as YYYY-MM-DD.")

    def __init__(self):
        super().__init__(format="%Y-%m-%d")

    def render(self, value, obj=None, **kwargs):
        return value.strftime("%Y-%m-%d") if value else ""


class CheckedDateTimeWidget(_CheckedMixin, widgets.DateTimeWidget):
    """Moments as YYYY-MM-DD HH:MM[:SS] in the site's time zone (Tashkent),
    as staff type them in the admin, with a message like CheckedDateWidget's.
    Exported to the second: an unchanged file changes nothing."""

    refusal = gettext_lazy(
        "“%(value)s” is not a date and time: write it as YYYY-MM-DD HH:MM (Tashkent time)."
    )

    def __init__(self):
        super().__init__(format="%Y-%m-%d %H:%M:%S")

    def render(self, value, obj=None, **kwargs):
        return timezone.localtime(value).strftime("%Y-%m-%d %H:%M:%S") if value else ""

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, str) and len(value.strip()) == len("YYYY-MM-DD HH:MM"):
            value = value.strip() + ":00"
        return super().clean(value, row, **kwargs)


def column_label(model, column):
    """A column as staff read it in their language: the field's name, and
    the language of a translated one ("Nomi [ru]" for name_ru)."""
    try:
        field = model._meta.get_field(column)
    except FieldDoesNotExist:
        return column
    original = getattr(field, "translated_field", None)
    if original is not None:
        return f"{capfirst(original.verbose_name)} [{field.language}]"
    return capfirst(field.verbose_name)


class LabelledExportForm(SelectableFieldsExportForm):
    """The columns to export, named in the admin's language."""

    def _get_field_label(self, resource, field_name):
        return column_label(resource._meta.model, field_name)


class ContentResource(resources.ModelResource):
    """A content model's rows with each translated field in every language.

    Subclasses give Meta.model, Meta.import_id_fields and the columns in
    Meta.fields (translated fields by their original name: `name` becomes
    name_uz, name_ru, name_en).
    """

    @classmethod
    def columns(cls, model, names):
        """`names` with each translated field spread over its languages."""
        translated = translated_field_names(model)
        columns = []
        for name in names:
            if name in translated:
                columns += [f"{name}_{code}" for code, _name in settings.LANGUAGES]
            else:
                columns.append(name)
        return columns

    @classmethod
    def text_only(cls):
        """The same resource with only the key and the translated text."""
        model = cls._meta.model
        translated = translated_field_names(model)
        keep = [*cls._meta.import_id_fields, *cls.columns(model, translated)]
        meta = type("Meta", (cls.Meta,), {"fields": keep, "export_order": keep})
        return type(f"{cls.__name__}TextOnly", (cls,), {"Meta": meta})

    def get_diff_headers(self):
        """The preview's column headings, in the admin's language."""
        model = self._meta.model
        return [column_label(model, field.column_name) for field in self.get_import_fields()]

    def import_field(self, field, instance, row, is_m2m=False, **kwargs):
        """An empty cell leaves an empty field as it was: a file cannot tell
        NULL from "" (modeltranslation keeps empty translations as NULL),
        and an unchanged row must not show as changed."""
        try:
            before = getattr(instance, field.attribute)
        except Exception:
            before = ...
        super().import_field(field, instance, row, is_m2m, **kwargs)
        after = getattr(instance, field.attribute, ...)
        if before in ("", None) and after in ("", None):
            setattr(instance, field.attribute, before)
        # A file holds moments to the second: the same second is no change.
        if (
            isinstance(before, datetime.datetime)
            and isinstance(after, datetime.datetime)
            and before.replace(microsecond=0) == after
        ):
            setattr(instance, field.attribute, before)

    def before_import(self, dataset, **kwargs):
        """Refuse a file whose columns are not this resource's."""
        headers = [str(header or "").strip() for header in dataset.headers or []]
        known = {field.column_name for field in self.get_import_fields()}
        missing = [name for name in self.get_import_id_fields() if name not in headers]
        unknown = [header for header in headers if header not in known]
        repeated = sorted({header for header in headers if headers.count(header) > 1})
        problems = []
        if missing:
            problems.append(
                fill_in(
                    gettext_lazy("The file lacks the column(s) %(columns)s."),
                    {"columns": ", ".join(missing)},
                )
            )
        if unknown:
            problems.append(
                fill_in(
                    gettext_lazy("The file has column(s) this list does not have: %(columns)s."),
                    {"columns": ", ".join(unknown)},
                )
            )
        if repeated:
            problems.append(
                fill_in(
                    gettext_lazy("The file has the column(s) %(columns)s more than once."),
                    {"columns": ", ".join(repeated)},
                )
            )
        if problems:
            problems.append(
                _("Nothing was imported. Export the list to see the columns it expects.")
            )
            raise FileRefused(" ".join(problems))
        self._rows_by_key = {}

    def before_import_row(self, row, row_number=None, **kwargs):
        """Refuse a row whose key an earlier row of the file already has."""
        id_fields = list(self.get_import_id_fields())
        key = tuple(str(row.get(name) or "").strip() for name in id_fields)
        if not any(key):
            return
        first = self._rows_by_key.setdefault(key, row_number)
        if first != row_number:
            raise ValidationError(
                {
                    id_fields[-1]: fill_in(
                        gettext_lazy("Row %(first)s of the file has the same %(columns)s."),
                        {"first": first, "columns": ", ".join(id_fields)},
                    )
                }
            )

    class Meta:
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True
        use_transactions = True


class LimitedImportForm(ImportForm):
    def clean_import_file(self):
        upload = self.cleaned_data["import_file"]
        if upload.size > settings.MAX_UPLOAD_BYTES:
            raise ValidationError(
                fill_in(
                    gettext_lazy(
                        "The file is larger than %(megabytes)s MB. Nothing was imported: "
                        "split it into smaller files."
                    ),
                    upload_limits(),
                )
            )
        return upload


class ImportExportAdminMixin(ImportExportMixin):
    formats = [CSV, XLSX]
    # Spreadsheets save "CSV UTF-8" with a byte order mark; both are read.
    from_encoding = "utf-8-sig"
    import_form_class = LimitedImportForm
    export_form_class = LabelledExportForm

    def _may_only_translate(self, request):
        meta = self.model._meta
        return not request.user.has_perm(f"{meta.app_label}.add_{meta.model_name}")

    def get_export_resource_classes(self, request):
        classes = super().get_export_resource_classes(request)
        if self._may_only_translate(request):
            return [resource_class.text_only() for resource_class in classes]
        return classes

    def add_data_read_fail_error_to_form(self, form, error):
        if isinstance(error, UnicodeError):
            message = _(
                "The file is not in UTF-8 encoding. In the spreadsheet, save it as "
                "“CSV UTF-8”, or import it as XLSX."
            )
        else:
            message = _(
                "The file could not be read in the chosen format. Check that the format "
                "matches the file (CSV or XLSX)."
            )
        form.add_error("import_file", message)

    def process_import(self, request, **kwargs):
        """The confirmed import, kept as one revision of every row it saved."""
        # The preview kept the file under a random hex name (CacheStorage).
        if not re.fullmatch(r"[0-9a-f]{32}", request.POST.get("import_file_name", "")):
            return self._file_gone(request)
        with reversion.create_revision():
            reversion.set_user(request.user)
            # Kept in English, shown in the reader's language (core.history_admin).
            reversion.set_comment(IMPORT_COMMENT)
            try:
                return super().process_import(request, **kwargs)
            except (TypeError, ValueError, KeyError, IndexError):
                # The kept copy of the file expired or was tampered with.
                pass
        return self._file_gone(request)

    def _file_gone(self, request):
        messages.error(
            request,
            _("The file from the preview is no longer available: choose it and import again."),
        )
        meta = self.model._meta
        return redirect(reverse(f"admin:{meta.app_label}_{meta.model_name}_import"))
