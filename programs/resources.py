"""Projects as rows of a CSV or XLSX file (core.import_export_admin).

Partner institutions are named by their slugs, comma-separated; the lead
image stays out (files do not travel in a spreadsheet).
"""

from import_export import fields, widgets

from core.import_export_admin import CheckedDateWidget, ContentResource, KnownObjectWidget
from partners.models import Partner
from programs.models import Program, Project


class ProjectResource(ContentResource):
    program = fields.Field(
        attribute="program", column_name="program", widget=KnownObjectWidget(Program, "slug")
    )
    starts_on = fields.Field(
        attribute="starts_on", column_name="starts_on", widget=CheckedDateWidget()
    )
    ends_on = fields.Field(attribute="ends_on", column_name="ends_on", widget=CheckedDateWidget())
    partners = fields.Field(
        attribute="partners",
        column_name="partners",
        widget=widgets.ManyToManyWidget(Partner, field="slug", separator=","),
    )

    class Meta(ContentResource.Meta):
        model = Project
        import_id_fields = ["program", "slug"]
        fields = ContentResource.columns(
            Project,
            [
                "program",
                "slug",
                "title",
                "summary",
                "description",
                "starts_on",
                "ends_on",
                "status",
                "website",
                "partners",
            ],
        )
        export_order = fields
