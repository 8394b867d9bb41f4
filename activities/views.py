import re

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render

from activities.kinds import Kind
from activities.models import Activity
from core.preview import may_preview, public_or_preview, render_page
from core.public import PAGE_NUMBER, page_or_404, public_page
from core.slugs import renamed_object

PER_PAGE = 12
# Longer values are no year; shown cut to this length.
YEAR_PARAMETER_MAX_LENGTH = 4


def _chosen_year(value):
    """A four-digit year from ?year=, or None. Year 0 is none: no date has it."""
    value = value.strip()[:YEAR_PARAMETER_MAX_LENGTH]
    if not (value.isascii() and value.isdigit() and len(value) == 4):
        return None
    return int(value) or None


def _may_add(request):
    """Whether to offer a link to add the first activity. Visitors without a
    session cookie never touch the session: that would add Vary: Cookie."""
    return settings.SESSION_COOKIE_NAME in request.COOKIES and request.user.has_perm(
        "activities.add_activity"
    )


def _is_year(value):
    """A year worth a stored page: 1900 to 2099, as the year links write it."""
    return re.fullmatch(r"(19|20)[0-9]{2}", value) is not None


@public_page(
    query_parameters={
        "kind": lambda value: value in Kind.values,
        "year": _is_year,
        "page": PAGE_NUMBER,
    }
)
def activity_list(request):
    """Published activities, newest first, by ?kind= and ?year=, a page at a
    time (?page=). Filter values that match nothing are ignored: the visitor
    gets the whole list, never an error; a page past the end is a 404."""
    kind = request.GET.get("kind", "")
    kind = kind if kind in Kind.values else ""
    year = _chosen_year(request.GET.get("year", ""))
    published = Activity.objects.published()
    pairs = published.kinds_and_years()
    kinds = [choice for choice in Kind if any(pair[0] == choice for pair in pairs)]
    years = sorted({pair[1] for pair in pairs}, reverse=True)
    shown = published.of_kind(kind).in_year(year).newest_first()
    page = page_or_404(Paginator(shown, PER_PAGE), request.GET.get("page"))
    context = {
        "page": page,
        "activities": page.object_list,
        "page_range": page.paginator.get_elided_page_range(page.number, on_each_side=2),
        "kinds": kinds,
        "years": years,
        "selected_kind": kind,
        "selected_kind_label": Kind(kind).label if kind else "",
        "selected_year": year,
        "has_any": bool(pairs),
        "may_add": not pairs and _may_add(request),
        # A year or kind with no activities is an empty page not worth
        # indexing (every year from 1900 to 2099 would make one).
        "noindex": bool((kind or year) and not page.object_list),
    }
    return render(request, "activities/activity_list.html", context)


@public_page
def activity_detail(request, slug):
    """A published activity's page; for staff, a draft's or a scheduled
    one's as a preview; an old slug, a permanent redirect to its page now."""
    try:
        activity, is_preview = public_or_preview(
            request,
            Activity.objects.published().for_page(),
            Activity.objects.for_page(),
            slug=slug,
        )
    except Http404:
        # Visitors are not told where an unpublished activity went.
        findable = (
            Activity.objects.all()
            if may_preview(request, Activity)
            else Activity.objects.published()
        )
        renamed = renamed_object(findable, slug)
        if renamed is None:
            raise
        return redirect(renamed, permanent=True)
    return render_page(
        request, "activities/activity_detail.html", {"activity": activity}, is_preview=is_preview
    )
