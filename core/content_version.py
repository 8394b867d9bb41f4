"""The content version: when content last changed, shared by every worker.

It lives in Django's default cache when that is shared (Redis, for several
hosts), or as the timestamp of a file beside the file cache (one host;
filesystems with nanosecond timestamps, as ext4, XFS, Btrfs, tmpfs and
overlayfs keep). The page cache compares it on every request; every save or
delete of a content model moves it (see core.apps).

When the shared cache is unreachable (Redis down), each worker keeps the
last version it read: the pages it holds stay current for it, so visitors
get them from memory instead of a render per request, and the database is
not asked to carry the whole site at once. A save meanwhile is remembered
and published as soon as the cache answers again; until then it shows in
the worker that made it and everywhere else once their pages expire
(PAGE_CACHE_SECONDS). Django's RedisCache raises on every call while Redis
is away, so the calls here are the only ones on the request path, each
guarded; the outage is logged once, and its end once.
"""

import logging
import os
import threading
import time

from django.conf import settings
from django.core.cache import cache

CONTENT_VERSION_KEY = "iro:content-version"
# While the cache is away, each worker asks it again at most this often:
# every request trying (and timing out) would slow the site it keeps up.
RETRY_SECONDS = 1.0
logger = logging.getLogger(__name__)


class _SharedVersion:
    """What this worker knows of the version kept in the shared cache."""

    def __init__(self):
        self.lock = threading.Lock()
        self.last_known = None
        self.unavailable_since = None
        self.next_try = 0.0
        self.unpublished_change = None

    def read(self):
        if self.unavailable_since is not None and time.monotonic() < self.next_try:
            return self.last_known
        try:
            version = self._read_or_start()
        except Exception as error:  # any cache failure is an outage
            return self._outage(error)
        with self.lock:
            self.last_known = self._recovered(version)
            return self.last_known

    def change(self, now):
        try:
            cache.set(CONTENT_VERSION_KEY, now, timeout=None)
        except Exception as error:
            with self.lock:
                self.unpublished_change = now
            self._outage(error)
        with self.lock:
            self.last_known = now

    @staticmethod
    def _read_or_start():
        version = cache.get(CONTENT_VERSION_KEY)
        if version is None:
            # Missing: first start, or Redis came back empty (it keeps nothing
            # on disk). A new version makes every worker render afresh.
            version = time.time_ns()
            cache.add(CONTENT_VERSION_KEY, version, timeout=None)
            version = cache.get(CONTENT_VERSION_KEY, version)
        return version

    def _outage(self, error):
        with self.lock:
            self.next_try = time.monotonic() + RETRY_SECONDS
            if self.unavailable_since is None:
                self.unavailable_since = time.monotonic()
                logger.error(
                    "Shared cache unavailable (%s: %s); serving the pages this worker "
                    "holds until it answers again",
                    type(error).__name__,
                    error,
                )
            if self.last_known is None:
                # Never read one: any fixed value lets pages rendered during
                # the outage be kept and reused.
                self.last_known = time.time_ns()
            return self.last_known

    def _recovered(self, version):
        """The version to use after a successful read (lock held): a change
        saved during the outage is published now."""
        if self.unavailable_since is None:
            return version
        logger.warning(
            "Shared cache available again after %.1f s",
            time.monotonic() - self.unavailable_since,
        )
        self.unavailable_since = None
        if self.unpublished_change is not None:
            change, self.unpublished_change = self.unpublished_change, None
            version = max(change, version, time.time_ns())
            try:
                cache.set(CONTENT_VERSION_KEY, version, timeout=None)
            except Exception:  # gone again: the next read logs it
                self.unpublished_change = change
        return version

    @property
    def available(self):
        return self.unavailable_since is None


shared_version = _SharedVersion()


def content_version():
    """The time of the last content change, in nanoseconds; set if missing."""
    path = _version_file()
    if path is None:
        return shared_version.read()
    try:
        return os.stat(path).st_mtime_ns
    except FileNotFoundError:
        mark_content_changed()
        return os.stat(path).st_mtime_ns


def mark_content_changed(**_signal_arguments):
    now = time.time_ns()
    path = _version_file()
    if path is None:
        shared_version.change(now)
        return
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "a"):
        pass
    os.utime(path, ns=(now, now))


def _version_file():
    """Beside a file cache, the version file: one stat() per request, where
    reading a cache entry cost a sixth of a whole cached response."""
    default = settings.CACHES["default"]
    if default["BACKEND"].endswith(".FileBasedCache"):
        return os.path.join(default["LOCATION"], "content-version")
    return None
