"""URL reversing memoised per process.

Django's reverse() walks the URL patterns on every call, and a list page
calls it once per item. Its result depends only on the URLconf, the active
language (i18n_patterns), the script prefix and the arguments, so it is
remembered under all of them; content never goes into a URL but through
the arguments, so no content change can make an entry wrong.
"""

from functools import lru_cache

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language


def reverse_url(viewname, *args, **kwargs):
    """reverse(viewname, args=args, kwargs=kwargs) in the active language."""
    return _reverse(
        get_urlconf() or settings.ROOT_URLCONF,
        get_script_prefix(),
        get_language(),
        viewname,
        args,
        tuple(sorted(kwargs.items())),
    )


@lru_cache(maxsize=4096)
def _reverse(urlconf, _script_prefix, _language, viewname, args, kwargs):
    # The prefix and language are part of the key only: reverse() reads the
    # active ones, which reverse_url just passed in.
    return reverse(viewname, urlconf=urlconf, args=args, kwargs=dict(kwargs))
