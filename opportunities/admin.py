from django.contrib import admin
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from core.admin_helpers import URL_FIELDS_ASSUME_HTTPS, ContentAdminMixin
from core.import_export_admin import ImportExportAdminMixin
from opportunities.deadlines import in_tashkent
from opportunities.models import Opportunity
from opportunities.resources import OpportunityResource


class OpenOrClosedFilter(admin.SimpleListFilter):
    title = _("deadline")
    parameter_name = "deadline_state"

    def lookups(self, request, model_admin):
        return [("open", _("Open")), ("closed", _("Closed"))]

    def queryset(self, request, queryset):
        now = timezone.now()
        if self.value() == "open":
            return queryset.filter(deadline__gt=now)
        if self.value() == "closed":
            return queryset.filter(deadline__lte=now)
        return queryset


@admin.register(Opportunity)
class OpportunityAdmin(ContentAdminMixin, ImportExportAdminMixin, TabbedTranslationAdmin):
    resource_classes = [OpportunityResource]
    formfield_overrides = URL_FIELDS_ASSUME_HTTPS
    list_display = ["title", "deadline_in_tashkent", "is_open", "funder", "is_published"]
    list_filter = [
        OpenOrClosedFilter,
        "is_published",
        "program",
        "for_students",
        "for_teaching_staff",
        "for_researchers",
        "for_administrative_staff",
    ]
    list_select_related = ["program"]
    search_fields = [
        "title_uz",
        "title_ru",
        "title_en",
        "funder_uz",
        "funder_ru",
        "funder_en",
        "slug",
    ]
    date_hierarchy = "deadline"
    ordering = ["-deadline", "-id"]
    prepopulated_fields = {"slug": ["title_en"]}
    fieldsets = [
        (None, {"fields": ["title", "slug", "funder", "program", "deadline", "apply_url"]}),
        (
            _("Who may apply"),
            {
                "fields": [
                    (
                        "for_students",
                        "for_teaching_staff",
                        "for_researchers",
                        "for_administrative_staff",
                    )
                ]
            },
        ),
        (None, {"fields": ["description", "is_published"]}),
    ]

    @admin.display(description=_("deadline (Tashkent time)"), ordering="deadline")
    def deadline_in_tashkent(self, opportunity):
        return in_tashkent(opportunity.deadline).strftime("%Y-%m-%d %H:%M")

    @admin.display(description=_("open"), boolean=True)
    def is_open(self, opportunity):
        return opportunity.is_open(timezone.now())
