"""Security headers, CSP, client addresses and the production deploy check."""

import re
import secrets

import pytest
from django.test import RequestFactory, override_settings

from clinic.clientip import client_ip
from tests.factories import ArticleFactory
from tests.portal.test_settings import run_python

pytestmark = pytest.mark.django_db


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in policy.split(";") if part.strip())
    }


def assert_hardened(response):
    csp = directives(response)
    assert csp["default-src"] == ["'self'"]
    assert "'unsafe-inline'" not in csp["script-src"]
    assert "'unsafe-eval'" not in csp["script-src"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    # Browser features no page uses are off (camera, microphone, geolocation...).
    policy = dict(part.strip().split("=", 1) for part in response["Permissions-Policy"].split(","))
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert policy[feature] == "()", feature


@pytest.mark.parametrize(
    "url", ["/", "/articles/", "/conditions/", "/search/?q=knee", "/triage/", "/no-such-page/"]
)
def test_public_pages_send_strict_headers(client, url):
    response = client.get(url)
    assert_hardened(response)
    # Public pages have no inline styles either.
    assert directives(response)["style-src"] == ["'self'"]


def test_article_page_sends_strict_headers(client):
    article = ArticleFactory(published=True)
    assert_hardened(client.get(article.get_absolute_url()))


def test_admin_pages_send_strict_headers_and_nonce_their_one_inline_script(admin_client):
    assert_hardened(admin_client.get("/admin/"))
    response = admin_client.get("/admin/articles/article/add/")
    assert_hardened(response)
    nonce = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)
    page = response.content.decode()
    inline_scripts = re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>", page)
    assert inline_scripts, "the editor's import map is expected on this page"
    for attributes in inline_scripts:
        assert f'nonce="{nonce}"' in attributes, attributes
    # The editor writes inline styles: allowed in the admin only.
    assert "'unsafe-inline'" in directives(response)["style-src"]


def test_admin_login_page_is_hardened(client):
    assert_hardened(client.get("/admin/login/"))


def test_nonce_changes_on_every_request(admin_client):
    first = admin_client.get("/admin/articles/article/add/")["Content-Security-Policy"]
    second = admin_client.get("/admin/articles/article/add/")["Content-Security-Policy"]
    assert first != second


def production_env(**extra):
    return {
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "portal.example-clinic.org",
        "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/portal",
        **extra,
    }


def test_deploy_check_is_clean_with_production_settings():
    result = run_python(
        "import django; django.setup(); from django.core.management import call_command; "
        "call_command('check', deploy=True, fail_level='WARNING')",
        **production_env(),
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_defaults_are_secure():
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, "
        "s.CSRF_COOKIE_SECURE, s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS)"
    )
    result = run_python(code, **production_env())
    assert result.stdout.split() == ["True", "True", "True", "True", "31536000", "True"]
    relaxed = run_python(
        code,
        **production_env(
            DJANGO_SECURE_SSL_REDIRECT="0",
            DJANGO_SESSION_COOKIE_SECURE="0",
            DJANGO_CSRF_COOKIE_SECURE="0",
            DJANGO_SECURE_HSTS_SECONDS="0",
        ),
    )
    assert relaxed.stdout.split() == ["False", "False", "True", "False", "0", "False"]


def test_admin_prefix_comes_from_the_environment():
    result = run_python(
        "import django; django.setup(); from django.urls import reverse; "
        "print(reverse('admin:index'))",
        **production_env(DJANGO_ADMIN_URL="staff-7f3a"),
    )
    assert result.stdout.strip() == "/staff-7f3a/", result.stderr


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "203.0.113.9", "10.0.0.1"),  # no proxy: the header is the client's word
        (1, "203.0.113.9", "203.0.113.9"),
        (1, "198.51.100.1, 203.0.113.9", "203.0.113.9"),  # left part is spoofable
        (2, "198.51.100.1, 203.0.113.9", "198.51.100.1"),
        (1, "", "10.0.0.1"),
    ],
)
def test_client_address_behind_trusted_proxies(proxies, forwarded, expected):
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
    with override_settings(TRUSTED_PROXY_COUNT=proxies):
        assert client_ip(request) == expected


def test_the_image_library_is_the_only_place_files_are_stored():
    """Staff upload pictures only (checked by decoding: images/validation.py, tested
    in tests/images); renditions are files we make. No other model takes a file."""
    from django.apps import apps
    from django.db.models import FileField

    from images.admin import ImageUploadForm

    files = [
        f"{model.__name__}.{field.name}"
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if isinstance(field, FileField)
    ]
    assert files == ["Image.file", "Rendition.file"]
    assert "file" in ImageUploadForm.base_fields
