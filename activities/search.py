"""Published activities in the site search (search.sources)."""

from django.utils.translation import gettext_lazy as _

from activities.models import Activity
from search.sources import SearchSource

SEARCH_SOURCES = [
    SearchSource(
        key="activities",
        label=_("Activity"),
        queryset=lambda: Activity.objects.published(),
        weighted_fields=Activity.SEARCHED_FIELDS,
        title_field="title",
        excerpt_fields=("summary",),
        newest_first=("-starts_on", "-pk"),
        order=50,
    ),
]
