"""The department and its head in the site search (search.sources)."""

from django.utils.translation import gettext_lazy as _

from departments.models import Department, DepartmentHead
from search.sources import SearchSource

SEARCH_SOURCES = [
    SearchSource(
        key="departments",
        label=_("Department"),
        queryset=lambda: Department.objects.all(),
        weighted_fields=Department.SEARCHED_FIELDS,
        title_field="name",
        excerpt_fields=("introduction", "about"),
        order=10,
    ),
    SearchSource(
        key="department-heads",
        label=_("Head of department"),
        queryset=lambda: DepartmentHead.objects.select_related("department"),
        weighted_fields=DepartmentHead.SEARCHED_FIELDS,
        title_field="full_name",
        excerpt_fields=("position",),
        url=lambda head: head.department.get_absolute_url(),
        order=11,
    ),
]
