"""The content version: when content last changed, shared by every worker.

It lives in Django's default cache when that is shared (Redis, for several
hosts), or as the timestamp of a file beside the file cache (one host;
filesystems with nanosecond timestamps, as ext4, XFS, Btrfs, tmpfs and
overlayfs keep). The page cache compares it on every request; every save or
delete of a content model moves it (see core.apps).
"""

import os
import time

from django.conf import settings
from django.core.cache import cache

CONTENT_VERSION_KEY = "iro:content-version"


def content_version():
    """The time of the last content change, in nanoseconds; set if missing."""
    path = _version_file()
    if path is None:
        version = cache.get(CONTENT_VERSION_KEY)
        if version is None:
            version = time.time_ns()
            cache.add(CONTENT_VERSION_KEY, version, timeout=None)
            version = cache.get(CONTENT_VERSION_KEY, version)
        return version
    try:
        return os.stat(path).st_mtime_ns
    except FileNotFoundError:
        mark_content_changed()
        return os.stat(path).st_mtime_ns


def mark_content_changed(**_signal_arguments):
    now = time.time_ns()
    path = _version_file()
    if path is None:
        cache.set(CONTENT_VERSION_KEY, now, timeout=None)
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
