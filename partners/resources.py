"""Partners as rows of a CSV or XLSX file (core.import_export_admin)."""

from django.utils.translation import gettext_lazy
from import_export import fields, widgets

from core.import_export_admin import ContentResource
from core.translated_text import fill_in
from partners.countries import is_known_country
from partners.models import Partner


class CountryWidget(widgets.CharWidget):
    """A two-letter ISO code; anything else is refused, saying so."""

    def clean(self, value, row=None, **kwargs):
        code = str(value or "").strip().upper()
        if not is_known_country(code):
            raise ValueError(
                fill_in(
                    gettext_lazy(
                        "“%(value)s” is not a country code: write the two-letter code, "
                        "such as UZ or KZ."
                    ),
                    {"value": value or ""},
                )
            )
        return code

    def render(self, value, obj=None, **kwargs):
        return getattr(value, "code", value) or ""


class PartnerResource(ContentResource):
    country = fields.Field(attribute="country", column_name="country", widget=CountryWidget())

    class Meta(ContentResource.Meta):
        model = Partner
        import_id_fields = ["slug"]
        fields = ContentResource.columns(
            Partner, ["slug", "name", "country", "city", "website", "cooperation", "is_active"]
        )
        export_order = fields
