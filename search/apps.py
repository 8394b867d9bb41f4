from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core.public import is_page_number


class SearchConfig(AppConfig):
    """The site search: a box on every page and a results page across every
    content app that declares a `search` module (search.sources)."""

    name = "search"
    verbose_name = _("Search")

    @property
    def query_parameters(self):
        from search.query import is_storable

        # The query, stored only when a few plain words; the results' pages.
        return {"q": is_storable, "page": is_page_number}
