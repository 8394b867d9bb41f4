import datetime

import pytest
from django.utils import timezone

from activities.models import Activity


@pytest.fixture
def make_activity(db):
    """A saved activity: published an hour ago unless told otherwise."""
    counter = {"n": 0}

    def make(**fields):
        counter["n"] += 1
        number = counter["n"]
        values = {
            "kind": Activity.Kind.MASTER_CLASS,
            "title_uz": f"Mahorat darsi {number}",
            "title_ru": f"Мастер-класс {number}",
            "title_en": f"Master class {number}",
            "slug": f"activity-{number}",
            "summary_uz": f"Qisqacha {number}.",
            "summary_ru": f"Кратко {number}.",
            "summary_en": f"In short {number}.",
            "starts_on": datetime.date(2026, 10, number % 28 + 1),
            "published_at": timezone.now() - datetime.timedelta(hours=1),
            **fields,
        }
        return Activity.objects.create(**values)

    return make
