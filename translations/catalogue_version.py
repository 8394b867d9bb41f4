"""The catalogues version: when an interface translation was last saved.

Shared by every worker and host the way core.content_version shares the
content version: in Django's default cache when that is shared (Redis), or
as the timestamp of a file beside the file cache (one host). A save in the
browser editor moves it; every worker compares it on each request
(translations.middleware) and drops the catalogues it loaded when it moved.
"""

import os
import time

from django.conf import settings
from django.core.cache import cache

CATALOGUE_VERSION_KEY = "iro:catalogue-version"


def catalogue_version():
    """The time of the last catalogue save in nanoseconds, or 0 if none yet."""
    path = _version_file()
    if path is None:
        return cache.get(CATALOGUE_VERSION_KEY, 0)
    try:
        return os.stat(path).st_mtime_ns
    except FileNotFoundError:
        return 0


def mark_catalogues_changed():
    now = time.time_ns()
    path = _version_file()
    if path is None:
        cache.set(CATALOGUE_VERSION_KEY, now, timeout=None)
        return
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "a"):
        pass
    os.utime(path, ns=(now, now))


def _version_file():
    """Beside a file cache, one stat() per request (see core.content_version)."""
    default = settings.CACHES["default"]
    if default["BACKEND"].endswith(".FileBasedCache"):
        return os.path.join(default["LOCATION"], "catalogue-version")
    return None
