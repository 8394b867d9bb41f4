from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """The site search: a box on every page and a results page across every
    content app that declares a `search` module (search.sources)."""

    name = "search"
    verbose_name = _("Search")
