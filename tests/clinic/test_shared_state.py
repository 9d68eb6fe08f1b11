"""With several workers and no REDIS_URL, what one
worker changes every worker sees. A real gunicorn with three workers on the
production settings serves the test database."""

import http.cookiejar
import re
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from django.db import connection

from clinic.models import ClinicSettings, ContentVersion
from tests.portal.servers import Gunicorn, collect_static, production_env
from tests.triage.answers import answers

PUBLIC_PAGES = [
    "/",
    "/articles/",
    "/articles/how-your-knee-works/",
    "/conditions/",
    "/conditions/?onset=injury",
    "/conditions/meniscus-tear/",
    "/search/?q=knee",
    "/sitemap.xml",
]
NOT_CACHED = ["/triage/"]
RATE = 5


@pytest.fixture(scope="module")
def static_root(tmp_path_factory):
    root = tmp_path_factory.mktemp("static")
    collect_static(root)
    return root


@pytest.fixture
def workers(transactional_db, demo, static_root):
    settings = connection.settings_dict
    url = (
        f"postgres://{settings['USER']}@{settings['HOST'] or '127.0.0.1'}:"
        f"{settings['PORT'] or 5432}/{settings['NAME']}"
    )
    env = production_env(url, static_root, TRIAGE_RATE_LIMIT=f"{RATE}/h")
    env.pop("REDIS_URL", None)
    server = Gunicorn(env, workers=3)
    yield server
    server.stop()


def many(server, path, times=24):
    return [server.get(path) for _ in range(times)]


def test_a_settings_change_shows_in_every_worker_within_a_second(workers):
    assert all("(312) 555-0142" in body for _status, _headers, body in many(workers, "/"))
    settings = ClinicSettings.load()
    settings.phone = "(312) 555-0177"
    settings.save()
    time.sleep(ContentVersion.LOCAL_SECONDS + 0.1)
    bodies = [body for _status, _headers, body in many(workers, "/")]
    assert all("(312) 555-0177" in body for body in bodies)
    assert not any("(312) 555-0142" in body for body in bodies)


def test_every_cached_response_lets_browsers_keep_it_a_minute_at_most(workers):
    for path in PUBLIC_PAGES:
        for status, headers, _body in many(workers, path, times=6):
            assert status == 200, path
            max_age = re.search(r"max-age=(\d+)", headers.get("Cache-Control", ""))
            assert max_age and int(max_age.group(1)) <= 60, (path, headers)
            assert "Expires" not in headers, path
    for path in NOT_CACHED:
        for _status, headers, _body in many(workers, path, times=3):
            max_age = re.search(r"max-age=(\d+)", headers.get("Cache-Control", ""))
            assert max_age is None or int(max_age.group(1)) <= 60, (path, headers)


def test_the_triage_rate_limit_counts_across_workers(workers):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    form = opener.open(workers.url + "/triage/").read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    data = urllib.parse.urlencode(
        {**answers(), "step": "all", "csrfmiddlewaretoken": token}
    ).encode()
    statuses = []
    for _ in range(RATE + 4):
        request = urllib.request.Request(
            workers.url + "/triage/", data=data, headers={"Referer": workers.url + "/triage/"}
        )
        try:
            with opener.open(request) as response:
                statuses.append(response.status)
        except urllib.error.HTTPError as error:
            statuses.append(error.code)
    assert statuses.count(429) == 4, statuses
    assert statuses[:RATE] == [200] * RATE  # each redirected to its result page
