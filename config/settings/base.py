"""Settings shared by every environment.

Everything that differs between machines is read from the environment (twelve-factor);
the defaults here make a fresh checkout run with SQLite and no other service.
"""

from pathlib import Path

import environ
from csp.constants import NONCE, NONE, SELF

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()

# ---------------------------------------------------------------------------
# Core
# ---------------------------------------------------------------------------
SECRET_KEY = env("SECRET_KEY", default="dev-only-insecure-key-never-use-in-production")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])

INSTALLED_APPS = [
    "home",
    "beteiligung",
    "forum",
    # wagtail-localize replaces wagtail.locales with a locale admin that can
    # synchronise page trees between languages.
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.typed_table_block",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_ratelimit",
    "django_tasks",
    "django_tasks_db",
    "axes",
    # Two-factor authentication for staff (home.two_factor): authenticator apps and
    # recovery codes.
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    # Only for its sitemap.xml template, which wagtail.contrib.sitemaps renders.
    "django.contrib.sitemaps",
    "django.forms",
    # The project itself: the one place that may know every app loads the demo.
    "config",
]

# Form fields render through site/templates/django/forms/field.html (labels, help,
# errors linked to their input).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

MIDDLEWARE = [
    # First, so that a database outage anywhere below answers with the static 503 page.
    "config.outage.DatabaseOutageMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "config.security.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous visitors' pages from the cache (PAGE_CACHE_SECONDS): below the security
    # headers, which every answer gets, above everything that reads session or database.
    "home.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # The Wagtail site and page of the request from the cache (after CommonMiddleware
    # checked the host).
    "home.caching.CachedLookupsMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "home.two_factor.StaffTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "config.security.ContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # django-axes must come last: it inspects the outcome of authentication.
    "django_ratelimit.middleware.RatelimitMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "csp.context_processors.nonce",
            ],
        },
    },
]

# ---------------------------------------------------------------------------
# Services, each from one URL in the environment
# ---------------------------------------------------------------------------
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
# A reused connection that the database dropped (restart, failover) is replaced before
# the request uses it, instead of failing that request.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A database server that does not answer fails a request within seconds (and the
    # visitor gets the 503 page) instead of waiting for the system's TCP timeout.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", env.int("DATABASE_CONNECT_TIMEOUT", default=5)
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Local memory is per process; production sets CACHE_URL to Redis so that rate limits
# and login throttling are shared by all workers.
CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}
if CACHES["default"]["BACKEND"].endswith("RedisCache"):
    # django-redis, not Django's RedisCache: Wagtail reads its site root paths from this
    # cache on every page, and with IGNORE_EXCEPTIONS a Redis outage costs speed, not pages.
    CACHES["default"]["BACKEND"] = "django_redis.cache.RedisCache"
    CACHES["default"].setdefault("OPTIONS", {}).update(
        {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5}
    )
# Staff sessions live in the database, not the cache: a Redis outage logs nobody out, and
# a logout during one cannot leave a stale session behind in Redis (as cached_db could).
SESSION_ENGINE = "django.contrib.sessions.backends.db"
# Seconds an anonymous visitor's page is served from the cache (home.page_cache); publishing
# and moderating purge it at once, so this bounds only what depends on the clock. 0: off.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=60)
# Never from the page cache: the open data API counts every request against its rate
# limit and answers conditional requests with its own ETags.
PAGE_CACHE_SKIP_PREFIXES = ("/api/",)

EMAIL_CONFIG = env.email("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
# A mail server that does not answer must not hold a worker for minutes: the task fails
# after this many seconds and is retried later (home.tasks).
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)
DEFAULT_FROM_EMAIL = env(
    "DEFAULT_FROM_EMAIL", default="Stabsstelle Integration und Teilhabe <teilhabe@localhost>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Side effects that may fail or take time (e-mail) run as tasks; the database backend
# needs no extra service. Worker: `python manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# /readyz/ reports the worker missing when a due task has waited this many seconds.
TASK_WORKER_MAX_DELAY = env.int("TASK_WORKER_MAX_DELAY", default=300)

# Rate limits on citizens' forms answer with a translated 429 page. They need a cache
# shared by all processes with atomic increments: Redis in production. Django's own
# RedisCache qualifies but is not on django-ratelimit's list, hence W001 is silenced.
RATELIMIT_VIEW = "home.views.rate_limited"
RATELIMIT_FORM_PER_IP = env("RATELIMIT_FORM_PER_IP", default="30/h")
RATELIMIT_FORM_PER_EMAIL = env("RATELIMIT_FORM_PER_EMAIL", default="10/h")
# Pages opened from a link in an e-mail (confirm, cancel): per client address only.
RATELIMIT_LINK_PER_IP = env("RATELIMIT_LINK_PER_IP", default="30/h")
# When the cache cannot count (Redis down), let citizens' forms through and log a warning
# (home.participation.limits) rather than refuse everything: a lost comment is worse than
# an hour without rate limits.
RATELIMIT_FAIL_OPEN = True

# Behind a reverse proxy every request comes from the proxy. With this many trusted
# proxies in front of the app (each appending to X-Forwarded-For), the client is the
# address the outermost one saw (home.participation.client_address); with 0 the header
# is ignored, because anyone can send it.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)

# ---------------------------------------------------------------------------
# Participation: links in citizens' e-mails and how long personal data is kept
# ---------------------------------------------------------------------------
# Hours each kind of link works (None: as long as what it points to exists). Unconfirmed
# comments and registrations are deleted once their confirmation link has expired.
PARTICIPATION_LINK_HOURS = {
    "consultation.confirm": 72,
    "forum.confirm": 72,
    "forum.cancel": None,  # until the session is over (forum.services)
    # "My data": the link to everything stored under an address.
    "mydata.access": 24,
}
# Forum: reminders go out this many days before a session; registrations are deleted
# this many days after it.
FORUM_REMINDER_DAYS = env.int("FORUM_REMINDER_DAYS", default=2)
FORUM_RETENTION_DAYS = env.int("FORUM_RETENTION_DAYS", default=30)
# `manage.py purge_personal_data` (daily) forgets the e-mail address of a contribution this
# many days after the report on its consultation was published (without a report date:
# after the consultation closed; feedback and letters: after they were received).
RETENTION_CONTRIBUTION_EMAIL_DAYS = env.int("RETENTION_CONTRIBUTION_EMAIL_DAYS", default=365)
# ... and deletes finished task results (they hold mail recipients and texts) and the
# records of staff logins (address, user name) after these many days.
RETENTION_TASK_RESULTS_DAYS = env.int("RETENTION_TASK_RESULTS_DAYS", default=14)
RETENTION_LOGIN_RECORDS_DAYS = env.int("RETENTION_LOGIN_RECORDS_DAYS", default=30)
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"]

# ---------------------------------------------------------------------------
# Authentication
# ---------------------------------------------------------------------------
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Two-factor authentication (home.two_factor): required for these groups, optional for
# everyone else. They see citizens' addresses and decide what is public.
TWO_FACTOR_REQUIRED_GROUPS = env.list(
    "TWO_FACTOR_REQUIRED_GROUPS", default=["Moderation", "Evaluation"]
)
OTP_TOTP_ISSUER = "Integration und Teilhabe, Region Hannover"
# The demo content creates an admin with a published password (config.demo_guard): only
# where nobody else can reach the site. Development allows it, production never does.
DEMO_ADMIN_ALLOWED = env.bool("DEMO_ADMIN_ALLOWED", default=False)
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1  # hours
# Lock a user name at one client address: guessing one person's password neither locks
# out everyone behind the same proxy nor the person from elsewhere.
AXES_LOCKOUT_PARAMETERS = [["ip_address", "username"]]
# The same client address as rate limits and hashes (TRUSTED_PROXY_COUNT).
AXES_CLIENT_IP_CALLABLE = "home.participation.people.client_address"
AXES_VERBOSE = False

# ---------------------------------------------------------------------------
# Languages
# ---------------------------------------------------------------------------
LANGUAGE_CODE = "de"
# Each language is named in itself, not translated: a person looking for their own
# language in the switcher recognises its own name.
LANGUAGES = [
    ("de", "Deutsch"),
    ("en", "English"),
    ("tr", "Türkçe"),
    ("ar", "العربية"),
    ("uk", "Українська"),
    ("ru", "Русский"),
    ("fa", "فارسی"),
    ("pl", "Polski"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Berlin"

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Staff choose their admin language in their account; Wagtail and wagtail-localize ship
# catalogues for all eight and lay out Arabic and Persian right to left.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# ---------------------------------------------------------------------------
# Static and media files
# ---------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", default=str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# ---------------------------------------------------------------------------
# Wagtail
# ---------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Stabsstelle Integration und Teilhabe"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Videos (with WebVTT captions) are documents too: the site serves them itself, so no
# third-party player learns who watches. Their types are fixed here rather than guessed
# from the server's MIME table, which may not know .vtt.
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "ods", "txt", "csv", "mp4", "webm", "vtt"]
WAGTAILDOCS_CONTENT_TYPES = {"mp4": "video/mp4", "webm": "video/webm", "vtt": "text/vtt"}
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "gif"]
# Pages are served by wagtail-localize's language prefixes; admin paths are not.
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars from gravatar.com: the admin would leak staff e-mail hashes to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_UNSAFE_PAGE_DELETION_LIMIT = 20

# ---------------------------------------------------------------------------
# Security headers
# ---------------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"
)

# Public pages: only our own origin, no inline script or style. Wagtail's admin
# cannot run under this yet (wagtail/wagtail#1288), so `config.security` gives the
# paths in ADMIN_URL_PREFIXES the looser ADMIN_CONTENT_SECURITY_POLICY instead.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "frame-src": [NONE],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
ADMIN_URL_PREFIXES = ("/admin/", "/django-admin/")
ADMIN_CONTENT_SECURITY_POLICY = {
    "default-src": [SELF],
    "script-src": [SELF, "'unsafe-inline'", "'unsafe-eval'"],
    "style-src": [SELF, "'unsafe-inline'"],
    "img-src": [SELF, "data:", "blob:"],
    "font-src": [SELF, "data:"],
    "connect-src": [SELF],
    "frame-src": [SELF],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [SELF],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    # One line per task state change drowns everything else.
    "loggers": {"django_tasks": {"level": "WARNING"}},
}

# ---------------------------------------------------------------------------
# Open data API (/api/open/)
# ---------------------------------------------------------------------------
# Requests per client address; over it the API answers 429 in JSON.
RATELIMIT_API_PER_IP = env("RATELIMIT_API_PER_IP", default="600/h")
# The licence named in every response and CSV file (name and URL; publisher optional;
# language: that of the name, for the pages that link to it).
OPEN_DATA_LICENCE = {
    "name": "Datenlizenz Deutschland – Namensnennung – Version 2.0",
    "url": "https://www.govdata.de/dl-de/by-2-0",
    "language": "de",
}
