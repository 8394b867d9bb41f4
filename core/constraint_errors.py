"""Database constraint errors shown next to the field staff must change.

Django reports a failed CheckConstraint (and a UniqueConstraint over several
fields) as an error of the whole form. A model with this mixin names, in
`constraint_error_fields`, the field each constraint's
`violation_error_code` belongs to; the error moves there, with the
constraint's translated `violation_error_message`.
"""

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.translation import gettext as _


class ConstraintErrorsOnFieldsMixin:
    constraint_error_fields = {}

    def validate_constraints(self, exclude=None):
        try:
            super().validate_constraints(exclude=exclude)
        except ValidationError as error:
            raise ValidationError(self._errors_on_their_fields(error.error_dict)) from error

    def _errors_on_their_fields(self, error_dict):
        moved = {}
        for field, errors in error_dict.items():
            for error in errors:
                target = field
                if field == NON_FIELD_ERRORS:
                    target = self.constraint_error_fields.get(error.code, field)
                moved.setdefault(target, []).append(error)
        return moved


class UniqueRowsFormSetMixin:
    """An inline's "listed twice" error names the fields as staff see them.

    Django's formset names the model field ("weekday") in its message; this
    one uses the field's label, in the admin's language, and leaves out the
    key to the parent object: every row of an inline shares it.
    """

    def get_unique_error_message(self, unique_check):
        parent_key = self.fk.name
        labels = ", ".join(
            str(self.form.base_fields[name].label)
            for name in unique_check
            if name in self.form.base_fields and name != parent_key
        )
        return _("The same “%(fields)s” is listed twice: each row needs its own.") % {
            "fields": labels
        }
