"""Partner institutions in the site search (search.sources)."""

from django.utils.translation import gettext_lazy as _

from partners.models import Partner
from search.sources import SearchSource

SEARCH_SOURCES = [
    SearchSource(
        key="partners",
        label=_("Partner institution"),
        queryset=lambda: Partner.objects.active(),
        weighted_fields=Partner.SEARCHED_FIELDS,
        title_field="name",
        excerpt_fields=("city", "cooperation"),
        order=20,
    ),
]
