"""Filling placeholders into a translation without ever failing a page.

A translation is written by a person: a placeholder renamed or dropped in a
catalogue (`%(count)s` for `%(counter)s`) makes Python's `%` raise, and a
page that formats it would answer 500 for everyone. Django's
{% blocktranslate %} falls back to the source text in that case; Python
code that formats a translation goes through `fill_in`, which does the same
and logs the broken entry.
"""

import logging

from django.utils import translation

logger = logging.getLogger(__name__)


def fill_in(message, values):
    """`message % values`, where `message` is a lazy translation
    (gettext_lazy, pgettext_lazy...) or a function that translates
    (`lambda: ngettext(...)`: ngettext_lazy with a number builds a new lazy
    class per call, a tenth of a millisecond each). If the translation's
    placeholders do not fit, the source text is used instead."""
    translate = message if callable(message) else message.__str__
    text = translate()
    try:
        return text % values
    except (KeyError, ValueError, TypeError, IndexError) as error:
        # With translations switched off, a message translates to its source.
        with translation.override(None):
            source = translate()
        logger.error(
            "Translation %r of %r does not fit its placeholders (%s); showing the source.",
            text,
            source,
            error,
        )
        return source % values
