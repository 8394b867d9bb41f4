from django.contrib import admin
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from activities.models import Activity, PublicationStatus
from activities.resources import ActivityResource
from core.admin_helpers import ContentAdminMixin, thumbnail
from core.import_export_admin import ImportExportAdminMixin


class YearFilter(admin.SimpleListFilter):
    title = _("year")
    parameter_name = "year"

    def lookups(self, request, model_admin):
        years = Activity.objects.dates("starts_on", "year", order="DESC")
        return [(str(day.year), str(day.year)) for day in years]

    def queryset(self, request, queryset):
        value = self.value() or ""
        # Only a year a date can have: starts_on__year=0 raises.
        if value.isascii() and value.isdigit() and len(value) <= 4 and int(value) > 0:
            return queryset.filter(starts_on__year=int(value))
        return queryset


class PublicationFilter(admin.SimpleListFilter):
    title = _("publication")
    parameter_name = "publication"

    def lookups(self, request, model_admin):
        return PublicationStatus.choices

    def queryset(self, request, queryset):
        match self.value():
            case PublicationStatus.DRAFT:
                return queryset.drafts()
            case PublicationStatus.SCHEDULED:
                return queryset.scheduled()
            case PublicationStatus.PUBLISHED:
                return queryset.published()
        return queryset


@admin.register(Activity)
class ActivityAdmin(ContentAdminMixin, ImportExportAdminMixin, TabbedTranslationAdmin):
    resource_classes = [ActivityResource]
    list_display = ["title", "kind", "starts_on", "publication", "image_preview"]
    list_display_links = ["title"]
    list_filter = ["kind", YearFilter, PublicationFilter]
    search_fields = [
        *(f"title_{code}" for code in ("uz", "ru", "en")),
        *(f"place_{code}" for code in ("uz", "ru", "en")),
        *(f"summary_{code}" for code in ("uz", "ru", "en")),
    ]
    autocomplete_fields = ["partners", "projects"]
    prepopulated_fields = {"slug": ["title_en"]}
    readonly_fields = ["image_preview"]
    date_hierarchy = "starts_on"
    fieldsets = [
        (None, {"fields": ["title", "slug", "kind", ("starts_on", "ends_on"), "place"]}),
        (_("Text"), {"fields": ["summary", "body"]}),
        (_("Image"), {"fields": ["image", "image_preview", "image_alt"]}),
        (_("Partners and projects"), {"fields": ["partners", "projects"]}),
        (_("Publication"), {"fields": ["published_at"]}),
    ]

    def get_readonly_fields(self, request, obj=None):
        readonly = super().get_readonly_fields(request, obj)
        if self._may_only_translate(request):
            # Links to partners and projects are not text either; the
            # shared rule covers only a model's own columns.
            readonly = [*readonly, "partners", "projects"]
        return readonly

    @admin.display(description=_("publication"), ordering="published_at")
    def publication(self, activity):
        status = activity.publication_status
        if status == PublicationStatus.DRAFT:
            return status.label
        moment = date_format(timezone.localtime(activity.published_at), "SHORT_DATETIME_FORMAT")
        return format_html(
            '<span class="publication publication--{}">{}</span> ({})',
            status,
            status.label,
            moment,
        )

    @admin.display(description=_("image"))
    def image_preview(self, activity):
        return thumbnail(activity.image)
