"""Every worker serves a saved translation on its next request.

Django loads catalogues once per process. When the shared catalogues version
(translations.catalogue_version) has moved since this process last loaded
them, the first request to notice drops them with Django's own
`translation_file_changed` (what the autoreloader calls), and they load
afresh from the .mo files. That also resets every thread's active language,
so the reload waits for this process's other requests to finish and holds
new ones back meanwhile; it sits before LocaleMiddleware, which then
activates the request's language. Cached pages never get here: the editor's
save also moves the content version, so the page cache renders anew.
"""

import logging
import threading
from contextlib import contextmanager
from pathlib import Path

from django.utils.translation.reloader import translation_file_changed

from translations.catalogue_version import catalogue_version

logger = logging.getLogger(__name__)

# translation_file_changed acts only on a path that names a .mo file.
ANY_CATALOGUE = Path("django.mo")
# A request still running after this long (an upload from a slow client)
# does not hold the new strings back from everyone else.
LONGEST_WAIT_SECONDS = 5


class RequestGate:
    """Requests in one process pass side by side; a reload passes alone."""

    def __init__(self):
        self._condition = threading.Condition()
        self._requests = 0
        self._reloading = False

    @contextmanager
    def request(self):
        with self._condition:
            self._condition.wait_for(lambda: not self._reloading)
            self._requests += 1
        try:
            yield
        finally:
            with self._condition:
                self._requests -= 1
                self._condition.notify_all()

    @contextmanager
    def alone(self):
        with self._condition:
            self._condition.wait_for(lambda: not self._reloading)
            self._reloading = True
            if not self._condition.wait_for(
                lambda: self._requests == 0, timeout=LONGEST_WAIT_SECONDS
            ):
                logger.warning("Reloading translations while %d request(s) run.", self._requests)
        try:
            yield
        finally:
            with self._condition:
                self._reloading = False
                self._condition.notify_all()


class LoadedCatalogues:
    """Which catalogues version this process has loaded. None: unknown, as a
    catalogue may have been saved between this process's start and its first
    request, so that request reloads too."""

    def __init__(self):
        self.version = None
        self.gate = RequestGate()

    def reload_if_changed(self):
        current = catalogue_version()
        if current == self.version:
            return
        with self.gate.alone():
            if current != self.version:
                translation_file_changed(sender=None, file_path=ANY_CATALOGUE)
                self.version = current


loaded_catalogues = LoadedCatalogues()


class CatalogueReloadMiddleware:
    """Goes right before django.middleware.locale.LocaleMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        loaded_catalogues.reload_if_changed()
        with loaded_catalogues.gate.request():
            return self.get_response(request)
