"""The partner institutions from seed.json."""

from core.seeding import read_seed_file, translated_fields
from partners.models import Partner


def load(report):
    for position, data in enumerate(read_seed_file(__file__)["partners"]):
        existing = Partner.objects.filter(slug=data["slug"])
        if report.first_time(f"partner:{data['slug']}", existing):
            Partner.objects.create(
                slug=data["slug"],
                country=data["country"],
                website=data.get("website", ""),
                position=position,
                **translated_fields(data, "name", "city"),
            )
