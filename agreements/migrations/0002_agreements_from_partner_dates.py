"""Move each partner's one agreement date into an agreement of its own.

Partner.agreement_date was an agreement reduced to a date: each date
becomes a signed cooperation agreement signed on that day (the only thing
the date said). Partners without a date get nothing here; the seed gives
the department's partners their agreements, with no invented dates.
Reversed, each partner gets back the earliest signing date of its
agreements; the agreements stay, as staff may have added to them since.
"""

from django.db import migrations
from django.db.models import Min


def dates_to_agreements(apps, schema_editor):
    Partner = apps.get_model("partners", "Partner")
    Agreement = apps.get_model("agreements", "Agreement")
    for partner in Partner.objects.exclude(agreement_date=None):
        Agreement.objects.get_or_create(
            partner=partner,
            signed_on=partner.agreement_date,
            defaults={"kind": "cooperation", "is_signed": True},
        )


def agreements_to_dates(apps, schema_editor):
    Partner = apps.get_model("partners", "Partner")
    Agreement = apps.get_model("agreements", "Agreement")
    firsts = (
        Agreement.objects.filter(is_signed=True, signed_on__isnull=False)
        .values("partner")
        .annotate(first=Min("signed_on"))
    )
    for row in firsts:
        Partner.objects.filter(pk=row["partner"]).update(agreement_date=row["first"])


class Migration(migrations.Migration):
    dependencies = [
        ("agreements", "0001_initial"),
        ("partners", "0001_initial"),
    ]

    operations = [migrations.RunPython(dates_to_agreements, agreements_to_dates)]
