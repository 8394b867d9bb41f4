from django import template

from partners.texts import partners_in_countries as partners_in_countries_text

register = template.Library()


@register.simple_tag
def partners_in_countries(country_groups):
    """'16 partner institutions in 7 countries' for a list of CountryGroup."""
    partner_count = sum(len(group) for group in country_groups)
    return partners_in_countries_text(partner_count, len(country_groups))
