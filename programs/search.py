"""Programmes and their projects in the site search (search.sources)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from programs.models import Program, Project
from search.sources import SearchSource


def project_url(project):
    """The project's page where it says more than the programmes list, else
    its programme on that list (where the project's title and summary are)."""
    if project.page_says_more:
        return project.get_absolute_url()
    return f"{reverse('programs:list')}#{project.program.slug}"


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
        queryset=lambda: Project.objects.for_page().with_page_says_more(),
        url=lambda project: project_url(project),
        weighted_fields=Project.SEARCHED_FIELDS,
        title_field="title",
        excerpt_fields=("summary", "description"),
        order=40,
    ),
]
