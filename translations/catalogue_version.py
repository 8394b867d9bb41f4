"""The catalogues version: when an interface translation was last saved.

Shared by every worker and host like the content version (see
core.shared_version). A save in the browser editor moves it; every worker
compares it on each request (translations.middleware) and drops the
catalogues it loaded when it moved.
"""

from core.shared_version import SharedVersion

catalogues = SharedVersion("catalogue")


def catalogue_version():
    """The time of the last catalogue save in nanoseconds; set if missing."""
    return catalogues.current()


def mark_catalogues_changed():
    catalogues.mark_changed()
