from django import template

from partners import texts

register = template.Library()


@register.simple_tag
def partners_in_countries(country_groups):
    """'16 partner institutions in 7 countries' for a list of CountryGroups."""
    partner_count = sum(group.count for group in country_groups)
    return texts.partners_in_countries(partner_count, len(country_groups))


@register.simple_tag
def partners_with_agreements_in_countries(country_groups):
    """'16 partner institutions in 7 countries have an agreement in force':
    only partners with an agreement in force count, and the sentence says so."""
    counted = [group for group in country_groups if group.in_force_count]
    partner_count = sum(group.in_force_count for group in counted)
    return texts.partners_with_agreements_in_countries(partner_count, len(counted))


@register.filter
def institutions(count):
    """{{ group.count|institutions }}: '3 institutions'.

    Not {% blocktranslate count %}, which takes 25 microseconds to render:
    with one per country, a tenth of the partners page.
    """
    return texts.institutions(count)
