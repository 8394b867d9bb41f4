"""What every public page view shares: GET and HEAD only, and the query
parameters it reads."""

import re
from collections.abc import Callable
from typing import NamedTuple
from urllib.parse import urlencode

from django.core.paginator import EmptyPage, PageNotAnInteger
from django.http import Http404
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe


class QueryParameter(NamedTuple):
    """A query parameter a public page reads.

    `is_worth_storing(value)` says whether the page for that value is stored
    by the page cache and named by the page's canonical link; other values
    are answered but never stored, so junk cannot push real pages out.
    `default` is the value that shows the same page as no parameter at all
    (page "1"): canonical links leave it out.
    """

    is_worth_storing: Callable[[str], bool]
    default: str | None = None


def is_page_number(value):
    """A page number as links write it: 1 to 999999, no leading zero."""
    return re.fullmatch(r"[1-9][0-9]{0,5}", value) is not None


PAGE_NUMBER = QueryParameter(is_page_number, default="1")


def public_page(view=None, *, query_parameters=None):
    """GET and HEAD only; any other method is a 405 before any work.

    A POST, TRACE or OPTIONS to a public page would otherwise be rendered
    (or checked for a CSRF token) every time, past the page cache: a cheap
    way to make the site render instead of serve. The view accepts no form,
    so CSRF protection has nothing to guard here.

    `query_parameters` names the parameters the view reads, each with the
    test of a value worth storing (or a QueryParameter):
    `@public_page(query_parameters={"country": is_known_country})`. Every
    other parameter (?utm_source=, ?fbclid=, another page's ?page=) changes
    nothing on the page: the page cache drops it before the view sees it,
    and canonical and hreflang links leave it out. Used bare, `@public_page`
    declares none.
    """
    declared = {
        name: spec if isinstance(spec, QueryParameter) else QueryParameter(spec)
        for name, spec in (query_parameters or {}).items()
    }

    def decorate(view):
        wrapped = csrf_exempt(require_safe(view))
        # Read from the resolved view, as Django's CSRF middleware reads
        # `csrf_exempt`; functools.wraps carries it through outer decorators.
        wrapped.query_parameters = declared
        return wrapped

    return decorate if view is None else decorate(view)


def declared_query_parameters(view):
    """{name: QueryParameter} that `view` (a resolved URL's func) reads."""
    return getattr(view, "query_parameters", {})


def read_query_parameters(view, query):
    """[(name, value)] of the parameters in `query` (a QueryDict) that `view`
    reads, in the order it declares them: one order, whatever the link's."""
    return [(name, query[name]) for name in declared_query_parameters(view) if name in query]


def are_worth_storing(view, parameters):
    declared = declared_query_parameters(view)
    return all(declared[name].is_worth_storing(value) for name, value in parameters)


def canonical_query_string(view, query):
    """The query string of the page's canonical address: the parameters
    `view` reads with a value worth storing, other than the default one."""
    declared = declared_query_parameters(view)
    return urlencode(
        [
            (name, value)
            for name, value in read_query_parameters(view, query)
            if declared[name].is_worth_storing(value) and value != declared[name].default
        ]
    )


def page_or_404(paginator, number):
    """The page `number` (a query parameter's value) asks for: junk (abc,
    1e9, none at all) reads as the first; a page past either end is a 404,
    never another page under this address."""
    try:
        return paginator.page(number or 1)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        raise Http404("No such page") from None
