"""Whole-page cache for anonymous visitors, emptied by any content change.

Every gunicorn worker keeps rendered pages in its own memory, tagged with
the content version they were rendered at. All workers share the version:
in Django's default cache when that is Redis (several hosts), or as the
timestamp of a file beside the embedded file cache (one host; filesystems
with nanosecond timestamps, as ext4, XFS, Btrfs, tmpfs and overlayfs keep).
A save in one worker makes every worker re-render on its next request: one
read per request decides. A view may shorten a page's life with
`response.page_cache_seconds` (the home page does, so its open-now line
changes at the hour it should), and no page outlives the next scheduled
change of content (core.schedule: a publication time, a deadline). Stored
pages are also kept gzipped, so compressing HTML costs nothing per request;
only anonymous pages are compressed, as they carry no secret for a
BREACH-style attack to guess.
"""

import re
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import import_module
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.http import HttpResponse, QueryDict
from django.urls import Resolver404, resolve
from django.utils import timezone, translation
from django.utils.cache import (
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
    set_response_etag,
)
from django.utils.http import http_date
from django.utils.text import compress_string

from core.content_version import content_version, mark_content_changed
from core.public import are_worth_storing, read_query_parameters
from core.schedule import seconds_until_scheduled_change

# Page lifetimes are measured on this clock (tests move it).
clock = time.monotonic
CACHEABLE_METHODS = {"GET", "HEAD"}
# adminsortable2's reorder endpoints: "admin:partners_partner_sortable_update".
REORDER_VIEW_SUFFIX = "_sortable_update"
# Staff POSTs that write no content: signing in records the last login.
ACCOUNT_VIEWS = {"admin:login", "admin:logout", "admin:password_change"}
# Each view declares the query parameters it reads (core.public.public_page),
# with the values worth storing: other values (" kz", "001") are answered
# but never stored, so junk cannot push real pages out. Any other parameter
# (?utm_source=, ?fbclid=, another page's ?page= or ?q=) changes nothing on
# the page: it is dropped before the view sees it, so one page is stored
# and served whatever junk a link carries.


# Paths whose view is remembered, up to a length (junk paths stay cheap to hold).
MEMOISED_PATHS = 2048
MEMOISED_PATH_LENGTH = 200
# Session keys seen to hold no signed-in user; a key never becomes signed
# in, as signing in always starts a new one (Django's cycle_key).
KNOWN_ANONYMOUS_KEYS_LIMIT = 10_000
# "gzip" as a coding of its own (not "x-gzip"), unless refused with q=0.
ACCEPTS_GZIP = re.compile(r"(?:^|,)\s*gzip\s*(?:,|$|;(?!\s*q=0(?:\.0{0,3})?\s*(?:,|$)))", re.I)


@dataclass
class CachedPage:
    version: int
    expires_at: float
    content: bytes
    gzipped: bytes
    headers: dict
    last_modified: int
    proxy_seconds: int = 0

    @cached_property
    def gzipped_headers(self):
        return {
            **self.headers,
            "Content-Encoding": "gzip",
            "Content-Length": str(len(self.gzipped)),
        }


class PageStore:
    """A small thread-safe LRU of rendered pages, local to one process."""

    def __init__(self, max_pages):
        self.max_pages = max_pages
        self._pages = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key, version):
        """The page if it is current; an outdated one stays for `stale`."""
        with self._lock:
            page = self._pages.get(key)
            if page is None or page.version != version or page.expires_at <= clock():
                return None
            self._pages.move_to_end(key)
            return page

    def stale(self, key):
        """The last page stored under `key`, however old."""
        with self._lock:
            return self._pages.get(key)

    def put(self, key, page):
        with self._lock:
            self._pages[key] = page
            self._pages.move_to_end(key)
            while len(self._pages) > self.max_pages:
                self._pages.popitem(last=False)

    def clear(self):
        with self._lock:
            self._pages.clear()


store = PageStore(max_pages=settings.PAGE_CACHE_MAX_PAGES)


class KnownSessions:
    """Whether a session cookie belongs to a signed-in user.

    Staff must always see fresh pages and never fill the store, but a
    made-up `sessionid` must not buy a render: the session is looked up
    (one read of the session store, far cheaper than a page), and keys
    found holding no user are remembered.
    """

    def __init__(self, limit):
        self.limit = limit
        self._anonymous = set()
        self._lock = threading.Lock()

    def is_signed_in(self, session_key):
        if not session_key or session_key in self._anonymous:
            return False
        session = import_module(settings.SESSION_ENGINE).SessionStore(session_key)
        if session.get(SESSION_KEY) is not None:
            return True
        with self._lock:
            if len(self._anonymous) >= self.limit:
                self._anonymous.clear()
            self._anonymous.add(session_key)
        return False


known_sessions = KnownSessions(KNOWN_ANONYMOUS_KEYS_LIMIT)


def _drop_unused_query_parameters(request):
    """Keep only the parameters this page's view reads, in the order it
    declares them; True if what is left is worth storing."""
    if not request.META.get("QUERY_STRING"):
        return True
    view = _view_for(request.path_info)
    if view is None:
        # No page here: a 404, or a redirect that adds the language or the
        # final slash and must pass the query on to the page. Never stored.
        return False
    used = read_query_parameters(view, request.GET)
    request.META["QUERY_STRING"] = urlencode(used)
    request.GET = QueryDict(request.META["QUERY_STRING"])
    return are_worth_storing(view, used)


def _view_for(path):
    """The view `path` resolves to, or None."""
    if len(path) > MEMOISED_PATH_LENGTH:
        return _resolve_view(settings.ROOT_URLCONF, path)
    return _memoised_view(settings.ROOT_URLCONF, path)


def _resolve_view(urlconf, path):
    # The language prefix is matched against the active language, and
    # LocaleMiddleware has not run yet.
    with translation.override(translation.get_language_from_path(path)):
        try:
            return resolve(path, urlconf).func
        except Resolver404:
            return None


# Resolving costs more than the rest of serving a stored page: 44 µs of CPU
# for /uz/partners/, 107 for /uz/partners/?country=KZ resolved each time, 73
# memoised (WSGI handler in-process, best of 9 runs of 1000). What a path
# resolves to never changes while the process runs.
_memoised_view = lru_cache(maxsize=MEMOISED_PATHS)(_resolve_view)


def _admin_prefixes():
    """The admin under each language prefix; a partner whose slug is "admin"
    has a public page at /uz/partners/admin/ that is cached like any other."""
    return tuple(f"/{code}/{settings.ADMIN_URL}" for code, _name in settings.LANGUAGES)


class PageCacheMiddleware:
    """Serve anonymous GETs from the store; bump the version after staff writes."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self._is_cacheable_request(request):
            response = self.get_response(request)
            if self._is_staff_write(request, response):
                # Admin saves, drag-and-drop reordering and deletes all come
                # through here, including bulk updates that send no signals.
                mark_content_changed()
            return response

        storable = _drop_unused_query_parameters(request)
        version = content_version()
        # Pages hold absolute URLs (hreflang, sitemap): one entry per host.
        key = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
        page = store.get(key, version)
        if page is None:
            # Lifetimes count from before the view reads the content: a
            # publication that passes while it renders still ends the page.
            read_at, read_at_clock = timezone.now(), clock()
            response = self.get_response(request)
            if response.status_code == 503 and (stale := store.stale(key)):
                # The database is away: an outdated page beats no page.
                return self._respond_from(request, stale)
            if not self._is_cacheable_response(response):
                return response
            page = self._page_from(response, version, read_at, read_at_clock)
            if page.expires_at > clock() and storable:
                store.put(key, page)
        return self._respond_from(request, page)

    @staticmethod
    def _is_staff_write(request, response):
        user = getattr(request, "user", None)
        # A save or delete answers with a redirect, adminsortable2's
        # drag-and-drop reordering with a plain 200 (bulk_update: no
        # signals); a form shown again with its errors changed nothing.
        view_name = getattr(request.resolver_match, "view_name", "") or ""
        return (
            request.method == "POST"
            and (
                response.status_code in (301, 302, 303)
                or (response.status_code == 200 and view_name.endswith(REORDER_VIEW_SUFFIX))
            )
            and user is not None
            and user.is_authenticated
            and user.is_staff
            and view_name not in ACCOUNT_VIEWS
        )

    @staticmethod
    def _is_cacheable_request(request):
        return (
            settings.PAGE_CACHE_SECONDS > 0
            and request.method in CACHEABLE_METHODS
            and not request.path.startswith(_admin_prefixes())
            # Files have their own validators (WhiteNoise, nginx).
            and not request.path.startswith((settings.STATIC_URL, settings.MEDIA_URL))
            and not known_sessions.is_signed_in(request.COOKIES.get(settings.SESSION_COOKIE_NAME))
        )

    @staticmethod
    def _is_cacheable_response(response):
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and "Cookie" not in response.get("Vary", "")
            and "private" not in response.get("Cache-Control", "")
            and "no-store" not in response.get("Cache-Control", "")
        )

    @staticmethod
    def _page_from(response, version, read_at, read_at_clock):
        set_response_etag(response)
        # Weak: the same page matches whether it travels gzipped or not.
        if not response["ETag"].startswith("W/"):
            response["ETag"] = f"W/{response['ETag']}"
        # The time of rendering: a page may change with no save (a scheduled
        # publication), so the content version is not when it last changed.
        rendered_at = int(time.time())
        response["Last-Modified"] = http_date(rendered_at)
        patch_vary_headers(response, ["Accept-Encoding"])
        lifetimes = [
            settings.PAGE_CACHE_SECONDS,
            getattr(response, "page_cache_seconds", settings.PAGE_CACHE_SECONDS),
            seconds_until_scheduled_change(version, read_at),
        ]
        lifetime = max(0, min(seconds for seconds in lifetimes if seconds is not None))
        proxy_seconds = min(settings.PROXY_CACHE_SECONDS, int(lifetime))
        # Browsers revalidate every time (a 304 is cheap); a shared proxy
        # may keep the page for a second, so a save shows within one.
        patch_cache_control(response, public=True, max_age=0, s_maxage=proxy_seconds)
        return CachedPage(
            proxy_seconds=proxy_seconds,
            version=version,
            last_modified=rendered_at,
            expires_at=read_at_clock + lifetime,
            content=response.content,
            gzipped=compress_string(response.content),
            headers={**response.headers, "Content-Length": str(len(response.content))},
        )

    @staticmethod
    def _respond_from(request, page):
        # request.META, not request.headers: that would copy every header
        # into a new mapping on each hit.
        if ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")):
            response = HttpResponse(page.gzipped, headers=page.gzipped_headers)
        else:
            response = HttpResponse(page.content, headers=page.headers)
        if page.proxy_seconds:
            # nginx counts s-maxage in whole seconds from the second it stored
            # the page, so s-maxage=1 can mean almost 2 s. An absolute time
            # (nginx reads it, and does not pass it on) ends the copy at the
            # turn of the second: never older than PROXY_CACHE_SECONDS.
            response["X-Accel-Expires"] = f"@{int(time.time()) + page.proxy_seconds - 1}"
        if "HTTP_IF_NONE_MATCH" in request.META or "HTTP_IF_MODIFIED_SINCE" in request.META:
            return get_conditional_response(
                request,
                etag=page.headers["ETag"],
                last_modified=page.last_modified,
                response=response,
            )
        return response
