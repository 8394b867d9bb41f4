"""Staff preview of pages that visitors cannot see (an inactive partner...).

Staff who may view an object in the admin see its page with a "not public"
banner; visitors still get 404. A preview is private to the one staff
member: never stored by the page cache or any proxy, never indexed.
"""

from django.http import Http404
from django.shortcuts import render


def may_preview(request, model):
    user = getattr(request, "user", None)
    meta = model._meta
    return (
        user is not None
        and user.is_active
        and user.is_staff
        and user.has_perm(f"{meta.app_label}.view_{meta.model_name}")
    )


def public_or_preview(request, public_queryset, all_queryset, **lookup):
    """(object, is_preview): the public object, or for staff an unpublished
    one; Http404 when neither applies (a visitor asking for a hidden one)."""
    found = public_queryset.filter(**lookup).first()
    if found is not None:
        return found, False
    if may_preview(request, all_queryset.model):
        found = all_queryset.filter(**lookup).first()
        if found is not None:
            return found, True
    raise Http404(f"No public {all_queryset.model._meta.object_name} matches the query.")


def render_page(request, template_name, context, *, is_preview):
    """render(), and for a preview the headers that keep it private and unindexed."""
    response = render(request, template_name, {**context, "is_preview": is_preview})
    if is_preview:
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex"
    return response
