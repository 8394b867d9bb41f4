"""What every public page view shares."""

import re
from functools import cache

from django.apps import apps
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


@cache
def query_parameters():
    """{name: [test, ...]}: the query parameters public pages read, as each
    app declares them in its AppConfig's `query_parameters`, a dict of
    {name: test(value) -> whether a page for that value is worth storing}.

    The page cache drops every other parameter before a view sees it, and
    stores a page only when each parameter's value passes a test of an app
    that reads it (two apps may read one name: "kind" of cooperation, of
    activity).
    """
    declared = {}
    for config in apps.get_app_configs():
        for name, test in getattr(config, "query_parameters", {}).items():
            declared.setdefault(name, []).append(test)
    return declared


def is_page_number(value):
    """A page number as links write it: 1 to 999999, no leading zero."""
    return re.fullmatch(r"[1-9][0-9]{0,5}", value) is not None
