"""A shared cache (Redis) outage degrades the site; it never answers 500.

The outage is played in-process two ways: Django's RedisCache pointed at a
port nothing listens on, and a cache that can be switched off mid-test.
`bench/drills.py redis` stops a real Redis under load.
"""

import logging

import pytest
from django.core.cache.backends.locmem import LocMemCache

from core import content_version, shared_version
from core.shared_version import SharedVersion
from iro_site import page_cache
from partners.models import Partner
from tests.servers import free_port
from translations import catalogue_version


class SwitchableCache(LocMemCache):
    """A local cache that fails like an unreachable Redis while `down`."""

    down = False

    def _check(self):
        if SwitchableCache.down:
            raise ConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    def get(self, *args, **kwargs):
        self._check()
        return super().get(*args, **kwargs)

    def set(self, *args, **kwargs):
        self._check()
        return super().set(*args, **kwargs)

    def add(self, *args, **kwargs):
        self._check()
        return super().add(*args, **kwargs)


@pytest.fixture(autouse=True)
def _fresh_worker(monkeypatch, settings):
    """Each test is a production worker that has not yet seen the shared cache."""
    settings.PAGE_CACHE_SECONDS = 600
    monkeypatch.setattr(content_version, "content", SharedVersion("content"))
    monkeypatch.setattr(catalogue_version, "catalogues", SharedVersion("catalogue"))
    monkeypatch.setattr(shared_version, "RETRY_SECONDS", 0)
    monkeypatch.setattr(shared_version, "health", shared_version.CacheHealth())
    SwitchableCache.down = False
    yield
    SwitchableCache.down = False


@pytest.fixture
def unreachable_redis(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/1",
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
        }
    }


@pytest.fixture
def switchable_cache(settings):
    settings.CACHES = {"default": {"BACKEND": f"{__name__}.SwitchableCache"}}


@pytest.mark.parametrize(
    "path", ["/uz/", "/ru/partners/", "/en/programs/", "/en/admin/login/", "/sitemap.xml"]
)
def test_pages_answer_while_redis_is_unreachable(client, seeded, unreachable_redis, path):
    for _ in range(2):  # rendered, then from the worker's page cache
        response = client.get(path)

        assert response.status_code == 200


def test_a_page_the_worker_holds_is_served_without_the_database_while_redis_is_down(
    client, seeded, switchable_cache, django_assert_num_queries
):
    held = client.get("/ru/partners/")
    SwitchableCache.down = True

    with django_assert_num_queries(0):
        response = client.get("/ru/partners/")

    assert response.status_code == 200
    assert response.content == held.content


def test_readyz_reports_the_cache_unavailable_while_redis_is_down(client, db, unreachable_redis):
    response = client.get("/readyz")

    assert response.status_code == 503
    assert response["Content-Type"].startswith("text/plain")
    assert response.content.decode().startswith("cache unavailable")


def test_readyz_is_ready_again_when_the_cache_returns(client, db, switchable_cache):
    SwitchableCache.down = True
    assert client.get("/readyz").status_code == 503
    SwitchableCache.down = False

    response = client.get("/readyz")

    assert response.status_code == 200
    assert response.content == b"ready"


def test_an_outage_is_logged_once_and_its_end_once(client, seeded, switchable_cache, caplog):
    client.get("/uz/")
    SwitchableCache.down = True
    with caplog.at_level(logging.WARNING, logger="core.shared_version"):
        for path in ["/uz/", "/ru/", "/en/partners/", "/uz/"]:
            assert client.get(path).status_code == 200
        SwitchableCache.down = False
        client.get("/uz/")
        client.get("/ru/")

    messages = [(record.levelname, record.getMessage()) for record in caplog.records]
    assert [level for level, _message in messages] == ["ERROR", "WARNING"]
    assert messages[0][1].startswith("Shared cache unavailable (ConnectionError")
    assert messages[1][1].startswith("Shared cache available again")


def test_a_save_during_the_outage_shows_here_at_once_and_in_other_workers_on_return(
    client, seeded, switchable_cache
):
    first = client.get("/en/partners/")
    held_by_another_worker = page_cache.store.stale("http://testserver/en/partners/")
    SwitchableCache.down = True
    partner = Partner.objects.get(slug="induk-university")
    partner.name_en = "Renamed during the outage"
    partner.save()

    during = client.get("/en/partners/")
    SwitchableCache.down = False
    client.get("/uz/")  # this worker's next request finds the cache back
    # Another worker: it holds the page from before the save.
    page_cache.store.clear()
    page_cache.store.put("http://testserver/en/partners/", held_by_another_worker)
    content_version.content = SharedVersion("content")
    after = client.get("/en/partners/")

    assert "Renamed during the outage" not in first.content.decode()
    assert "Renamed during the outage" in during.content.decode()
    assert "Renamed during the outage" in after.content.decode()
