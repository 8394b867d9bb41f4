"""What every public page view shares."""

from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe


def public_page(view):
    """GET and HEAD only; any other method is a 405 before any work.

    A POST, TRACE or OPTIONS to a public page would otherwise be rendered
    (or checked for a CSRF token) every time, past the page cache: a cheap
    way to make the site render instead of serve. The view accepts no form,
    so CSRF protection has nothing to guard here.
    """
    return csrf_exempt(require_safe(view))
