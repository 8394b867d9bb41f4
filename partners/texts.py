"""Sentences about partner counts, with each language's plural forms."""

from django.utils.translation import ngettext, npgettext, pgettext


def institutions(count):
    """'3 institutions', declined for `count`."""
    return ngettext("%(counter)s institution", "%(counter)s institutions", count) % {
        "counter": count
    }


def partners_in_countries(partner_count, country_count):
    """'16 partner institutions in 7 countries', with both numbers declined.

    Each count is a plural phrase of its own, and the translator orders
    them, since Uzbek puts the countries first ('7 ta davlatdagi 16 ta ...').
    """
    institutions = ngettext(
        "%(count)s partner institution", "%(count)s partner institutions", partner_count
    ) % {"count": partner_count}
    in_countries = npgettext(
        "partner institutions in countries",
        "in %(count)s country",
        "in %(count)s countries",
        country_count,
    ) % {"count": country_count}
    return pgettext("partner institutions in countries", "%(institutions)s %(in_countries)s") % {
        "institutions": institutions,
        "in_countries": in_countries,
    }
