import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.test import Client

from home.models import HomePage
from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


def csp_directives(header: str) -> dict[str, list[str]]:
    return {
        parts[0]: parts[1:]
        for parts in (directive.split() for directive in header.split(";") if directive.strip())
    }


def test_public_pages_forbid_inline_code_and_foreign_origins(
    client: Client, home_page: HomePage
) -> None:
    response = client.get("/")
    policy = csp_directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert policy["default-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]


def test_public_pages_send_security_headers(client: Client, home_page: HomePage) -> None:
    response = client.get("/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]


def test_admin_gets_its_own_looser_policy(client: Client, home_page: HomePage) -> None:
    user = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(user)
    response = client.get("/admin/")
    policy = csp_directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["script-src"]
    # A nonce would make browsers ignore 'unsafe-inline'.
    assert not any(source.startswith("'nonce-") for source in policy["script-src"])


def test_templates_contain_no_inline_script_style_or_foreign_resources(
    client: Client, home_page: HomePage
) -> None:
    page = ContentPageFactory(
        parent=home_page,
        body=[("paragraph", "<p>Text</p>"), ("quote", {"text": "Q", "attribution": ""})],
    )
    for url in ["/", page.url, "/suche/?q=Text", "/en/nicht-da/"]:
        soup = BeautifulSoup(client.get(url).text, "html.parser")
        assert soup.find("style") is None, url
        assert soup.find(style=True) is None, url
        assert not [s for s in soup.find_all("script") if not s.get("src")], url
        assert not soup.find(attrs={re.compile(r"^on"): True}), url
        for tag in soup.find_all(src=True) + soup.find_all("link", href=True):
            target = tag.get("src") or tag.get("href")
            if tag.name == "link" and {"canonical", "alternate"} & set(tag["rel"]):
                # Addresses for search engines, never loaded: absolute, but on this site.
                assert target.startswith("http://localhost/"), (url, target)
                continue
            assert target.startswith("/") and not target.startswith("//"), (url, target)
