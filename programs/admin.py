from adminsortable2.admin import SortableAdminMixin
from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin

from core.admin_helpers import (
    URL_FIELDS_ASSUME_HTTPS,
    ContentAdminMixin,
)
from core.import_export_admin import ImportExportAdminMixin
from programs.models import Program, Project
from programs.resources import ProjectResource


@admin.register(Program)
class ProgramAdmin(ContentAdminMixin, SortableAdminMixin, TabbedTranslationAdmin):
    formfield_overrides = URL_FIELDS_ASSUME_HTTPS
    list_display = ["name", "website"]
    search_fields = ["name_uz", "name_ru", "name_en"]
    prepopulated_fields = {"slug": ["name_en"]}
    fields = ["name", "slug", "summary", "website"]


@admin.register(Project)
class ProjectAdmin(
    ContentAdminMixin, ImportExportAdminMixin, SortableAdminMixin, TabbedTranslationAdmin
):
    resource_classes = [ProjectResource]
    formfield_overrides = URL_FIELDS_ASSUME_HTTPS
    list_display = ["title", "program", "status", "starts_on", "ends_on"]
    list_filter = ["program", "status"]
    list_select_related = ["program"]
    search_fields = ["title_uz", "title_ru", "title_en"]
    prepopulated_fields = {"slug": ["title_en"]}
    fields = [
        "program",
        "title",
        "slug",
        "summary",
        "description",
        ("starts_on", "ends_on"),
        "status",
        "website",
    ]
