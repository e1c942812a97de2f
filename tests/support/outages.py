"""Services that are down, for the outage tests: addresses where nothing answers."""

import json
import os
import subprocess
import sys
from pathlib import Path

from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
#: Port 1 (tcpmux) is closed on any machine we run on: connecting is refused at once.
UNREACHABLE_REDIS = "redis://127.0.0.1:1/5"


def unreachable_database_url() -> str:
    """A database of the kind the suite runs on (CI runs SQLite and PostgreSQL) that
    cannot be reached: a closed port, or a file in a directory that does not exist."""
    if connection.vendor == "postgresql":
        return "postgres://postgres@127.0.0.1:1/teilhabe"
    return "sqlite:////nonexistent-teilhabe-directory/db.sqlite3"


def run_django(script: str, **env: str) -> dict:
    """Runs `script` in a fresh process with the test settings and `env`; the script
    prints one JSON document, which is returned."""
    process_env = {key: value for key, value in os.environ.items() if key not in env}
    process_env.update(env, DJANGO_SETTINGS_MODULE="config.settings.test")
    preamble = "import json, django\ndjango.setup()\n"
    result = subprocess.run(
        [sys.executable, "-c", preamble + script],
        cwd=ROOT,
        env=process_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def settings_with(**env: str) -> dict:
    """The settings that the environment `env` produces, as JSON (no django.setup)."""
    script = (
        "import json\nfrom django.conf import settings\n"
        "print(json.dumps({'CACHES': settings.CACHES, 'DATABASES': settings.DATABASES},"
        " default=str))\n"
    )
    process_env = {**os.environ, **env, "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=process_env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)
