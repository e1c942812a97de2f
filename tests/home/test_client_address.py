"""Behind a reverse proxy every request comes from the proxy: the client is the address the
trusted proxies forwarded (`TRUSTED_PROXY_COUNT`), and only they may name it. Hashes of
client addresses and rate limits per client use that one address."""

from http import HTTPStatus

import pytest
from django.test import Client, RequestFactory

from home.models import HomePage
from home.participation import client_address, hash_ip
from tests.beteiligung.factories import make_consultation

PROXY = "10.0.0.1"


def request_from(remote: str, forwarded: str | None = None):
    headers = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **headers)


def test_without_trusted_proxies_the_connecting_address_is_the_client(settings) -> None:
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_address(request_from("203.0.113.7", "198.51.100.1")) == "203.0.113.7"


def test_behind_one_proxy_the_client_is_the_address_it_forwarded(settings) -> None:
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_address(request_from(PROXY, "203.0.113.7")) == "203.0.113.7"


def test_a_client_cannot_name_itself_by_sending_the_header_along(settings) -> None:
    settings.TRUSTED_PROXY_COUNT = 1
    # The client sent "X-Forwarded-For: 198.51.100.1"; the proxy appended the real address.
    assert client_address(request_from(PROXY, "198.51.100.1, 203.0.113.7")) == "203.0.113.7"


def test_behind_two_proxies_the_outer_ones_peer_is_the_client(settings) -> None:
    settings.TRUSTED_PROXY_COUNT = 2
    forwarded = "198.51.100.1, 203.0.113.7, 10.0.0.2"
    assert client_address(request_from(PROXY, forwarded)) == "203.0.113.7"


@pytest.mark.parametrize("forwarded", [None, "", "not-an-address"])
def test_without_a_usable_header_the_connecting_address_counts(settings, forwarded) -> None:
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_address(request_from(PROXY, forwarded)) == PROXY


def test_two_people_behind_the_proxy_get_different_hashes(settings) -> None:
    settings.TRUSTED_PROXY_COUNT = 1
    first = hash_ip(request_from(PROXY, "203.0.113.7"))
    assert first != hash_ip(request_from(PROXY, "203.0.113.8"))
    assert first == hash_ip(request_from("10.0.0.9", "203.0.113.7"))


@pytest.mark.django_db
def test_rate_limits_count_each_client_behind_the_proxy_on_its_own(
    settings, client: Client, home_page: HomePage
) -> None:
    consultation = make_consultation(home_page)
    settings.TRUSTED_PROXY_COUNT = 1
    settings.RATELIMIT_LINK_PER_IP = "2/h"
    url = f"{consultation.url}confirm/?token=broken"

    def confirm(address: str):
        return client.post(url, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=address)

    assert [confirm("203.0.113.7").status_code for _ in range(3)] == [
        HTTPStatus.BAD_REQUEST,
        HTTPStatus.BAD_REQUEST,
        HTTPStatus.TOO_MANY_REQUESTS,
    ]
    assert confirm("203.0.113.8").status_code == HTTPStatus.BAD_REQUEST
