"""A new content app needs only itself, INSTALLED_APPS and the root URLconf."""

import json
import os
import re
import subprocess
import sys

import pytest
from django.conf import settings

from tests.languages import LANGUAGES


@pytest.fixture(scope="module")
def probe(tmp_path_factory):
    """What the shared features see in a site with tests.new_content_app installed."""
    folder = tmp_path_factory.mktemp("new-app")
    env = {
        **{key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")},
        "DJANGO_SETTINGS_MODULE": "tests.new_content_app.settings",
        "DATABASE_URL": f"sqlite:///{folder / 'site.sqlite3'}",
        "CACHE_URL": f"filecache://{folder / 'cache'}",
        "MEDIA_ROOT": str(folder / "media"),
        "ALLOWED_HOSTS": "testserver",
        "DEBUG": "true",
    }
    result = subprocess.run(
        [sys.executable, "-m", "tests.new_content_app.probe"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_editors_get_every_permission_on_the_new_apps_models(probe):
    assert probe["editors"] == ["add_event", "change_event", "delete_event", "view_event"]


def test_translators_may_change_the_new_translated_model_but_not_add_or_delete(probe):
    assert probe["translators"] == ["change_event", "view_event"]


def test_seed_loader_runs_the_new_apps_seed_part_once(probe):
    assert probe["seeded"][-1] == "event:open-day"


def test_translation_status_lists_the_new_apps_missing_text_and_its_page(probe):
    assert {"model": "events.event", "id": 1, "field": "title"} in probe["missing_ru"]
    assert "/ru/events/open-day/" in probe["fallback_pages_ru"]


def test_sitemap_lists_the_new_apps_pages_in_every_language(probe):
    for language in LANGUAGES:
        assert f"/{language}/events/open-day/</loc>" in probe["sitemap"]


def test_new_apps_page_answers_in_every_language(probe):
    assert probe["page"] == "Ochiq eshiklar kuni"


def test_the_new_apps_section_joins_the_header_in_its_declared_place(probe):
    navigation = probe["home_page"].split('<nav class="site-nav"')[1].split("</nav>")[0]

    links = re.findall(r'<a href="([^"]+)"', navigation)
    assert links == [
        "/ru/",
        "/ru/partners/",
        "/ru/programs/",
        "/ru/events/",
        "/ru/activities/",
        "/ru/opportunities/",
    ]
