import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import translation

from core import schedule
from iro_site import page_cache
from tests.staff import STAFF_PASSWORD


@pytest.fixture(autouse=True)
def _english_outside_requests():
    """reverse() in a test gives /en/ URLs, whatever the last request activated."""
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def _isolated_storage(settings, tmp_path):
    """Each test gets its own media folder, cache and empty page store."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": str(tmp_path),
        }
    }
    page_cache.store.clear()
    schedule.forget()
    # Real password hashing costs a quarter second per login or new user.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def seeded(db):
    """The department's real seed content, as `make run` loads it."""
    call_command("load_seed", stdout=io.StringIO())


def _staff_member(django_user_model, username, group_name):
    user = django_user_model.objects.create_user(
        username=username, password=STAFF_PASSWORD, is_staff=True
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(db, django_user_model):
    return _staff_member(django_user_model, "editor", "Editors")


@pytest.fixture
def translator(db, django_user_model):
    return _staff_member(django_user_model, "translator", "Translators")
