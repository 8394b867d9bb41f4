"""Opportunities for tests, with deadlines on Tashkent's clock."""

from datetime import datetime

from model_bakery import baker

from opportunities.deadlines import TASHKENT
from opportunities.models import Opportunity


def tashkent(year, month, day, hour=0, minute=0):
    return datetime(year, month, day, hour, minute, tzinfo=TASHKENT)


def make_opportunity(slug, deadline, **fields):
    values = {
        "title_uz": f"{slug} (uz)",
        "title_ru": f"{slug} (ru)",
        "title_en": f"{slug} (en)",
        "apply_url": f"https://example.org/apply/{slug}",
        "is_published": True,
        **fields,
    }
    return baker.make(Opportunity, slug=slug, deadline=deadline, **values)
