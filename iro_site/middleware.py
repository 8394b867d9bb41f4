"""Site-wide request handling that is not about any one page."""

import logging

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, IntegrityError, connection
from django.http import HttpResponse
from django.middleware import locale
from django.shortcuts import render
from django.utils import translation
from django.utils.translation.trans_real import parse_accept_lang_header

from core.database_errors import is_database_unavailable, is_lock_conflict
from core.images import upload_limits
from core.storage import MediaFullError

# Browser features this site never uses, switched off for every page.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
        "interest-cohort",
    )
)
DATABASE_RETRY_SECONDS = 5
READINESS_PROBE_KEY = "iro:readyz"


class HealthCheckMiddleware:
    """/healthz (the process answers) and /readyz (the database and the
    shared cache answer).

    First in the stack: orchestrators call by IP address over plain HTTP,
    which host validation and the HTTPS redirect would refuse. While the
    cache is away the site still serves pages (core.shared_version), but
    saves do not reach other workers, so the instance is not ready.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == "/healthz":
            return self._plain("ok")
        if request.path == "/readyz":
            try:
                with connection.cursor() as cursor:
                    cursor.execute("SELECT 1")
            except DatabaseError:
                return self._plain("database unavailable", status=503)
            try:
                cache.get(READINESS_PROBE_KEY)
            except Exception as error:  # whatever the backend raises, it did not answer
                return self._plain(f"cache unavailable ({type(error).__name__})", status=503)
            return self._plain("ready")
        return self.get_response(request)

    @staticmethod
    def _plain(text, status=200):
        response = HttpResponse(text, content_type="text/plain; charset=utf-8", status=status)
        response["Cache-Control"] = "no-store"
        return response


class SecurityHeadersMiddleware:
    """Headers Django's SecurityMiddleware does not set."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        # No other site may embed our pages' resources (Spectre-style reads).
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response


class RequestSizeLimitMiddleware:
    """Refuse a request body over MAX_REQUEST_BYTES before reading any of it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.MAX_REQUEST_BYTES:
            return render(request, "413.html", upload_limits(), status=413)
        return self.get_response(request)


class DatabaseUnavailableMiddleware:
    """A translated 503 with Retry-After while the database is away, and a
    translated 507 when the media disk is full; never a 500.

    A save that met another (a lock, a deadlock, a duplicate) is no outage: the admin's
    forms show it as a form error (core.admin_helpers); one that escapes
    them gets a 409 saying nothing was saved, not the maintenance page.
    """

    logger = logging.getLogger(__name__)

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, MediaFullError):
            # The admin's save ran in a transaction: nothing was recorded.
            return render(request, "507.html", status=507)
        if is_lock_conflict(exception) or isinstance(exception, IntegrityError):
            self.logger.warning("A save met another and was rolled back: %s", exception)
            response = render(request, "admin/save_conflict.html", status=409)
            response["Cache-Control"] = "no-store"
            return response
        if not is_database_unavailable(exception):
            return None
        response = render(request, "503.html", status=503)
        response["Retry-After"] = str(DATABASE_RETRY_SECONDS)
        response["Cache-Control"] = "no-store"
        return response


class LocaleMiddleware(locale.LocaleMiddleware):
    """Django's, except for a browser that asks only for languages the site
    lacks (French, Korean...): it gets English, which such a visitor more
    likely reads than Uzbek, the default for a browser that names none."""

    def process_request(self, request):
        super().process_request(request)
        if translation.get_language_from_path(request.path_info) is None and (
            self._asks_only_for_other_languages(request)
        ):
            translation.activate(settings.FOREIGN_VISITORS_LANGUAGE)
            request.LANGUAGE_CODE = translation.get_language()

    @staticmethod
    def _asks_only_for_other_languages(request):
        if settings.LANGUAGE_COOKIE_NAME in request.COOKIES:
            return False
        asked = parse_accept_lang_header(request.META.get("HTTP_ACCEPT_LANGUAGE", ""))
        if not asked:
            return False
        for code, _quality in asked:
            if code == "*":
                return False
            try:
                translation.get_supported_language_variant(code)
            except LookupError:
                continue
            return False
        return True
