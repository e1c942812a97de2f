"""django-axes throttles failed staff logins per client address and user name together:
guessing one person's password locks that person out from that address, not the whole
office behind the same proxy, and not the person from elsewhere."""

from http import HTTPStatus

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.test import Client

pytestmark = pytest.mark.django_db
PROXY = "10.0.0.1"


@pytest.fixture
def axes_on(settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    settings.TRUSTED_PROXY_COUNT = 1


def log_in(username: str, password: str, address: str):
    return Client().post(
        "/admin/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR=address,
    )


def test_failed_logins_lock_one_user_at_one_address(axes_on) -> None:
    get_user_model().objects.create_user("eva", "eva@example.org", "richtig", is_staff=True)
    for _ in range(3):
        log_in("eva", "falsch", "203.0.113.7")
    assert log_in("eva", "richtig", "203.0.113.7").status_code == HTTPStatus.TOO_MANY_REQUESTS
    # Eva from home, and a colleague behind the same proxy, still get in.
    assert log_in("eva", "richtig", "198.51.100.4").status_code == HTTPStatus.FOUND
    get_user_model().objects.create_user("mo", "mo@example.org", "richtig", is_staff=True)
    assert log_in("mo", "richtig", "203.0.113.7").status_code == HTTPStatus.FOUND
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"203.0.113.7"}
