from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.open_data import open_data_views
from core.preview import may_preview, public_or_preview, render_page
from core.public import PAGE_NUMBER, page_or_404, public_page
from core.slugs import renamed_object
from opportunities import ics
from opportunities.models import Opportunity
from opportunities.staff import add_url_for_staff

PAGE_SIZE = 20


def _page_of(request, queryset):
    """The page `?p=` asks for; junk reads as the first, past the end is a 404."""
    return page_or_404(Paginator(queryset, PAGE_SIZE), request.GET.get("p"))


def _calendar_links(request):
    https_url = request.build_absolute_uri(reverse("opportunities:calendar"))
    return {
        "calendar_url": https_url,
        "subscribe_url": "webcal://" + https_url.split("://", 1)[1],
    }


@public_page(query_parameters={"p": PAGE_NUMBER})
def opportunity_list(request):
    now = timezone.now()
    context = {
        "page": _page_of(request, Opportunity.objects.open(now).for_page()),
        "now": now,
        **_calendar_links(request),
    }
    if not context["page"].object_list:
        context["add_url"] = add_url_for_staff(request)
    return render(request, "opportunities/opportunity_list.html", context)


@public_page(query_parameters={"p": PAGE_NUMBER})
def opportunity_archive(request):
    now = timezone.now()
    context = {"page": _page_of(request, Opportunity.objects.closed(now).for_page()), "now": now}
    return render(request, "opportunities/opportunity_archive.html", context)


@public_page
def opportunity_detail(request, slug):
    """A published opportunity's page, open or closed; for staff, an
    unpublished one's as a preview; an old slug redirects to it."""
    try:
        opportunity, is_preview = public_or_preview(
            request,
            Opportunity.objects.published().for_page(),
            Opportunity.objects.for_page(),
            slug=slug,
        )
    except Http404:
        findable = Opportunity.objects.all()
        if not may_preview(request, Opportunity):
            findable = findable.published()
        renamed = renamed_object(findable, slug)
        if renamed is None:
            raise
        return redirect(renamed, permanent=True)
    context = {"opportunity": opportunity, "now": timezone.now(), **_calendar_links(request)}
    return render_page(
        request, "opportunities/opportunity_detail.html", context, is_preview=is_preview
    )


@public_page
def deadline_calendar(request):
    """Every open deadline, for calendars to subscribe to."""
    now = timezone.now()
    calendar = ics.deadlines_calendar(
        Opportunity.objects.open(now),
        request,
        now,
        name=_("Opportunity deadlines"),
        key="opportunity-deadlines",
    )
    filename = f"opportunity-deadlines-{get_language()}.ics"
    return ics.calendar_response(calendar, filename, download=False)


@public_page
def opportunity_calendar(request, slug):
    """One opportunity's deadline as a file to add to a calendar."""
    opportunity = get_object_or_404(Opportunity.objects.published(), slug=slug)
    calendar = ics.deadlines_calendar(
        [opportunity],
        request,
        timezone.now(),
        name=opportunity.title,
        key=f"opportunity-{opportunity.pk}",
    )
    return ics.calendar_response(calendar, f"{opportunity.slug}.ics", download=True)


# /<lang>/opportunities.json and .csv: the open calls, nearest deadline first.
opportunities_json, opportunities_csv = open_data_views(
    "opportunities",
    lambda: Opportunity.objects.open(timezone.now()).for_page(),
    {
        "title": lambda opportunity: opportunity.title,
        "funder": lambda opportunity: opportunity.funder,
        "programme": lambda opportunity: opportunity.program.name if opportunity.program else None,
        "who_may_apply": lambda opportunity: ", ".join(
            str(audience) for audience in opportunity.audiences
        ),
        "deadline": lambda opportunity: timezone.localtime(opportunity.deadline),
        "apply_url": lambda opportunity: opportunity.apply_url,
    },
)
