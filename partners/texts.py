"""Sentences about partner counts, with each language's plural forms."""

from django.utils.translation import ngettext, npgettext, pgettext

from core.translated_text import fill_in


def institutions(count):
    """'3 institutions', declined for `count`."""
    return fill_in(
        lambda: ngettext("%(counter)s institution", "%(counter)s institutions", count),
        {"counter": count},
    )


def partners_in_countries(partner_count, country_count):
    """'16 partner institutions in 7 countries', with both numbers declined.

    Each count is a plural phrase of its own, and the translator orders
    them, since Uzbek puts the countries first ('7 ta davlatdagi 16 ta ...').
    """
    institutions = fill_in(
        lambda: ngettext(
            "%(count)s partner institution", "%(count)s partner institutions", partner_count
        ),
        {"count": partner_count},
    )
    in_countries = fill_in(
        lambda: npgettext(
            "partner institutions in countries",
            "in %(count)s country",
            "in %(count)s countries",
            country_count,
        ),
        {"count": country_count},
    )
    return fill_in(
        lambda: pgettext("partner institutions in countries", "%(institutions)s %(in_countries)s"),
        {"institutions": institutions, "in_countries": in_countries},
    )


def partners_with_agreements_in_countries(partner_count, country_count):
    """'16 partner institutions in 7 countries have an agreement in force'."""
    in_countries = fill_in(
        lambda: npgettext(
            "partner institutions in countries",
            "in %(count)s country",
            "in %(count)s countries",
            country_count,
        ),
        {"count": country_count},
    )
    return fill_in(
        lambda: ngettext(
            "%(count)s partner institution %(in_countries)s has an agreement in force",
            "%(count)s partner institutions %(in_countries)s have an agreement in force",
            partner_count,
        ),
        {"count": partner_count, "in_countries": in_countries},
    )
