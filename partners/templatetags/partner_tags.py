from django import template

from partners.texts import partners_in_countries as partners_in_countries_text

register = template.Library()


@register.simple_tag
def partners_in_countries(country_groups):
    """'16 partner institutions in 7 countries' for CountryGroup or
    CountryCount items."""
    partner_count = sum(group.count for group in country_groups)
    return partners_in_countries_text(partner_count, len(country_groups))
