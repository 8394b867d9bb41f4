"""A catalogue reload in one thread never changes another request's language.

Django's reload resets every thread's active language; with gunicorn's
threaded workers another request may be halfway through its page.
"""

import threading

from django.utils import translation

from translations.catalogue_version import mark_catalogues_changed
from translations.middleware import loaded_catalogues


def test_reload_waits_for_a_running_request_to_finish_in_its_language(db):
    rendering = threading.Event()
    reload_asked = threading.Event()
    seen = {}

    def russian_request():
        loaded_catalogues.reload_if_changed()
        with loaded_catalogues.gate.request():
            translation.activate("ru")
            rendering.set()
            reload_asked.wait(timeout=5)
            # Give a reload that does not wait its chance to reset us.
            threading.Event().wait(0.2)
            seen["language"] = translation.get_language()
            seen["partners"] = translation.gettext("Partners")

    request = threading.Thread(target=russian_request)
    request.start()
    rendering.wait(timeout=5)
    mark_catalogues_changed()
    reload_asked.set()
    loaded_catalogues.reload_if_changed()
    request.join(timeout=10)

    assert seen == {"language": "ru", "partners": "Партнёры"}
