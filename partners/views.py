from django.http import Http404
from django.shortcuts import redirect, render

from agreements.models import Kind
from core.open_data import open_data_views
from core.preview import may_preview, public_or_preview, render_page
from core.public import public_page
from core.slugs import renamed_object
from partners.countries import country_name, is_known_country
from partners.models import CountryGroup, Partner

# Longer values are not country codes; they are shown cut to this length.
COUNTRY_PARAMETER_MAX_LENGTH = 12


@public_page(
    query_parameters={"country": is_known_country, "kind": lambda value: value in Kind.values}
)
def partner_list(request):
    """All active partners by country, or one country's with ?country=KZ;
    only those with an agreement in force of one kind with ?kind=..."""
    country = request.GET.get("country", "").strip().upper()[:COUNTRY_PARAMETER_MAX_LENGTH]
    kind = request.GET.get("kind", "")
    kind = kind if kind in Kind.values else ""
    # One query (and one for the agreements in force) serves the menus and
    # the list: each query costs about a millisecond before its first row,
    # each partner row a fortieth of one.
    groups = (
        Partner.objects.active()
        .with_agreements_in_force()
        .with_page_says_more()
        .grouped_by_country()
    )
    shown_groups = [group for group in groups if group.code == country] if country else groups
    if kind:
        shown_groups = with_kind_in_force(shown_groups, kind)
    context = {
        "countries": groups,
        "selected_country": country,
        "shown_groups": shown_groups,
        "kinds": kinds_in_force(groups),
        "selected_kind": kind,
        "selected_kind_label": dict(Kind.choices).get(kind, ""),
        # A filter that matches nothing makes an empty page search engines
        # should not index (every country code would make one).
        "noindex": bool((country or kind) and not shown_groups),
    }
    if country:
        context["country_is_known"] = is_known_country(country)
        context["selected_country_name"] = (
            country_name(country) if context["country_is_known"] else ""
        )
    return render(request, "partners/partner_list.html", context)


@public_page
def partner_detail(request, slug):
    """An active partner's page; for staff, an inactive one's as a preview;
    a slug the partner had before, a permanent redirect to its page now."""
    try:
        partner, is_preview = public_or_preview(
            request,
            Partner.objects.active().with_agreements_in_force().with_project_list(),
            Partner.objects.with_agreements_in_force().with_project_list(),
            slug=slug,
        )
    except Http404:
        # Visitors are not told where a hidden partner went.
        findable = (
            Partner.objects.all() if may_preview(request, Partner) else Partner.objects.active()
        )
        renamed = renamed_object(findable, slug)
        if renamed is None:
            raise
        return redirect(renamed, permanent=True)
    return render_page(
        request, "partners/partner_detail.html", {"partner": partner}, is_preview=is_preview
    )


def kinds_in_force(groups):
    """The kinds of cooperation in force among the listed partners, as
    (value, label) in the order the types are listed."""
    kinds = {
        value
        for group in groups
        for partner in group.partners
        for value, _label in partner.kinds_in_force
    }
    return [(value, label) for value, label in Kind.choices if value in kinds]


def with_kind_in_force(groups, kind):
    """The groups with only partners that have an agreement of `kind` in force."""
    filtered = []
    for group in groups:
        partners = [
            partner
            for partner in group.partners
            if kind in (value for value, _label in partner.kinds_in_force)
        ]
        if partners:
            filtered.append(CountryGroup(group.code, len(partners), partners, len(partners)))
    return filtered


# /<lang>/partners.json and .csv: the active partners, as the list shows them.
partners_json, partners_csv = open_data_views(
    "partners",
    lambda: Partner.objects.active().with_agreements_in_force(),
    {
        "name": lambda partner: partner.name,
        "country": lambda partner: partner.country_name,
        "country_code": lambda partner: partner.country.code,
        "city": lambda partner: partner.city,
        "website": lambda partner: partner.website,
        "partner_since": lambda partner: partner.partner_since,
        # Last, so that readers of the earlier columns by position still work.
        "cooperation": lambda partner: partner.cooperation,
    },
)
