import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

LANGUAGES = ["uz", "ru", "en"]


@pytest.fixture(autouse=True)
def _media_in_temporary_folder(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def seeded(db):
    """The department's real seed content, as `make run` loads it."""
    call_command("load_seed", stdout=open("/dev/null", "w"))  # noqa: SIM115


def _staff_member(django_user_model, username, group_name):
    user = django_user_model.objects.create_user(
        username=username, password="correct-horse-battery-staple", is_staff=True
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(db, django_user_model):
    return _staff_member(django_user_model, "editor", "Editors")


@pytest.fixture
def translator(db, django_user_model):
    return _staff_member(django_user_model, "translator", "Translators")
