"""Settings for pytest: fast and isolated, but with the real parts that matter."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["*"]

# A cheap hasher: the suite creates many users and never attacks their passwords.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# Django's test runner swaps this for its outbox; set it explicitly for the browser
# tests' live server threads, which share the outbox.
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

# Tasks run at once in tests, through the real task code, so a test sees their effect.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# No login throttling in tests except where a test switches it on.
AXES_ENABLED = False

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"

# One process: the local-memory cache is enough for rate limits here.
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001", "django_ratelimit.E003"]

# The demo tests load the demo content, admin included (config.demo_guard).
DEMO_ADMIN_ALLOWED = True

# Admin tests sign in with force_login; the two-factor tests switch the requirement on.
TWO_FACTOR_REQUIRED_GROUPS = []
