from adminsortable2.admin import SortableAdminBase, SortableInlineAdminMixin
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import (
    TabbedTranslationAdmin,
    TranslationStackedInline,
    TranslationTabularInline,
)

from core.admin_helpers import ContentAdminMixin, TextOnlyForTranslatorsMixin, thumbnail
from departments.models import Department, DepartmentHead, DepartmentPhone, Goal, OfficeHours


class DepartmentHeadInline(TextOnlyForTranslatorsMixin, TranslationStackedInline):
    model = DepartmentHead
    fields = ["full_name", "position", "photo", "photo_preview", "bio"]
    readonly_fields = ["photo_preview"]
    max_num = 1
    can_delete = False

    @admin.display(description=_("current photo"))
    def photo_preview(self, head):
        return thumbnail(head.photo, size=120)


class DepartmentPhoneInline(
    TextOnlyForTranslatorsMixin, SortableInlineAdminMixin, admin.TabularInline
):
    model = DepartmentPhone
    fields = ["number", "position"]
    extra = 0


class OfficeHoursInline(TextOnlyForTranslatorsMixin, admin.TabularInline):
    model = OfficeHours
    extra = 0
    max_num = 7


class GoalInline(TextOnlyForTranslatorsMixin, SortableInlineAdminMixin, TranslationTabularInline):
    model = Goal
    extra = 0


@admin.register(Department)
class DepartmentAdmin(ContentAdminMixin, SortableAdminBase, TabbedTranslationAdmin):
    list_display = ["name", "email"]
    search_fields = ["name_uz", "name_ru", "name_en"]
    prepopulated_fields = {"slug": ["name_en"]}
    inlines = [DepartmentHeadInline, DepartmentPhoneInline, OfficeHoursInline, GoalInline]
    fieldsets = [
        (None, {"fields": ["name", "institute", "slug", "introduction", "about"]}),
        (_("Contacts"), {"fields": ["phone", "email", "address"]}),
        (_("International projects"), {"fields": ["projects_introduction"]}),
        (_("Order"), {"fields": ["position"]}),
    ]
