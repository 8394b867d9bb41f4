"""The names every page shows in its header, footer and title, from data."""

from dataclasses import dataclass

from django.db import DatabaseError
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext

from departments.models import Department


@dataclass
class SiteNames:
    department: str
    institute: str


def _site_names():
    try:
        department = Department.objects.shown_on_home_page()
    except DatabaseError:
        department = None  # the 503 page renders while the database is away
    if department is None:
        return SiteNames(
            gettext("International Relations Department"),
            gettext("Uzbekistan State Institute of Arts and Culture"),
        )
    return SiteNames(department.name, department.institute)


def site_names(request):
    # Lazy: admin pages never read it, so they never run its query.
    return {"site_names": SimpleLazyObject(_site_names)}
