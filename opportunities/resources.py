"""Opportunities as rows of a CSV or XLSX file (core.import_export_admin).

The programme is named by its slug; the deadline is in Tashkent time, as
staff type it in the admin.
"""

from import_export import fields

from core.import_export_admin import CheckedDateTimeWidget, ContentResource, KnownObjectWidget
from opportunities.models import Opportunity
from programs.models import Program


class OpportunityResource(ContentResource):
    program = fields.Field(
        attribute="program", column_name="program", widget=KnownObjectWidget(Program, "slug")
    )
    deadline = fields.Field(
        attribute="deadline", column_name="deadline", widget=CheckedDateTimeWidget()
    )

    class Meta(ContentResource.Meta):
        model = Opportunity
        import_id_fields = ["slug"]
        fields = ContentResource.columns(
            Opportunity,
            [
                "slug",
                "title",
                "funder",
                "program",
                "for_students",
                "for_teaching_staff",
                "for_researchers",
                "for_administrative_staff",
                "deadline",
                "apply_url",
                "description",
                "is_published",
            ],
        )
        export_order = fields
