"""Opportunities in the site search (search.sources): open and past ones
alike, as both have a public page."""

from django.utils.translation import gettext_lazy as _

from opportunities.models import Opportunity
from search.sources import SearchSource

SEARCH_SOURCES = [
    SearchSource(
        key="opportunities",
        label=_("Opportunity"),
        queryset=lambda: Opportunity.objects.published(),
        weighted_fields=Opportunity.SEARCHED_FIELDS,
        title_field="title",
        excerpt_fields=("funder", "description"),
        newest_first=("-deadline", "-pk"),
        order=60,
    ),
]
