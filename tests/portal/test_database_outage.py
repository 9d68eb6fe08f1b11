"""With the database unreachable, every page answers a friendly 503, and the
portal recovers by itself when the database is back. A real gunicorn with
production settings talks to PostgreSQL through a proxy the test cuts."""

import json
import time
from pathlib import Path

import pytest
from django.db import connection

from clinic.models import ContentVersion
from tests.portal.servers import Gunicorn, TcpProxy, production_env

PAGES = [
    "/",
    "/articles/",
    "/articles/how-your-knee-works/",
    "/conditions/?onset=injury",
    "/conditions/meniscus-tear/",
    "/search/?q=knee",
    "/triage/",
    "/sitemap.xml",
]


@pytest.fixture
def portal_behind_proxy(transactional_db, demo, static_root):
    settings = connection.settings_dict
    proxy = TcpProxy((settings["HOST"] or "127.0.0.1", int(settings["PORT"] or 5432)))
    proxy.start()
    user = settings["USER"]
    url = f"postgres://{user}@127.0.0.1:{proxy.port}/{settings['NAME']}"
    server = Gunicorn(production_env(url, static_root))
    yield server, proxy
    server.stop()
    proxy.stop()


def test_pages_answer_503_while_the_database_is_down_and_recover(portal_behind_proxy):
    server, proxy = portal_behind_proxy
    for path in PAGES:
        assert server.get(path)[0] == 200, path
    assert server.get("/healthz")[0] == 200

    proxy.stop()
    time.sleep(ContentVersion.LOCAL_SECONDS + 0.2)  # cached pages re-read the version
    log = Path(server.log_path)
    logged_before = log.stat().st_size
    for path in PAGES:
        status, headers, body = server.get(path)
        assert status == 503, path
        assert "This service is not available at the moment" in body
        assert "Traceback" not in body and "OperationalError" not in body
        assert headers["Retry-After"] == "30"
    # One structured line per failing request, without a traceback (README).
    time.sleep(0.2)
    with log.open() as lines:
        lines.seek(logged_before)
        written = [json.loads(line) for line in lines if line.strip()]
    assert len(written) == len(PAGES), written
    assert [line["message"].split()[0] for line in written] == ["service_unavailable"] * len(PAGES)
    assert not any("exception" in line for line in written)
    status, _headers, body = server.get("/healthz")
    assert status == 503
    assert '"database": "unreachable"' in body
    # Static files need no database.
    assert server.get("/robots.txt")[0] == 200

    proxy.start()
    for path in PAGES:
        assert server.get(path)[0] == 200, path
    assert server.get("/healthz")[0] == 200


API = [
    "/api/v1/articles/",
    "/api/v1/conditions/knee-osteoarthritis/?language=es",
    "/api/v1/triage/questionnaire/",
    "/api/infobutton/?mainSearchCriteria.v.c=M17.11&mainSearchCriteria.v.cs=2.16.840.1.113883.6.90",
    "/api/no-such-thing/",
]


def test_the_api_answers_problem_json_while_the_database_is_down(portal_behind_proxy):
    """An API client reads JSON during an outage too, not the HTML page."""
    server, proxy = portal_behind_proxy
    for path in API[:-1]:
        assert server.get(path)[0] == 200, path

    proxy.stop()
    time.sleep(ContentVersion.LOCAL_SECONDS + 0.2)
    for path in API:
        status, headers, body = server.get(path)
        assert status == 503, path
        assert headers["Content-Type"] == "application/problem+json", path
        assert headers["Retry-After"] == "30"
        assert headers["Cache-Control"] == "no-store"
        problem = json.loads(body)
        assert problem["status"] == 503
        assert problem["title"] == "Service unavailable"
        assert problem["detail"].startswith("The service is not available at the moment.")

    proxy.start()
    for path in API[:-1]:
        assert server.get(path)[0] == 200, path
