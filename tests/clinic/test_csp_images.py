"""img-src: this site, plus the renditions' host when they live elsewhere; data:
images only in the admin (its two-factor QR code)."""

import pytest

from clinic.csp_sources import image_sources
from tests.factories import ArticleFactory
from tests.portal.test_security import directives, production_env
from tests.portal.test_settings import run_python


@pytest.mark.parametrize(
    "base_url, expected",
    [
        ("/media/renditions/", ["'self'"]),
        ("", ["'self'"]),
        (
            "https://media.example-clinic.org/renditions/",
            ["'self'", "https://media.example-clinic.org"],
        ),
        ("http://127.0.0.1:9000/bucket/renditions/", ["'self'", "http://127.0.0.1:9000"]),
        ("data:image/png;base64,AAAA", ["'self'"]),
        ("javascript:alert(1)", ["'self'"]),
        ("//cdn.example.org/x/", ["'self'", "cdn.example.org"]),
    ],
)
def test_image_sources(base_url, expected):
    assert image_sources(base_url) == expected


@pytest.mark.django_db
def test_public_pages_allow_images_from_this_site_only(client, admin_client):
    article = ArticleFactory(published=True)
    public = directives(client.get(article.get_absolute_url()))
    assert public["img-src"] == ["'self'"]
    admin = directives(admin_client.get("/admin/articles/article/add/"))
    assert set(admin["img-src"]) == {"'self'", "data:"}


def test_the_buckets_public_host_is_allowed_when_media_are_on_object_storage():
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(' '.join(s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']))"
    )
    result = run_python(
        code,
        **production_env(
            DJANGO_S3_BUCKET="clinic-media",
            DJANGO_S3_PUBLIC_URL="https://media.example-clinic.org/r/",
        ),
    )
    assert result.stdout.split() == ["'self'", "https://media.example-clinic.org"], result.stderr
    assert run_python(code, **production_env()).stdout.split() == ["'self'"]
