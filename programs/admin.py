from adminsortable2.admin import SortableAdminMixin
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from core.admin_helpers import (
    URL_FIELDS_ASSUME_HTTPS,
    ContentAdminMixin,
    thumbnail,
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
    readonly_fields = ["image_preview"]
    fields = ["name", "slug", "summary", "website", "image", "image_preview", "image_alt"]

    @admin.display(description=_("current image"))
    def image_preview(self, program):
        return thumbnail(program.image)


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
    autocomplete_fields = ["partners"]
    readonly_fields = ["image_preview"]
    fields = [
        "program",
        "title",
        "slug",
        "summary",
        "description",
        ("starts_on", "ends_on"),
        "status",
        "website",
        "partners",
        "image",
        "image_preview",
        "image_alt",
    ]

    def get_readonly_fields(self, request, obj=None):
        readonly = super().get_readonly_fields(request, obj)
        if self._may_only_translate(request):
            # Which partners take part is not text; the shared rule covers
            # only a model's own columns.
            readonly = [*readonly, "partners"]
        return readonly

    @admin.display(description=_("current image"))
    def image_preview(self, project):
        return thumbnail(project.image)
