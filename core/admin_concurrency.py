"""Two editors, one record: a change form saves only over what its editor saw.

The change form carries a signed snapshot of the record's stored values as
the form was opened (every language column, and the rows of its inlines).
The save compares it, inside its own transaction and under a row lock on
PostgreSQL, with the values stored now. If a colleague saved in between,
nothing is saved: the form comes back with the editor's values where the
editor changed something, the colleague's where the editor did not, and a
list of what the colleague changed, by whom and when; saving again then
keeps what the form shows.
"""

from django import forms
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from core.admin_submissions import TOKEN_FIELD as SUBMISSION_TOKEN_FIELD
from core.translated_fields import translated_field_names

FINGERPRINT_FIELD = "stored_values_when_opened"
FINGERPRINT_SALT = "core.admin_concurrency.stored-values"
# Enough to tell one goal or office-hours row from another in a message.
ROW_NAME_CHARACTERS = 40
HIDDEN_CHECK_FIELDS = {FINGERPRINT_FIELD, SUBMISSION_TOKEN_FIELD}


def _compared_fields(model, leave_out=()):
    # An original field reads whichever language is active, so it would
    # differ between two editors' languages: compare the language columns.
    originals = translated_field_names(model)
    return [
        field
        for field in model._meta.concrete_fields
        if not field.primary_key
        and field.name not in originals
        and field not in leave_out
        # Computed by the database from the others (a search document).
        and not field.generated
    ]


def _stored_string(field, obj):
    return None if field.value_from_object(obj) is None else field.value_to_string(obj)


def _link_to_parent(inline_model, parent_model):
    return next(
        field
        for field in inline_model._meta.concrete_fields
        if field.is_relation and field.related_model is parent_model
    )


class StoredValues:
    """A record's stored values, and its inlines' rows, keyed for comparison.

    Keys are `field` for the record and `app.model:pk:field` for inline rows.
    """

    def __init__(self, model_admin, request, obj):
        self.model_admin = model_admin
        self.request = request
        self.obj = obj
        # Drag-and-drop reordering in the list (adminsortable2) moves the
        # display order under every open form; it is not a rival edit.
        order_field = getattr(model_admin, "default_order_field", None)
        fields = _compared_fields(
            type(obj),
            leave_out=[
                field for field in type(obj)._meta.concrete_fields if field.name == order_field
            ],
        )
        self.values = {field.name: _stored_string(field, obj) for field in fields}
        self.labels = {field.name: field.verbose_name for field in fields}
        self.inline_prefixes = {}
        for inline in model_admin.get_inline_instances(request, obj):
            self._add_inline_rows(inline)

    def _add_inline_rows(self, inline):
        parent_link = _link_to_parent(inline.model, type(self.obj))
        prefix = inline.get_formset(self.request, self.obj).get_default_prefix()
        fields = _compared_fields(inline.model, leave_out=(parent_link,))
        rows = inline.model._default_manager.filter(**{parent_link.name: self.obj}).order_by("pk")
        for row in rows:
            for field in fields:
                key = f"{inline.model._meta.label_lower}:{row.pk}:{field.name}"
                self.values[key] = _stored_string(field, row)
                self.labels[key] = _("%(row_kind)s “%(row)s”: %(field)s") % {
                    "row_kind": inline.model._meta.verbose_name,
                    "row": Truncator(str(row)).chars(ROW_NAME_CHARACTERS),
                    "field": field.verbose_name,
                }
                self.inline_prefixes[key] = prefix

    def signed(self):
        return signing.dumps(self.values, salt=FINGERPRINT_SALT, compress=True)


def _opened_values(signed_values):
    try:
        return signing.loads(signed_values, salt=FINGERPRINT_SALT)
    except signing.BadSignature:
        return None


def _readable(value):
    if value in (None, ""):
        return _("(empty)")
    return value


def last_change_of(obj):
    """Who last saved the record in the admin, and when, or None."""
    return (
        LogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(obj, for_concrete_model=False),
            object_id=str(obj.pk),
        )
        .select_related("user")
        .order_by("-action_time")
        .first()
    )


class StoredValuesCheckMixin:
    """Mixed into the admin's change form by ContentAdminMixin.get_form;
    `model_admin` and `request` are set on the form class there."""

    model_admin = None
    request = None

    @cached_property
    def changed_data(self):
        # The check fields are not the record's: they are not a change, and
        # the history's "Changed ..." message must not name them.
        return [name for name in super().changed_data if name not in HIDDEN_CHECK_FIELDS]

    @property
    def edit_check_fields(self):
        """The hidden fields the change form template renders."""
        return [self[name] for name in self.fields if name in HIDDEN_CHECK_FIELDS]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[FINGERPRINT_FIELD] = forms.CharField(widget=forms.HiddenInput, required=False)
        if self.is_bound:
            # One editable copy of the submission, shared with the inline
            # formsets (ContentAdminMixin.get_formset_kwargs), so a refused
            # save can show the colleague's values in the form.
            self.data = self.data.copy()
            self.request.edited_form_data = self.data
        elif self.instance.pk is not None:
            stored = StoredValues(self.model_admin, self.request, self.instance)
            self.initial[FINGERPRINT_FIELD] = stored.signed()

    def clean(self):
        cleaned_data = super().clean()
        # Set by ContentAdminMixin when this very submission met another
        # save and was rolled back: the form is shown again with why.
        failed_save_message = getattr(self.request, "failed_save_message", None)
        if failed_save_message:
            raise ValidationError(failed_save_message, code="save_conflict")
        signed_values = self.data.get(self.add_prefix(FINGERPRINT_FIELD))
        if self.instance.pk is None or not signed_values:
            return cleaned_data
        model = type(self.instance)
        # Held until the save commits: a colleague's save waits for ours
        # (PostgreSQL; SQLite lets one writer in at a time anyway).
        current = model._base_manager.select_for_update().filter(pk=self.instance.pk).first()
        if current is None:
            raise ValidationError(
                _(
                    "A colleague deleted this record after you opened this form. "
                    "Nothing was saved."
                ),
                code="deleted_meanwhile",
            )
        opened = _opened_values(signed_values)
        stored = StoredValues(self.model_admin, self.request, current)
        if opened == stored.values:
            return cleaned_data
        self.data[self.add_prefix(FINGERPRINT_FIELD)] = stored.signed()
        if opened is None:
            raise ValidationError(
                _("This form was damaged in transit. Nothing was saved; check it and save again."),
                code="fingerprint_damaged",
            )
        changed_keys = [
            key for key in {**opened, **stored.values} if opened.get(key) != stored.values.get(key)
        ]
        messages = [self._who_changed_it(current)]
        for key in changed_keys:
            yours = self._submitted_or_take_theirs(key, opened.get(key), stored)
            messages.append(
                _("%(field)s: saved by your colleague “%(theirs)s”; yours “%(yours)s”.")
                % {
                    "field": stored.labels.get(key, key),
                    "theirs": _readable(stored.values.get(key)),
                    "yours": _readable(yours),
                }
            )
        messages.append(
            _(
                "The form now holds their values where you had changed nothing, and your "
                "values where you both changed a field. Saving again keeps what the form "
                "shows; to keep a value of theirs instead, copy it from this list."
            )
        )
        raise ValidationError(
            [ValidationError(message, code="changed_meanwhile") for message in messages]
        )

    def _who_changed_it(self, current):
        change = last_change_of(current)
        if change is None:
            return _("Someone changed this record after you opened this form. Nothing was saved.")
        return _(
            "%(user)s changed this record at %(time)s, after you opened this form. "
            "Nothing was saved."
        ) % {
            "user": change.user.get_full_name() or change.user.get_username(),
            "time": date_format(timezone.localtime(change.action_time), "DATETIME_FORMAT"),
        }

    def _submitted_or_take_theirs(self, key, opened, stored):
        """The editor's value for one field; where the editor left the field
        as it was opened, the form takes the colleague's value instead."""
        theirs = stored.values.get(key)
        data_key = self._data_key(key, stored)
        # An unticked checkbox is not in the submission at all.
        if data_key is None or (key not in self.fields and data_key not in self.data):
            return opened
        submitted = self.data.get(data_key)
        if self._left_as_opened(key, opened, submitted) and theirs is not None:
            self.data[data_key] = theirs
            return opened
        return submitted

    def _data_key(self, key, stored):
        if key in self.fields:
            return self.add_prefix(key)
        prefix = stored.inline_prefixes.get(key)
        if prefix is None:
            return None
        _model, row_pk, field_name = key.split(":")
        total = self.data.get(f"{prefix}-TOTAL_FORMS", "0")
        for index in range(int(total) if total.isdigit() else 0):
            if self.data.get(f"{prefix}-{index}-id") == row_pk:
                return f"{prefix}-{index}-{field_name}"
        return None

    def _left_as_opened(self, key, opened, submitted):
        if key not in self.fields:
            return (submitted or "") == (opened or "")
        model_field = type(self.instance)._meta.get_field(key)
        opened_value = None if opened is None else model_field.to_python(opened)
        return not self.fields[key].has_changed(opened_value, self[key].data)
