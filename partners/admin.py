from adminsortable2.admin import SortableAdminMixin
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from core.admin_helpers import URL_FIELDS_ASSUME_HTTPS, ContentAdminMixin, thumbnail
from partners.models import Partner


@admin.register(Partner)
class PartnerAdmin(ContentAdminMixin, SortableAdminMixin, TabbedTranslationAdmin):
    formfield_overrides = URL_FIELDS_ASSUME_HTTPS
    list_display = ["logo_preview", "name", "country", "city", "is_active"]
    list_display_links = ["name"]
    list_filter = ["country", "is_active"]
    search_fields = ["name_uz", "name_ru", "name_en", "city_uz", "city_ru", "city_en"]
    prepopulated_fields = {"slug": ["name_en"]}
    readonly_fields = ["logo_preview"]
    fields = [
        "name",
        "slug",
        "country",
        "city",
        "website",
        "logo",
        "logo_preview",
        "agreement_date",
        "is_active",
    ]

    @admin.display(description=_("current logo"))
    def logo_preview(self, partner):
        return thumbnail(partner.logo)
