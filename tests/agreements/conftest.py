import datetime

import pytest
from django.utils.functional import empty

from agreements import scans
from agreements.models import Agreement
from partners.models import Partner


@pytest.fixture(autouse=True)
def _private_scans_in_tmp(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    scans._private._wrapped = empty
    yield
    scans._private._wrapped = empty


@pytest.fixture
def partner(db):
    return Partner.objects.create(
        slug="example-academy",
        name_uz="Misol akademiyasi",
        name_ru="Академия-пример",
        name_en="Example Academy",
        country="KZ",
    )


@pytest.fixture
def make_agreement(partner):
    def make(**fields):
        values = {"partner": partner, "is_signed": True, **fields}
        return Agreement.objects.create(**values)

    return make


def day(text):
    return datetime.date.fromisoformat(text)
