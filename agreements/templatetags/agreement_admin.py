"""The admin index's panel of agreements that need action."""

from django import template
from django.urls import reverse

from agreements.alerts import needing_action

register = template.Library()


@register.inclusion_tag("admin/agreements/needs_action.html", takes_context=True)
def agreements_needing_action(context):
    """Shown to staff who may view agreements; four bounded queries."""
    request = context["request"]
    if not request.user.has_perm("agreements.view_agreement"):
        return {"shown": False}
    changelist = reverse("admin:agreements_agreement_changelist")
    return {
        "shown": True,
        "groups": needing_action(),
        "changelist": changelist,
        "report_url": reverse("admin:agreements_agreement_report"),
    }
