"""May this installation create the demo admin?

The demo content (`load_demo_content`) creates a superuser whose password is printed in the
README and by `make demo`. That is right on a developer's machine and wrong on any server
others can reach. `settings.DEMO_ADMIN_ALLOWED` says which: true in `config.settings.dev`
and in tests, false by default, and always false in `config.settings.production`.

The demo loader calls `ensure_demo_admin_allowed()` before it creates the admin (or asks
`demo_admin_allowed()` to skip only that step)."""

from django.conf import settings
from django.core.management.base import CommandError


def demo_admin_allowed() -> bool:
    return bool(getattr(settings, "DEMO_ADMIN_ALLOWED", False))


def ensure_demo_admin_allowed() -> None:
    """Raises `CommandError` (a management command stops with this message) unless the
    settings allow the demo admin."""
    if not demo_admin_allowed():
        raise CommandError(
            "The demo content creates an admin with a published password, so it is not "
            "loaded here. On a machine nobody else can reach, use config.settings.dev or set "
            "DEMO_ADMIN_ALLOWED=true; production settings never allow it."
        )
