from django import template
from django.urls import reverse

from core.navigation import sections

register = template.Library()


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The header's sections in the page's language, each with the value of
    its aria-current: "page" on the section's own page, "true" on a page
    inside it (a partner's page marks Partners), else None."""
    request = context["request"]
    match = request.resolver_match
    namespace = match.namespace if match else None
    entries = []
    for section in sections():
        url = reverse(section.url_name)
        if request.path == url:
            current = "page"
        elif section.namespace == namespace:
            current = "true"
        else:
            current = None
        entries.append({"label": section.label, "url": url, "current": current})
    return entries
