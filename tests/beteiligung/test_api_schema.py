"""Schemathesis runs every operation of the open data API's OpenAPI document with generated
parameters: no server error, and every response matches the document."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

from config.api import PREFIX, api
from config.wsgi import application
from home.models import HomePage
from tests.beteiligung.open_data import build_world

# The document comes from the API itself, not through the site: at collection time there
# is no database, and the site's middleware reads it for every request. The generated
# requests then go through the whole site.
schema = schemathesis.openapi.from_dict(api.get_openapi_schema(path_prefix=PREFIX))
schema.app = application


@pytest.fixture
def open_connection():
    """Requests go to the WSGI application directly, not through Django's test client,
    which would keep the test's connection open: at the end of each request Django
    closes it, and on PostgreSQL the test's transaction would go with it."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def world(home_page: HomePage, settings, open_connection):
    # Hundreds of generated requests from one address: the limit is not under test here.
    settings.RATELIMIT_API_PER_IP = "100000/h"
    return build_world(home_page)


@pytest.mark.django_db
@schema.parametrize()
@hypothesis_settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_every_operation_answers_as_its_schema_says(case, world) -> None:
    case.call_and_validate()
