"""What every page shows of the department: its names in the header and
title, its contacts and links in the footer, all from data."""

from dataclasses import dataclass
from functools import cached_property

from django.db import DatabaseError
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext

from departments.models import Department


@dataclass
class SiteNames:
    department: str
    institute: str


class SiteIdentity:
    """Read on first use: admin pages never show it, so never query for it."""

    @cached_property
    def department(self):
        """The department the site is about (the home page's), with its
        phones and social links; None before there is one."""
        try:
            return Department.objects.with_contacts().shown_on_home_page()
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
