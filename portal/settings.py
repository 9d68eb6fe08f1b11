"""The portal's one settings module, driven by environment variables.

Every variable is listed in README.md "Configuration" and in .env.example.
With DJANGO_DEBUG off (the default) the portal refuses to serve without a
secret key and allowed hosts (see portal/wsgi.py), and the HTTPS protections
are on unless switched off.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF

from clinic.csp_sources import image_sources
from portal.editor_extensions import EDITOR_EXTENSIONS
from portal.media_storage import media_settings

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, "").split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", False)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
SECRET_KEY_FALLBACKS = env_list("DJANGO_SECRET_KEY_FALLBACKS")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
if DEBUG:
    SECRET_KEY = SECRET_KEY or "django-insecure-local-development-only"
    ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]"]
# With DEBUG off, a missing secret key or host list stops the portal where it
# starts serving (portal/wsgi.py, and runserver), not on every import of the
# settings: code-only commands such as makemigrations still work without them.


def production_settings_problems() -> list[str]:
    """Why this configuration must not serve requests (empty when it may)."""
    problems = list(MEDIA_PROBLEMS)  # half-made object storage: in every mode
    if DEBUG:
        return problems
    if not SECRET_KEY:
        problems.append(
            "DJANGO_SECRET_KEY is not set. Set it to a long random string, "
            "or set DJANGO_DEBUG=1 for a local trial run."
        )
    if not ALLOWED_HOSTS:
        problems.append(
            "DJANGO_ALLOWED_HOSTS is not set. Set it to the site's host names, "
            "comma-separated (for example portal.example-clinic.org)."
        )
    return problems


INSTALLED_APPS = [
    # django.contrib.admin, with the admin site whose sign-in has a code step.
    "accounts.apps.PortalAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Search: trigram lookups (pg_trgm); nothing is used from it on SQLite.
    "django.contrib.postgres",
    "django_filters",
    "django_prose_editor",
    "simple_history",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    # The read-only API (api/): its views and schema, Swagger UI's files.
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    # Ours, the lowest layer first (docs/architecture.md).
    "clinic",
    "accounts",
    "audit",
    "publishing",
    "images",
    "articles",
    "exercises",
    "handouts",
    "triage",
    "search",
    "api",
    "portal",
]

MIDDLEWARE = [
    # First: a visitor's stored public page is answered before the rest runs.
    "clinic.pagecache.PublicPageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "clinic.csp.StrictCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language comes from the address (/es/...), never from the browser's
    # Accept-Language: a stored page is right for every visitor (clinic/languages.py).
    "clinic.languages.LanguageFromAddressMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Two-factor sign-in: who has passed a code, then "not yet" counts as anonymous.
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "clinic.context_processors.clinic",
                "clinic.context_processors.languages",
            ],
        },
    },
]

# Unset DATABASE_URL means a local SQLite file, for trying the portal out.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
# Search: how alike a misspelt word must be to a page's name to match it
# (pg_trgm word similarity, 0 to 1). pg_trgm's default of 0.6 misses
# "menicus" for "meniscus" (0.55).
SEARCH_SIMILARITY = float(os.environ.get("SEARCH_SIMILARITY", "0.5"))
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
        f"-c pg_trgm.word_similarity_threshold={SEARCH_SIMILARITY}"
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Browser features no page of ours uses, turned off for every page and
# anything a page might embed (django-permissions-policy).
_UNUSED_FEATURES = (
    "accelerometer autoplay camera display-capture encrypted-media geolocation "
    "gyroscope magnetometer microphone midi payment usb"
)
PERMISSIONS_POLICY = {feature: [] for feature in _UNUSED_FEATURES.split()}

# Two caches. "default" is shared by every worker and server: Redis when
# REDIS_URL is set, else a table in our database (made by a migration), never
# one process's memory, so a change is seen by every worker. "local" is each
# process's memory, for page bodies and clinic settings: their keys carry the
# shared content version (clinic/pagecache.py), so a hit costs no round trip
# and a change still shows everywhere within ContentVersion.LOCAL_SECONDS.
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHE_TABLE = "portal_cache"
if REDIS_URL:
    _SHARED_CACHE = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "portal",
        # A Redis that hangs is a miss within a second, not a stalled page.
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
    }
else:
    _SHARED_CACHE = {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": CACHE_TABLE,
    }
CACHES = {
    "default": _SHARED_CACHE,
    "local": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "portal-local",
        "OPTIONS": {"MAX_ENTRIES": 2000},
    },
}
# Whole public pages kept in each process (clinic/pagecache.py), bounded in bytes.
PAGE_CACHE_MAX_BYTES = int(os.environ.get("DJANGO_PAGE_CACHE_MAX_BYTES", 32 * 1024 * 1024))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# English at today's addresses, Spanish under /es/ (portal/urls.py). Each
# language is named in its own words: that is how the language switcher shows it.
# A third language is a line here and a catalogue in locale/.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("es", "Español")]
# locale/<code>/LC_MESSAGES/django.po; `manage.py compile_translations` makes the .mo files.
LOCALE_PATHS = [BASE_DIR / "locale"]
# Our date formats per language, before Django's own (portal/formats/).
FORMAT_MODULE_PATH = ["portal.formats"]
TIME_ZONE = os.environ.get("DJANGO_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
# The image library's files: folders under MEDIA_ROOT, or one S3 bucket that every
# server shares (DJANGO_S3_*: portal/media_storage.py, README "Media on object storage").
_MEDIA = media_settings(os.environ, media_root=MEDIA_ROOT, media_url=MEDIA_URL)
MEDIA_PUBLIC_URL = _MEDIA.public_url  # the renditions' public base on S3, else ""
MEDIA_BUCKET = _MEDIA.bucket  # "" when media are on this server's disk
MEDIA_PROBLEMS = _MEDIA.problems  # why the S3 variables are half made (portal.E014)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    **_MEDIA.storages,  # image_originals (private), image_renditions (public)
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# Where browsers fetch renditions (CSP img-src): the bucket's public address, else here.
RENDITIONS_PUBLIC_URL = MEDIA_PUBLIC_URL or MEDIA_URL + "renditions/"

LOGIN_URL = "admin:login"
# The admin's address; another prefix (e.g. "staff-7f3a/") keeps it out of
# sight of scripts that probe /admin/.
ADMIN_URL = os.environ.get("DJANGO_ADMIN_URL", "admin/").strip("/") + "/"

# Reverse proxies in front of the app that append to X-Forwarded-For (0: none,
# the client connects directly). Rate limits and login lockout count per client.
TRUSTED_PROXY_COUNT = int(os.environ.get("DJANGO_TRUSTED_PROXY_COUNT", "0"))

# Login lockout (django-axes): after 10 failed staff logins from one address
# for one username, that pair is locked for an hour, the right password
# included. `manage.py axes_reset_username NAME` (or axes_reset) unlocks.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("DJANGO_LOGIN_FAILURE_LIMIT", "10"))
AXES_COOLOFF_TIME = timedelta(hours=1)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# Wrong sign-in codes count toward the same limit (accounts/lockout.py), so
# the count is cleared when sign-in is complete, code included, not by axes
# after the password.
AXES_RESET_ON_SUCCESS = False
AXES_CLIENT_IP_CALLABLE = "clinic.clientip.client_ip"
AXES_LOCKOUT_TEMPLATE = "admin/lockout.html"
AXES_VERBOSE = False

# Two-factor sign-in (accounts/policy.py): required for anyone who may approve
# or publish content or manage staff accounts, and superusers; for every staff
# account (authors too) when DJANGO_2FA_FOR_AUTHORS is on.
TWO_FACTOR_FOR_AUTHORS = env_bool("DJANGO_2FA_FOR_AUTHORS", False)
# `make run` only: the demo staff sign in with a password alone. `check
# --deploy` refuses it with DEBUG off (portal.E012).
DEMO_STAFF_WITHOUT_2FA = env_bool("DJANGO_DEMO_STAFF_WITHOUT_2FA", False)
# The name authenticator apps show beside the code.
OTP_TOTP_ISSUER = "Knee Clinic Portal"
# Device secrets never show in the admin's device lists.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

# HTTPS: on by default in production; each switch set to 0 turns it off for a
# plain-HTTP run on localhost.
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = env_bool("DJANGO_SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("DJANGO_CSRF_COOKIE_SECURE", not DEBUG)
SECURE_HSTS_SECONDS = int(
    os.environ.get("DJANGO_SECURE_HSTS_SECONDS", "0" if DEBUG else "31536000")
)
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_SECONDS > 0
SECURE_HSTS_PRELOAD = SECURE_HSTS_SECONDS > 0
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
CSRF_COOKIE_HTTPONLY = True

# Content Security Policy (django-csp): scripts and styles only from this site;
# the one inline script (the rich-text editor's import map in the admin) is
# allowed by a per-request nonce. No plugins, no framing, forms post here only.
# The admin also allows inline styles, for the editor (clinic/csp.py).
# Browsers report what it blocks to CSP_REPORT_URL, which counts the reports
# per day, directive and blocked host (clinic/csp_reports.py): report-uri for
# every browser, report-to (the Reporting-Endpoints header) for newer ones.
CSP_REPORT_URL = "/csp-report/"
CSP_REPORT_ENDPOINT = "csp"
# Reports counted per client: N/s, N/m or N/h; more are refused (429).
CSP_REPORT_RATE_LIMIT = os.environ.get("DJANGO_CSP_REPORT_RATE_LIMIT", "30/m")
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        # Renditions' host (clinic/csp_sources.py); the admin adds data: (clinic/csp.py).
        "img-src": image_sources(RENDITIONS_PUBLIC_URL),
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "report-uri": CSP_REPORT_URL,
        "report-to": CSP_REPORT_ENDPOINT,
    }
}

# Audit events are kept this many days; `manage.py purge_audit_log` deletes older ones.
AUDIT_LOG_DAYS = int(os.environ.get("DJANGO_AUDIT_LOG_DAYS", "365"))

# Triage POSTs allowed per client: N/s, N/m or N/h.
TRIAGE_RATE_LIMIT = os.environ.get("TRIAGE_RATE_LIMIT", "20/m")
# API requests (/api/) allowed per client: N/s, N/m or N/h; more get a 429.
API_RATE_LIMIT = os.environ.get("DJANGO_API_RATE_LIMIT", "120/m")
# The read-only API (api/): anonymous, JSON only, problems as RFC 9457 JSON.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": [],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [],
    "DEFAULT_THROTTLE_CLASSES": ["api.throttling.ClientRateThrottle"],
    "DEFAULT_SCHEMA_CLASS": "api.schema.ProblemAwareSchema",
    "EXCEPTION_HANDLER": "api.problems.exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Knee Clinic Portal API",
    "DESCRIPTION": (
        "Read-only, anonymous access to the live patient-education content and the "
        "triage questionnaire's public structure, and an HL7 Infobutton knowledge request."
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
}
# `make bench` only: serve a bare view at /bench/bare/ as the throughput baseline.
BENCH_BARE_VIEW = env_bool("DJANGO_BENCH_BARE_VIEW", False)
# PostgreSQL text-search configuration of each content language (stemming, stop
# words); Spanish ignores accents ("rotula" finds "rótula"; search migration 0004
# makes it). SEARCH_CONFIG sets English's. A language without one uses "simple".
SEARCH_CONFIGS = {
    "en": os.environ.get("SEARCH_CONFIG", "english"),
    "es": "spanish_unaccent",
}

# Simple-history: revert only through the admin's history form.
SIMPLE_HISTORY_REVERT_DISABLED = False

# The rich-text editor's own extensions (portal/editor_extensions.py).
DJANGO_PROSE_EDITOR_EXTENSIONS = EDITOR_EXTENSIONS

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {"()": "portal.logging.JsonLineFormatter"},
    },
    "filters": {"one_line_per_outage": {"()": "portal.logging.OneLinePerOutage"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # A request that meets an unreachable database logs one line (portal.views).
        "django.request": {"filters": ["one_line_per_outage"]},
        # WeasyPrint's progress lines are noise, and its warnings may quote
        # document text (a patient's name on a pack cover): keep only errors.
        "weasyprint": {"level": "ERROR"},
        "fontTools": {"level": "ERROR"},
        # django-axes reports every successful login at INFO; failures and lockouts are warnings.
        "axes": {"level": "WARNING"},
    },
}
