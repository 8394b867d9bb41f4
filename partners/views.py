from django.shortcuts import get_object_or_404, render

from partners.countries import country_name, is_known_country
from partners.models import Partner

# Longer values are not country codes; they are shown cut to this length.
COUNTRY_PARAMETER_MAX_LENGTH = 12


def partner_list(request):
    """All active partners by country, or one country's with ?country=KZ."""
    country = request.GET.get("country", "").strip().upper()[:COUNTRY_PARAMETER_MAX_LENGTH]
    partners = Partner.objects.active()
    context = {"selected_country": country}
    if country:
        # The country menu needs counts only: the other countries' partners
        # are not loaded.
        context["countries"] = partners.counted_by_country()
        context["shown_groups"] = partners.in_country(country).grouped_by_country()
        context["country_is_known"] = is_known_country(country)
        context["selected_country_name"] = (
            country_name(country) if context["country_is_known"] else ""
        )
    else:
        context["countries"] = context["shown_groups"] = partners.grouped_by_country()
    return render(request, "partners/partner_list.html", context)


def partner_detail(request, slug):
    partner = get_object_or_404(Partner.objects.active(), slug=slug)
    return render(request, "partners/partner_detail.html", {"partner": partner})
