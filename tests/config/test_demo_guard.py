"""The demo content creates an admin whose password is printed in the README: never on a
server that others can reach. `config.demo_guard` is what the demo loader asks first."""

import pytest
from django.core.management.base import CommandError

from config.demo_guard import demo_admin_allowed, ensure_demo_admin_allowed
from tests.config.test_production_settings import PRODUCTION_ENV, manage


def test_demo_admin_is_refused_unless_the_settings_allow_it(settings) -> None:
    settings.DEMO_ADMIN_ALLOWED = False
    assert not demo_admin_allowed()
    with pytest.raises(CommandError, match="DEMO_ADMIN_ALLOWED"):
        ensure_demo_admin_allowed()
    settings.DEMO_ADMIN_ALLOWED = True
    ensure_demo_admin_allowed()


def test_production_settings_never_allow_the_demo_admin() -> None:
    code = "from config.demo_guard import demo_admin_allowed; print(demo_admin_allowed())"
    result = manage("shell", "-c", code, env={**PRODUCTION_ENV, "DEMO_ADMIN_ALLOWED": "true"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "False"


@pytest.mark.django_db
def test_load_demo_content_refuses_where_the_demo_admin_is_not_allowed(settings) -> None:
    from django.core.management import call_command

    from home.models import HomePage

    settings.DEMO_ADMIN_ALLOWED = False
    with pytest.raises(CommandError, match="DEMO_ADMIN_ALLOWED"):
        call_command("load_demo_content")
    assert not HomePage.objects.exists()
