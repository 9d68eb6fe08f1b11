"""With Redis (the shared cache) down, pages and PDF handouts are still
served, rendered uncached, never a 500; /healthz names the part that is down and
answers 503; when Redis is back, PDFs are cached again. A real redis-server the
test starts and stops, behind a real gunicorn with production settings."""

import json
import urllib.error
import urllib.request

import pytest
from django.db import connection

from tests.portal.servers import Gunicorn, RedisServer, production_env

PAGES = [
    "/",
    "/articles/",
    "/conditions/knee-osteoarthritis/",
    "/es/conditions/knee-osteoarthritis/",
    "/search/?q=knee",
    "/triage/",
]
PDFS = [
    "/articles/how-your-knee-works/handout.pdf",
    "/es/conditions/knee-osteoarthritis/handout.pdf?size=large",
]


@pytest.fixture
def portal_with_redis(transactional_db, demo, static_root):
    redis = RedisServer()
    redis.start()
    settings = connection.settings_dict
    host, port = settings["HOST"] or "127.0.0.1", settings["PORT"] or 5432
    url = f"postgres://{settings['USER']}@{host}:{port}/{settings['NAME']}"
    server = Gunicorn(production_env(url, static_root, REDIS_URL=redis.url))
    yield server, redis
    server.stop()
    redis.stop()


def health(server) -> tuple[int, dict]:
    status, _headers, body = server.get("/healthz")
    return status, json.loads(body)


def get_bytes(server, path) -> tuple[int, dict, bytes]:
    try:
        with urllib.request.urlopen(server.url + path, timeout=60) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def pdf(server, path) -> tuple[int, str]:
    """The status, and whether the PDF came from the shared cache."""
    status, headers, _body = get_bytes(server, path)
    return status, headers.get("X-Handout-Cache", "")


def test_pages_and_pdfs_without_redis_and_healthz_says_so(portal_with_redis):
    server, redis = portal_with_redis
    assert health(server) == (200, {"status": "ok", "database": "ok", "cache": "ok"})
    for path in PDFS:
        assert pdf(server, path) == (200, "miss"), path
        assert pdf(server, path) == (200, "hit"), path

    redis.stop()
    for path in PAGES:
        assert server.get(path)[0] == 200, path
    for path in PDFS:
        status, headers, body = get_bytes(server, path)
        assert status == 200, path
        assert headers["Content-Type"] == "application/pdf"
        assert body.startswith(b"%PDF")
        assert headers["X-Handout-Cache"] == "miss"  # rendered, as the cache is gone
    assert health(server) == (503, {"status": "error", "database": "ok", "cache": "unreachable"})

    redis.start()  # empty: nothing was saved
    assert health(server) == (200, {"status": "ok", "database": "ok", "cache": "ok"})
    for path in PDFS:
        assert pdf(server, path) == (200, "miss"), path
        assert pdf(server, path) == (200, "hit"), path
