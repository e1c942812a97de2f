import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "SECRET_KEY": "a-long-random-production-key-0123456789-abcdefghijklmnopqrstuvwxyz",
    "ALLOWED_HOSTS": "teilhabe.example",
    "DATABASE_URL": "sqlite:////tmp/teilhabe-production-check.sqlite3",
    "EMAIL_URL": "smtp://mail.example:25",
    "CACHE_URL": "redis://127.0.0.1:6379/1",
}


def manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    # The browser tests allow sync ORM calls in their event loop; a production check
    # rightly warns about that variable, so it is left out here.
    ignored = {*PRODUCTION_ENV, "DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean = {key: value for key, value in os.environ.items() if key not in ignored}
    clean["DJANGO_SETTINGS_MODULE"] = "config.settings.production"
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_and_names_missing_variables() -> None:
    env = dict(PRODUCTION_ENV)
    del env["SECRET_KEY"]
    del env["EMAIL_URL"]
    result = manage("check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY, EMAIL_URL" in result.stderr


def test_production_passes_deploy_check_without_warnings() -> None:
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
