"""Agreements are kept in the agreements app now (its migration 0002 moved
the dates there first)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0002_search_documents"),
        ("agreements", "0002_agreements_from_partner_dates"),
    ]

    operations = [migrations.RemoveField(model_name="partner", name="agreement_date")]
