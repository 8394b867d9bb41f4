"""The content version: when content last changed, shared by every worker.

The page cache compares it on every request; every save or delete of a
content model moves it (see core.apps). How it is shared, and what happens
while the shared cache is away: core.shared_version.
"""

from core.shared_version import SharedVersion

content = SharedVersion("content")


def content_version():
    """The time of the last content change, in nanoseconds; set if missing."""
    return content.current()


def mark_content_changed(**_signal_arguments):
    content.mark_changed()
