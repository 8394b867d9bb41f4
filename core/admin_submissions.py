"""A form is processed once, however often it is sent.

Each add and change form carries a one-time token. The first POST with a
token claims it in the shared cache; once its save has committed, the token
leads to the saved record. A repeated POST (a double click, a browser
resend, a retry after a lost response) waits for the first to finish and
lands on the saved record with a message instead of saving again.

While the shared cache is unreachable, forms are processed as before:
unique constraints still refuse a duplicate (ContentAdminMixin shows it as
a form error), but an inline row could be added twice.
"""

import logging
import re
import time
import uuid

from django import forms
from django.core.cache import cache

TOKEN_FIELD = "submission_token"  # noqa: S105 (a form field name, not a secret)
TOKEN_PATTERN = re.compile(r"[0-9a-f]{32}")
PROCESSING = "processing"
# Long enough for a tab left open over a weekend to be resent on Monday.
SAVED_TOKEN_SECONDS = 7 * 24 * 3600
# A claim outlives the slowest save (uploads included), not a crashed worker.
CLAIM_SECONDS = 120
WAIT_FOR_FIRST_SECONDS = 15
WAIT_STEP_SECONDS = 0.1

logger = logging.getLogger(__name__)


def _cache_key(token):
    return f"iro:submission:{token}"


def submitted_token(request):
    token = request.POST.get(TOKEN_FIELD, "")
    return token if TOKEN_PATTERN.fullmatch(token) else None


def claim(token):
    """True when this request is the first with the token (or the cache is
    unreachable, and it cannot tell)."""
    try:
        return cache.add(_cache_key(token), PROCESSING, CLAIM_SECONDS)
    except Exception:  # whatever the cache backend raises, it did not answer
        logger.warning("Cache unreachable: a repeated form submission cannot be recognised")
        return True


def record_saved(token, url):
    _set_quietly(lambda: cache.set(_cache_key(token), url, SAVED_TOKEN_SECONDS))


def release(token):
    """The form was not saved (errors to correct): the token may be sent again."""
    _set_quietly(lambda: cache.delete(_cache_key(token)))


def _set_quietly(write):
    try:
        write()
    except Exception:  # an unreachable cache only costs the repeat detection
        logger.warning("Cache unreachable: a form submission token was not recorded")


def wait_for_first(token):
    """The saved record's URL once the first submission has finished;
    None if it saved nothing; PROCESSING if it is still at work."""
    deadline = time.monotonic() + WAIT_FOR_FIRST_SECONDS
    while True:
        try:
            state = cache.get(_cache_key(token))
        except Exception:
            return None
        if state != PROCESSING or time.monotonic() >= deadline:
            return state
        time.sleep(WAIT_STEP_SECONDS)


class SubmissionTokenFormMixin:
    """Adds the hidden one-time token to an admin add or change form."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[TOKEN_FIELD] = forms.CharField(
            widget=forms.HiddenInput, required=False, initial=uuid.uuid4().hex
        )
