from adminsortable2.admin import SortableAdminMixin
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from modeltranslation.admin import TabbedTranslationAdmin

from core.admin_helpers import URL_FIELDS_ASSUME_HTTPS, ContentAdminMixin, thumbnail
from core.import_export_admin import ImportExportAdminMixin
from partners.countries import country_name
from partners.models import Partner
from partners.resources import PartnerResource


def country_choices():
    """Every country, named and sorted in the admin's language (django-countries
    has no Uzbek names; partners.countries reads them from the CLDR)."""
    return sorted(
        ((code, country_name(code)) for code, _name in countries),
        key=lambda choice: choice[1],
    )


class CountryFilter(admin.SimpleListFilter):
    title = _("country")
    parameter_name = "country"

    def lookups(self, request, model_admin):
        codes = set(model_admin.get_queryset(request).values_list("country", flat=True))
        return sorted(((code, country_name(code)) for code in codes), key=lambda choice: choice[1])

    def queryset(self, request, queryset):
        return queryset.filter(country=self.value()) if self.value() else queryset


@admin.register(Partner)
class PartnerAdmin(
    ContentAdminMixin, ImportExportAdminMixin, SortableAdminMixin, TabbedTranslationAdmin
):
    resource_classes = [PartnerResource]
    formfield_overrides = URL_FIELDS_ASSUME_HTTPS
    list_display = ["logo_preview", "name", "country_in_language", "city", "is_active"]
    list_display_links = ["name"]
    list_filter = [CountryFilter, "is_active"]
    search_fields = ["name_uz", "name_ru", "name_en", "city_uz", "city_ru", "city_en"]
    prepopulated_fields = {"slug": ["name_en"]}
    readonly_fields = ["logo_preview"]
    fields = [
        "name",
        "slug",
        "country",
        "city",
        "website",
        "cooperation",
        "logo",
        "logo_preview",
        "is_active",
    ]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "country":
            kwargs["choices"] = [("", "---------"), *country_choices()]
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    @admin.display(description=_("country"), ordering="country")
    def country_in_language(self, partner):
        return partner.country_name

    @admin.display(description=_("current logo"))
    def logo_preview(self, partner):
        return thumbnail(partner.logo)
