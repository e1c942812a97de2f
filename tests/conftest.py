import os
import shutil
import time

import pytest
from django.core import signing

from tests.factories import make_site

ON_CI = os.environ.get("CI") == "true"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def pytest_collection_modifyitems(config, items):
    """Browser tests need Debian's Chromium: skipped with a reason locally, required on CI."""
    if os.path.exists(CHROMIUM) or ON_CI:
        return
    skip = pytest.mark.skip(reason=f"no Chromium at {CHROMIUM}: apt-get install chromium")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def home_page(db):
    return make_site()


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate-limit counters live in the cache; every test starts with none."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """`with commit():` lets what a request queued for after its commit (mail) run, as the
    real request's commit would; a test's own transaction never commits."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def post(client, commit):
    """Posts a form the way a browser does; mail the request queued goes out."""

    def send(url: str, data: dict | None = None):
        with commit():
            return client.post(url, data or {})

    return send


@pytest.fixture
def form_started() -> str:
    """A start time that passes the minimum fill time, as a person's would."""
    return signing.dumps(time.time() - 30, salt="teilhabe.form-started")


@pytest.fixture
def comment_data(form_started: str) -> dict[str, str]:
    """What a person types into the comment form (tests/beteiligung has its own)."""
    return {
        "text": "Bitte mehr Sprachkurse am Abend.",
        "author_name": "Ana",
        "email": "ana@example.org",
        "consent": "on",
        "started": form_started,
        "website": "",
    }


@pytest.fixture
def media_on_disk(settings, tmp_path):
    """Uploads in a temporary folder instead of memory, for tests that fetch a document
    through Wagtail's serve view: it reads files from the disk."""
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path},
        },
    }
    return tmp_path
