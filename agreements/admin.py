"""Agreements in the admin: the list by status, the private scan, the report."""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import path
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from modeltranslation.admin import TabbedTranslationAdmin

from agreements import report
from agreements.models import Agreement, Status
from agreements.resources import AgreementResource
from agreements.scans import ScanInput, may_open_scans, send_scan
from core.admin_helpers import ContentAdminMixin
from core.import_export_admin import ImportExportAdminMixin


class StatusFilter(admin.SimpleListFilter):
    title = _("status")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return Status.choices

    def queryset(self, request, queryset):
        if self.value() in Status.values:
            return queryset.with_status(self.value())
        return queryset


class NeedsActionFilter(admin.SimpleListFilter):
    title = _("needs action")
    parameter_name = "needs_action"

    def lookups(self, request, model_admin):
        return [
            ("expiring", _("expiring within 90 days")),
            ("expired-partner-shown", _("expired, partner still shown")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "expiring":
            return queryset.expiring()
        if self.value() == "expired-partner-shown":
            return queryset.expired_but_partner_shown()
        return queryset


@admin.register(Agreement)
class AgreementAdmin(ContentAdminMixin, ImportExportAdminMixin, TabbedTranslationAdmin):
    resource_classes = [AgreementResource]
    view_on_site = False
    list_display = ["__str__", "partner", "kind", "number", "status_shown", "valid_until"]
    list_filter = [StatusFilter, NeedsActionFilter, "kind", "renews_automatically"]
    list_select_related = ["partner"]
    search_fields = [
        "number",
        "title_uz",
        "title_ru",
        "title_en",
        "partner__name_uz",
        "partner__name_ru",
        "partner__name_en",
    ]
    fieldsets = [
        (None, {"fields": ["partner", "kind", "title", "number"]}),
        (
            _("Dates"),
            {
                "fields": [
                    "is_signed",
                    "signed_on",
                    ("valid_from", "valid_until"),
                    "is_open_ended",
                    "renews_automatically",
                ]
            },
        ),
        (_("People responsible"), {"fields": ["responsible_here", "responsible_there"]}),
        (None, {"fields": ["notes", "scan"]}),
    ]

    def history_hidden_fields(self, request):
        return () if may_open_scans(request.user) else ("scan",)

    def get_fieldsets(self, request, obj=None):
        """Staff who may not open scans do not see that there is one."""
        fieldsets = super().get_fieldsets(request, obj)
        if may_open_scans(request.user):
            return fieldsets
        return [
            (title, {**options, "fields": [f for f in options["fields"] if f != "scan"]})
            for title, options in fieldsets
        ]

    def get_readonly_fields(self, request, obj=None):
        readonly = super().get_readonly_fields(request, obj)
        return [name for name in readonly if name != "scan" or may_open_scans(request.user)]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "scan":
            kwargs["widget"] = ScanInput
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    @admin.display(description=_("status"))
    def status_shown(self, agreement):
        status = agreement.status()
        return format_html(
            '<span class="agreement-status agreement-status--{}">{}</span>',
            status.value,
            status.label,
        )

    def get_urls(self):
        return [
            path("<int:pk>/scan/", self.scan_view, name="agreements_agreement_scan"),
            path(
                "report/",
                self.admin_site.admin_view(self.report_view),
                name="agreements_agreement_report",
            ),
            *super().get_urls(),
        ]

    @staticmethod
    @never_cache
    def scan_view(request, pk):
        """The signed scan, for staff who may open scans: 404 for anyone
        else not on the staff (nothing says a scan exists), 403 for staff
        without the permission (Translators)."""
        user = request.user
        if not (user.is_active and user.is_staff):
            raise Http404
        if not may_open_scans(user):
            raise PermissionDenied
        agreement = Agreement.objects.filter(pk=pk).first()
        if agreement is None or not agreement.scan:
            raise Http404
        return send_scan(agreement)

    def report_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        return report.report_response(request, self.admin_site)
