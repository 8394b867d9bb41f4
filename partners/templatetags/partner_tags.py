from django import template

from partners import texts

register = template.Library()


@register.simple_tag
def partners_in_countries(country_groups):
    """'16 partner institutions in 7 countries' for a list of CountryGroups."""
    partner_count = sum(group.count for group in country_groups)
    return texts.partners_in_countries(partner_count, len(country_groups))


@register.filter
def institutions(count):
    """{{ group.count|institutions }}: '3 institutions'.

    Not {% blocktranslate count %}, which takes 25 microseconds to render:
    with one per country, a tenth of the partners page.
    """
    return texts.institutions(count)


# The chart's drawing units: its viewBox is CHART_WIDTH wide, and each
# country takes a row with its name above a bar of up to BAR_MAX_WIDTH.
CHART_WIDTH = 400
BAR_MAX_WIDTH = 340
ROW_HEIGHT = 48
BAR_HEIGHT = 16


@register.inclusion_tag("partners/_countries_chart.html")
def countries_chart(country_groups):
    """Partner institutions by country as an SVG bar chart, most first,
    with the same figures as a sentence for screen readers and as a table."""
    ordered = sorted(country_groups, key=lambda group: -group.count)
    most = max((group.count for group in ordered), default=0)
    rows = []
    for index, group in enumerate(ordered):
        bar_width = BAR_MAX_WIDTH * group.count / most
        # Strings, so that no language's number format ("340,5") reaches the SVG.
        rows.append(
            {
                "name": group.name,
                "count": group.count,
                "label_y": str(index * ROW_HEIGHT + 16),
                "bar_y": str(index * ROW_HEIGHT + 24),
                "bar_width": f"{bar_width:.1f}",
                "count_x": f"{bar_width + 8:.1f}",
                "count_y": str(index * ROW_HEIGHT + 24 + BAR_HEIGHT - 3),
            }
        )
    return {
        "rows": rows,
        "width": CHART_WIDTH,
        "height": len(rows) * ROW_HEIGHT,
        "bar_height": BAR_HEIGHT,
        "summary": texts.partners_in_countries(
            sum(group.count for group in ordered), len(ordered)
        ),
    }
