from adminsortable2.admin import SortableAdminBase, SortableInlineAdminMixin
from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import (
    TabbedTranslationAdmin,
    TranslationStackedInline,
    TranslationTabularInline,
)

from core.admin_helpers import (
    URL_FIELDS_ASSUME_HTTPS,
    ContentAdminMixin,
    TextOnlyForTranslatorsMixin,
    thumbnail,
)
from core.phone_numbers import normalised
from departments.models import (
    Department,
    DepartmentHead,
    DepartmentPhone,
    Goal,
    OfficeHours,
    SocialLink,
)


class DepartmentHeadInline(TextOnlyForTranslatorsMixin, TranslationStackedInline):
    model = DepartmentHead
    fields = ["full_name", "position", "photo", "photo_preview", "bio"]
    readonly_fields = ["photo_preview"]
    max_num = 1
    can_delete = False

    @admin.display(description=_("current photo"))
    def photo_preview(self, head):
        return thumbnail(head.photo, size=120)


class PhoneNumberFormField(forms.CharField):
    """A number read as E.164 on the form already, so the same number typed
    two ways is one value to every check of the form and its formset."""

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return value
        try:
            return normalised(value)
        except ValidationError:
            return value  # DepartmentPhone.clean says what is wrong with it


class DepartmentPhoneForm(forms.ModelForm):
    class Meta:
        model = DepartmentPhone
        fields = ["number", "position"]
        field_classes = {"number": PhoneNumberFormField}


class EachNumberOnceFormSetMixin:
    """A number listed twice is an error beside the second one, not a failed save."""

    def clean(self):
        seen = set()
        for form in self.forms:
            if not hasattr(form, "cleaned_data") or form.cleaned_data.get("DELETE"):
                continue
            number = form.cleaned_data.get("number")
            if not number:
                continue
            if number in seen:
                form.add_error("number", _("This phone number is already in the list."))
            seen.add(number)
        super().clean()


class DepartmentPhoneInline(
    TextOnlyForTranslatorsMixin, SortableInlineAdminMixin, admin.TabularInline
):
    model = DepartmentPhone
    form = DepartmentPhoneForm
    fields = ["number", "position"]
    extra = 0

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        return type(formset.__name__, (EachNumberOnceFormSetMixin, formset), {})


class OfficeHoursInline(TextOnlyForTranslatorsMixin, admin.TabularInline):
    model = OfficeHours
    extra = 0
    max_num = 7


class SocialLinkInline(TextOnlyForTranslatorsMixin, admin.TabularInline):
    model = SocialLink
    formfield_overrides = URL_FIELDS_ASSUME_HTTPS
    extra = 0
    max_num = len(SocialLink.Network)


class GoalInline(TextOnlyForTranslatorsMixin, SortableInlineAdminMixin, TranslationTabularInline):
    model = Goal
    extra = 0


@admin.register(Department)
class DepartmentAdmin(ContentAdminMixin, SortableAdminBase, TabbedTranslationAdmin):
    list_display = ["name", "email"]
    search_fields = ["name_uz", "name_ru", "name_en"]
    prepopulated_fields = {"slug": ["name_en"]}
    readonly_fields = ["emblem_preview"]
    formfield_overrides = URL_FIELDS_ASSUME_HTTPS
    inlines = [
        DepartmentHeadInline,
        DepartmentPhoneInline,
        SocialLinkInline,
        OfficeHoursInline,
        GoalInline,
    ]
    fieldsets = [
        (None, {"fields": ["name", "institute", "slug", "introduction", "about"]}),
        (_("Contacts"), {"fields": ["phone", "email", "address", "room", "map_link"]}),
        (_("Institute"), {"fields": ["institute_website", "emblem", "emblem_preview"]}),
        (_("International projects"), {"fields": ["projects_introduction"]}),
        (_("Order"), {"fields": ["position"]}),
    ]

    @admin.display(description=_("current emblem"))
    def emblem_preview(self, department):
        return thumbnail(department.emblem, size=96)
