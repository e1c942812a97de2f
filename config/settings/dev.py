"""Local development: `make demo`. Debug on, mail printed to the console."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])

# Run tasks (search index updates, e-mail) at once, so that the demo needs no worker.
# Production queues them in the database for `manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# One process: the local-memory cache is enough for rate limits here.
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001", "django_ratelimit.E003"]

# `make demo` creates the demo admin (config.demo_guard).
DEMO_ADMIN_ALLOWED = env.bool("DEMO_ADMIN_ALLOWED", default=True)
