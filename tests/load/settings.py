"""Settings for `make load`: production's, served over plain HTTP on 127.0.0.1.

Everything else (PostgreSQL, Redis, the task worker, DEBUG off, sessions in the
database) is as in production; only what needs HTTPS is switched off, since the load
runs against gunicorn without a proxy in front.
"""

from config.settings.production import *  # noqa: F403

SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
# No collectstatic for a load run: HTML is measured, not stylesheets.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"]
