"""What the site search looks through, as each content app declares it.

A content app joins the search with a module `search.py` beside its
models, holding a list `SEARCH_SOURCES` (found through
core.content.content_app_modules, as sitemaps are; nothing here names an
app). For a model `Activity` with translated `title`, `summary`, `body`:

    # activities/search.py
    from django.utils.translation import gettext_lazy as _

    from activities.models import Activity
    from search.sources import SearchSource

    SEARCH_SOURCES = [
        SearchSource(
            key="activities",
            label=_("Activities"),
            queryset=lambda: Activity.objects.published(),
            weighted_fields=Activity.SEARCHED_FIELDS,
            title_field="title",
            excerpt_fields=("summary",),
        ),
    ]

and in the model, the indexes PostgreSQL needs (one migration in the app):

    SEARCHED_FIELDS = {"title": "A", "summary": "B", "body": "C"}

    class Meta:
        indexes = search_indexes("activity", SEARCHED_FIELDS)

`queryset` returns only what visitors may see (a callable: it is read per
search, so "published now" is now), with whatever `url` reads loaded
(select_related). `url(obj)` defaults to obj.get_absolute_url().
`excerpt_fields` must be plain text (an HTML body is searched, but
excerpted from its plain summary). `order` places the source among the
others when two results rank equal; `newest_first` says which matches
count as the newest when more match than are ranked.
"""

from collections.abc import Callable
from dataclasses import dataclass

from core.content import content_app_modules


def _absolute_url(obj):
    return obj.get_absolute_url()


@dataclass(frozen=True)
class SearchSource:
    key: str
    label: object
    queryset: Callable
    weighted_fields: dict
    title_field: str
    excerpt_fields: tuple = ()
    url: Callable = _absolute_url
    order: int = 100
    # Which matches are "newest" when a search matches more than search
    # ranks (search.matching.RANKED_PER_SOURCE); an activity: ("-date", "-pk").
    newest_first: tuple = ("-pk",)

    @property
    def model(self):
        return self.queryset().model


def search_sources():
    """Every content app's sources, by their `order`."""
    sources = [
        source for module in content_app_modules("search") for source in module.SEARCH_SOURCES
    ]
    return sorted(sources, key=lambda source: source.order)
