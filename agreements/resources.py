"""Agreements as rows of a CSV or XLSX file, without their scans."""

from import_export import fields

from agreements.models import Agreement
from core.import_export_admin import CheckedDateWidget, ContentResource, KnownObjectWidget
from partners.models import Partner


class AgreementResource(ContentResource):
    partner = fields.Field(
        attribute="partner", column_name="partner", widget=KnownObjectWidget(Partner, "slug")
    )
    signed_on = fields.Field(
        attribute="signed_on", column_name="signed_on", widget=CheckedDateWidget()
    )
    valid_from = fields.Field(
        attribute="valid_from", column_name="valid_from", widget=CheckedDateWidget()
    )
    valid_until = fields.Field(
        attribute="valid_until", column_name="valid_until", widget=CheckedDateWidget()
    )

    class Meta(ContentResource.Meta):
        model = Agreement
        # No natural key: a row without an id is a new agreement.
        import_id_fields = ["id"]
        fields = ContentResource.columns(
            Agreement,
            [
                "id",
                "partner",
                "kind",
                "title",
                "number",
                "is_signed",
                "signed_on",
                "valid_from",
                "valid_until",
                "is_open_ended",
                "renews_automatically",
                "responsible_here",
                "responsible_there",
                "notes",
            ],
        )
        export_order = fields
