"""What every page shows of the department: its names in the header and
title, its contacts and links in the footer, all from data."""

from dataclasses import dataclass
from functools import cached_property

from django.db import DatabaseError
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext

from core.content_version import content_version
from departments.models import Department


@dataclass
class SiteNames:
    department: str
    institute: str


# (content version, department) as this worker last read them. Every page
# shows the department, and it changes only with the content: reading it
# once per content version instead of on every page saves each uncached
# page its three queries, 0.6 to 1.5 ms of CPU (measured in-process).
_last_read = (None, None)


def department_with_contacts():
    """The department the site is about (the home page's), with its phones
    and social links; None before there is one. Read again from the
    database only once content has changed since the last read.

    The instance is shared by every page this worker renders, in every
    language (modeltranslation picks the language when a field is read):
    templates only read it."""
    global _last_read  # one tuple, replaced whole: safe between threads
    # The version first: a change during the read moves it again, so what
    # was read is never kept under a newer version than it saw.
    version = content_version()
    read_at, department = _last_read
    if read_at != version:
        department = Department.objects.with_contacts().shown_on_home_page()
        _last_read = (version, department)
    return department


class SiteIdentity:
    """Read on first use: admin pages never show it, so never query for it."""

    @cached_property
    def department(self):
        try:
            return department_with_contacts()
        except DatabaseError:
            return None  # the 503 page renders while the database is away

    @cached_property
    def names(self):
        if self.department is None:
            return SiteNames(
                gettext("International Relations Department"),
                gettext("Uzbekistan State Institute of Arts and Culture"),
            )
        return SiteNames(self.department.name, self.department.institute)


def site_identity(request):
    identity = SiteIdentity()
    return {"site": identity, "site_names": SimpleLazyObject(lambda: identity.names)}
