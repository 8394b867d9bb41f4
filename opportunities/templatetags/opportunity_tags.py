from django import template
from django.utils import timezone

from opportunities.deadlines import closing_line, in_tashkent
from opportunities.models import Opportunity
from opportunities.staff import add_url_for_staff

register = template.Library()

NEAREST_SHOWN = 3


@register.simple_tag
def closes_in(opportunity, now):
    """{% closes_in opportunity now %}: "Closes in 3 days", in the page's language."""
    return closing_line(opportunity.deadline, now)


@register.filter
def tashkent_time(moment):
    """{{ opportunity.deadline|tashkent_time|date:"..." }}: the moment on Tashkent's clock."""
    return in_tashkent(moment)


@register.inclusion_tag("opportunities/_nearest_deadlines.html", takes_context=True)
def nearest_deadlines(context):
    """The home page's few nearest open deadlines, with a link to them all."""
    now = timezone.now()
    opportunities = list(Opportunity.objects.open(now).for_page()[:NEAREST_SHOWN])
    request = context.get("request")
    return {
        "opportunities": opportunities,
        "now": now,
        "add_url": "" if opportunities else add_url_for_staff(request),
    }
