import json

import pytest
from django.urls import reverse

from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_healthz_reports_the_database_and_the_cache(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert json.loads(response.content) == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_custom_404(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    page = response.content.decode()
    assert "Page not found" in page
    assert 'lang="en"' in page


def test_500_page_renders_without_a_request_context():
    from django.template import loader

    page = loader.get_template("500.html").render({})
    assert "Sorry, something went wrong" in page
    assert "Skip to main content" in page


def test_sitemap_lists_only_published(client):
    live = ArticleFactory(published=True)
    draft = ArticleFactory()
    page = client.get(reverse("sitemap")).content.decode()
    assert live.get_absolute_url() in page
    assert draft.get_absolute_url() not in page


def test_robots_points_to_the_sitemap(client):
    page = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in page
    assert "Sitemap: http://testserver/sitemap.xml" in page


def test_base_template_has_landmarks_and_print_parts(client):
    page = client.get("/").content.decode()
    for part in (
        '<header class="site-header">',
        '<nav class="site-nav"',
        '<main id="main-content"',
        "<footer",
        "print.css",
        'class="print-header"',
        'class="print-url"',
    ):
        assert part in page


def test_favicon_ico_leads_to_the_icon(client, admin_client):
    from django.contrib.staticfiles import finders

    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith(".ico")
    assert finders.find("img/favicon.ico")
    # Admin pages name the icon too, so browsers need not guess.
    for url in [
        "/admin/login/",
        "/admin/",
        "/admin/articles/article/",
        "/admin/articles/article/add/",
    ]:
        page = (admin_client if url != "/admin/login/" else client).get(url).content.decode()
        assert 'rel="icon"' in page, url
