"""Programmes and their projects in the site search (search.sources)."""

from django.utils.translation import gettext_lazy as _

from programs.models import Program, Project
from search.sources import SearchSource

SEARCH_SOURCES = [
    SearchSource(
        key="programs",
        label=_("Programme"),
        queryset=lambda: Program.objects.all(),
        weighted_fields=Program.SEARCHED_FIELDS,
        title_field="name",
        excerpt_fields=("summary",),
        order=30,
    ),
    SearchSource(
        key="projects",
        label=_("Project"),
        queryset=lambda: Project.objects.for_page(),
        weighted_fields=Project.SEARCHED_FIELDS,
        title_field="title",
        excerpt_fields=("summary", "description"),
        order=40,
    ),
]
