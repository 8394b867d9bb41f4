"""The department's phone numbers in its admin page, one number per row.

DepartmentAdmin lists DepartmentPhoneInline among its inlines.
"""

from adminsortable2.admin import SortableInlineAdminMixin
from django.contrib import admin

from core.admin_helpers import TextOnlyForTranslatorsMixin
from departments.models import DepartmentPhone


class DepartmentPhoneInline(
    TextOnlyForTranslatorsMixin, SortableInlineAdminMixin, admin.TabularInline
):
    model = DepartmentPhone
    fields = ["number", "position"]
    extra = 0
