"""A version number every worker and host shares: when something last changed.

The content version (core.content_version) and the catalogues version
(translations.catalogue_version) are such numbers, in nanoseconds. Each lives
in Django's default cache when that is shared (Redis, for several hosts), or
as the timestamp of a file beside the file cache (one host; filesystems with
nanosecond timestamps, as ext4, XFS, Btrfs, tmpfs and overlayfs keep): one
stat() per request, where reading a cache entry cost a sixth of a whole
cached response.

When the shared cache is unreachable (Redis down), each worker keeps the
last version it read: the pages it holds stay current for it, so visitors
get them from memory instead of a render per request, and the database is
not asked to carry the whole site at once. A change meanwhile is remembered
and published as soon as the cache answers again; until then it shows in the
worker that made it. Django's RedisCache raises on every call while Redis is
away, so the calls here, the only ones on the request path, are each
guarded; the outage is logged once, and its end once.
"""

import logging
import os
import threading
import time

from django.conf import settings
from django.core.cache import cache

# While the cache is away, each worker asks it again at most this often:
# every request trying (and timing out) would slow the site it keeps up.
RETRY_SECONDS = 1.0
logger = logging.getLogger(__name__)


class CacheHealth:
    """Whether this worker finds the shared cache answering: one outage,
    logged once and its end once, however many versions live there."""

    def __init__(self):
        self.lock = threading.Lock()
        self.unavailable_since = None
        self.next_try = 0.0

    @property
    def available(self):
        return self.unavailable_since is None

    def may_try(self):
        return self.available or time.monotonic() >= self.next_try

    def failed(self, error):
        with self.lock:
            self.next_try = time.monotonic() + RETRY_SECONDS
            if self.unavailable_since is None:
                self.unavailable_since = time.monotonic()
                logger.error(
                    "Shared cache unavailable (%s: %s); each worker keeps the versions "
                    "it last read until the cache answers again",
                    type(error).__name__,
                    error,
                )

    def answered(self):
        with self.lock:
            if self.unavailable_since is None:
                return
            logger.warning(
                "Shared cache available again after %.1f s",
                time.monotonic() - self.unavailable_since,
            )
            self.unavailable_since = None


health = CacheHealth()


class SharedVersion:
    def __init__(self, name):
        self.name = name
        self.key = f"iro:{name}-version"
        self.lock = threading.Lock()
        self.last_known = None
        self.unpublished_change = None

    def current(self):
        """The version now; a missing one is started (first start, or Redis
        came back empty, as it keeps nothing on disk)."""
        path = self._version_file()
        if path is None:
            return self._read_cache()
        try:
            return os.stat(path).st_mtime_ns
        except FileNotFoundError:
            self.mark_changed()
            return os.stat(path).st_mtime_ns

    def mark_changed(self):
        now = time.time_ns()
        path = self._version_file()
        if path is None:
            self._write_cache(now)
            return
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "a"):
            pass
        os.utime(path, ns=(now, now))

    def _version_file(self):
        default = settings.CACHES["default"]
        if default["BACKEND"].endswith(".FileBasedCache"):
            return os.path.join(default["LOCATION"], f"{self.name}-version")
        return None

    def _read_cache(self):
        if not health.may_try():
            return self._last_known()
        try:
            version = cache.get(self.key)
            if version is None:
                # A new version makes every worker start afresh.
                version = time.time_ns()
                cache.add(self.key, version, timeout=None)
                version = cache.get(self.key, version)
            if self.unpublished_change is not None:
                version = self._publish(version)
        except Exception as error:  # any cache failure is an outage
            health.failed(error)
            return self._last_known()
        health.answered()
        with self.lock:
            self.last_known = version
            return version

    def _write_cache(self, now):
        try:
            cache.set(self.key, now, timeout=None)
        except Exception as error:
            with self.lock:
                self.unpublished_change = now
            health.failed(error)
        with self.lock:
            self.last_known = now

    def _publish(self, version):
        """A change made during the outage, published now it is over."""
        version = max(self.unpublished_change, version, time.time_ns())
        cache.set(self.key, version, timeout=None)
        self.unpublished_change = None
        return version

    def _last_known(self):
        with self.lock:
            if self.last_known is None:
                # Never read one: any fixed value lets pages rendered during
                # the outage be kept and reused.
                self.last_known = time.time_ns()
            return self.last_known
