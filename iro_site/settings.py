"""Settings for the IRD site.

Everything that differs between a laptop and a server is read from the
environment in the block below, and nowhere else. Production is the default:
DEBUG is off unless DEBUG=true asks for development mode (`make run` does;
the test suite is recognised by itself). With DEBUG off, a missing, short or
published SECRET_KEY, or a missing ALLOWED_HOSTS, stops start-up instead of
falling back to a default.
"""

from pathlib import Path

import environ
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

# --- Environment ---------------------------------------------------------
env = environ.Env()
# Production unless asked for: DEBUG=true is development mode (make run sets
# it). pytest marks its processes with PYTEST_VERSION, so the suite, however
# started, runs in development mode; no server process carries that mark.
RUNNING_TESTS = bool(env.str("PYTEST_VERSION", default=""))
DEBUG = env.bool("DEBUG", default=RUNNING_TESTS)
SECRET_KEY = env.str("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
DATABASES = {"default": env.db_url("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
# Shared by every worker: the page cache's content version lives here.
CACHES = {
    "default": env.cache_url("CACHE_URL", default=f"filecache://{BASE_DIR / 'var' / 'cache'}")
}
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=0 if DEBUG else 600)
PROXY_CACHE_SECONDS = env.int("PROXY_CACHE_SECONDS", default=1)
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
# Signed agreement scans: staff only, never under MEDIA_ROOT or any public URL.
PRIVATE_MEDIA_ROOT = env.path("PRIVATE_MEDIA_ROOT", default=BASE_DIR / "var" / "private")
# With nginx in front: the internal location that serves PRIVATE_MEDIA_ROOT
# (deploy/nginx.conf), e.g. /private-media/; empty: Django sends the file.
PRIVATE_MEDIA_X_ACCEL = env.str("PRIVATE_MEDIA_X_ACCEL", default="")
LOG_LEVEL = env.str("LOG_LEVEL", default="INFO")
ADMIN_URL = env.str("ADMIN_URL", default="admin/")
# How many reverse proxies stand in front of gunicorn (0: clients connect directly).
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
# S3-compatible object storage for uploads when a bucket is named.
MEDIA_S3_BUCKET = env.str("MEDIA_S3_BUCKET", default="")
MEDIA_S3_ENDPOINT_URL = env.str("MEDIA_S3_ENDPOINT_URL", default="")
MEDIA_S3_CUSTOM_DOMAIN = env.str("MEDIA_S3_CUSTOM_DOMAIN", default="")
DATABASE_CONN_MAX_AGE = env.int("CONN_MAX_AGE", default=60)
# Applied with DEBUG off only (see Security below).
HTTPS_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
# -------------------------------------------------------------------------

DEVELOPMENT_SECRET_KEY = "development-only-key-never-used-in-production"  # noqa: S105
# Keys anyone can read: this file's and the placeholder in .env.example.
PUBLISHED_SECRET_KEYS = {DEVELOPMENT_SECRET_KEY, "replace-with-a-long-random-value"}
# As Django's deploy check (security.W009) asks.
MINIMUM_SECRET_KEY_LENGTH = 50
if DEBUG:
    SECRET_KEY = SECRET_KEY or DEVELOPMENT_SECRET_KEY
    ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]"]
else:
    if not SECRET_KEY:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set when DEBUG is off. "
            "For development on this machine, set DEBUG=true (make run does)."
        )
    if SECRET_KEY in PUBLISHED_SECRET_KEYS:
        raise ImproperlyConfigured(
            "SECRET_KEY is a published placeholder (from settings.py or .env.example): "
            "set a long random value, e.g. from "
            "python -c 'import secrets; print(secrets.token_urlsafe(50))'."
        )
    if len(SECRET_KEY) < MINIMUM_SECRET_KEY_LENGTH or len(set(SECRET_KEY)) < 5:
        raise ImproperlyConfigured(
            f"SECRET_KEY is too short: use at least {MINIMUM_SECRET_KEY_LENGTH} random "
            "characters, e.g. from python -c 'import secrets; print(secrets.token_urlsafe(50))'."
        )
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured("ALLOWED_HOSTS must be set when DEBUG is off.")

if CACHES["default"]["BACKEND"].endswith(".RedisCache"):
    # An unreachable Redis must cost a request a fraction of a second, not
    # redis-py's 5 s per try (core/shared_version.py then serves from memory).
    CACHES["default"].setdefault("OPTIONS", {}).update(
        {"socket_connect_timeout": 0.25, "socket_timeout": 0.25}
    )

DATABASES["default"]["CONN_MAX_AGE"] = DATABASE_CONN_MAX_AGE
# A persistent connection that died with a database restart is replaced
# instead of failing the next request.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

INSTALLED_APPS = [
    # modeltranslation patches the admin, so it must load before it.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "adminsortable2",
    "django_countries",
    "csp",
    "axes",
    "rosetta",
    "reversion",
    "core",
    "translations",
    "search",
    "departments",
    "partners",
    "programs",
    "agreements",
    "import_export",
    "opportunities",
    "activities",
]

MIDDLEWARE = [
    "iro_site.middleware.HealthCheckMiddleware",
    # A cached page for an anonymous visitor is answered right here, with
    # the headers the middleware below added (security, CSP) stored with
    # it. Pages are stored per scheme, and a plain-HTTP request is never
    # stored (the HTTPS redirect below answers it), so the redirect holds.
    "iro_site.page_cache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "iro_site.middleware.SecurityHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "translations.middleware.CatalogueReloadMiddleware",
    "iro_site.middleware.LocaleMiddleware",
    "iro_site.middleware.RequestSizeLimitMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "iro_site.middleware.DatabaseUnavailableMiddleware",
    # Last, as django-axes requires.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "iro_site.urls"
WSGI_APPLICATION = "iro_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "departments.context_processors.site_identity",
            ],
        },
    },
]

AUTHENTICATION_BACKENDS = [
    # First, so a locked-out login is refused before any password check.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.25  # hours
# Lock the pair: one attacker cannot lock an editor out from everywhere.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"
AXES_CLIENT_IP_CALLABLE = "iro_site.client_ip.client_ip"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages -------------------------------------------------------------
LANGUAGE_CODE = "uz"
LANGUAGES = [
    ("uz", _("Uzbek")),
    ("ru", _("Russian")),
    ("en", _("English")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# For a browser that asks only for languages the site lacks (iro_site.middleware).
FOREIGN_VISITORS_LANGUAGE = "en"
USE_I18N = True
TIME_ZONE = "Asia/Tashkent"
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "uz"
# A page never shows an empty field while another language has the text:
# Uzbek is the source language, Russian the one most visitors also read.
MODELTRANSLATION_FALLBACK_LANGUAGES = {
    "default": ("uz", "ru", "en"),
    "uz": ("ru", "en"),
    "ru": ("uz", "en"),
    "en": ("ru", "uz"),
}
# The tabbed admin would load jQuery UI from a CDN; serve our own copy.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

# Translators edit locale/ in the browser (Rosetta), behind the admin login.
ROSETTA_ACCESS_CONTROL_FUNCTION = "translations.access.can_translate"
ROSETTA_LOGIN_URL = f"/{LANGUAGE_CODE}/{ADMIN_URL}login/"
# Per-worker memory would lose a translator's work between gunicorn workers.
ROSETTA_STORAGE_CLASS = "rosetta.storage.SessionRosettaStorage"
ROSETTA_MESSAGES_SOURCE_LANGUAGE_CODE = "en"
ROSETTA_SHOW_AT_ADMIN_PANEL = True
ROSETTA_POFILE_WRAP_WIDTH = 79
ROSETTA_ENABLE_TRANSLATION_SUGGESTIONS = False
# translations.rosetta_views compiles the .mo after checking the catalogue;
# Rosetta's own compile would write whatever a stock view was sent.
ROSETTA_AUTO_COMPILE = False

# --- Static and media files -----------------------------------------------
STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
STORAGES = {
    "default": (
        {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": MEDIA_S3_BUCKET,
                "endpoint_url": MEDIA_S3_ENDPOINT_URL or None,
                "custom_domain": MEDIA_S3_CUSTOM_DOMAIN or None,
                "file_overwrite": False,
                "querystring_auth": False,
                "default_acl": None,
            },
        }
        if MEDIA_S3_BUCKET
        else {"BACKEND": "core.storage.CleanFileSystemStorage"}
    ),
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# In development (and under pytest, which turns DEBUG off after settings load)
# WhiteNoise serves straight from the app folders; production serves the
# collected, hashed files.
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG

PAGE_CACHE_MAX_PAGES = 1000

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "iro_site.logging.JsonFormatter"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain" if DEBUG else "json",
        }
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    # django-axes announces itself at every start at INFO.
    "loggers": {"axes": {"level": "WARNING"}},
}
if DEBUG:
    LOGGING["formatters"]["plain"] = {"format": "%(levelname)s %(name)s: %(message)s"}

# --- Security --------------------------------------------------------------
# Limits of an uploaded image; every message that names them reads them here.
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000
# Pillow's WebP decoder holds about three copies of an image: at 40 megapixels
# that grew a worker by 610 MB (tests/core/image_memory.py).
MAX_WEBP_PIXELS = 12_000_000
# One side at most this many times the other: a 1×60000 strip cost gigabytes.
MAX_IMAGE_ASPECT_RATIO = 20
# A request larger than an upload and its form is refused unread.
MAX_REQUEST_BYTES = MAX_UPLOAD_BYTES + 1024 * 1024
# Nothing is allowed unless named: each kind of resource a page (public or
# admin) really loads, from this site only.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [
            SELF,
            "data:",
            *([f"https://{MEDIA_S3_CUSTOM_DOMAIN}"] if MEDIA_S3_CUSTOM_DOMAIN else []),
        ],
        "font-src": [SELF],
        # adminsortable2 saves a new order with fetch().
        "connect-src": [SELF],
        "manifest-src": [SELF],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
# Imports (django-import-export): all rows or none, only for staff who may
# add, exports for staff who may view; no cell may start a spreadsheet formula.
IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_IMPORT_PERMISSION_CODE = "add"
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "view"
IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT = True
IMPORT_EXPORT_TMP_STORAGE_CLASS = "import_export.tmp_storages.CacheStorage"

if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = HTTPS_REDIRECT
    SECURE_HSTS_SECONDS = HSTS_SECONDS
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = HSTS_PRELOAD
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
