"""Activities as rows of a CSV or XLSX file (core.import_export_admin).

Partners and projects are named by their slugs, comma-separated; the lead
image stays out (files do not travel in a spreadsheet). The body's HTML is
rendered from the imported Markdown on save, as for any save.
"""

from import_export import fields, widgets

from activities.models import Activity
from core.import_export_admin import CheckedDateTimeWidget, CheckedDateWidget, ContentResource
from partners.models import Partner
from programs.models import Project


class ActivityResource(ContentResource):
    starts_on = fields.Field(
        attribute="starts_on", column_name="starts_on", widget=CheckedDateWidget()
    )
    ends_on = fields.Field(attribute="ends_on", column_name="ends_on", widget=CheckedDateWidget())
    published_at = fields.Field(
        attribute="published_at", column_name="published_at", widget=CheckedDateTimeWidget()
    )
    partners = fields.Field(
        attribute="partners",
        column_name="partners",
        widget=widgets.ManyToManyWidget(Partner, field="slug", separator=","),
    )
    projects = fields.Field(
        attribute="projects",
        column_name="projects",
        widget=widgets.ManyToManyWidget(Project, field="slug", separator=","),
    )

    class Meta(ContentResource.Meta):
        model = Activity
        import_id_fields = ["slug"]
        fields = ContentResource.columns(
            Activity,
            [
                "slug",
                "kind",
                "title",
                "starts_on",
                "ends_on",
                "place",
                "summary",
                "body",
                "partners",
                "projects",
                "published_at",
            ],
        )
        export_order = fields
