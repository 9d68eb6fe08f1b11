"""`make bench-scale`'s setup is right, timing nothing. Two real
gunicorn servers on the production settings and the test database, a private
Redis, HAProxy in front; a short run of the benchmark's own wrk mix."""

import re
import shutil
import time
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar

import pytest
import redis
from django.contrib.auth import get_user_model
from django.db import connection

from bench.scale import mix_script, run_mix, scale_out
from clinic.models import ContentVersion
from tests.factories import PASSWORD, clinic_settings_post
from tests.portal.servers import collect_static, production_env
from tests.support.two_factor import confirmed_device, next_code

MISSING = [program for program in ("haproxy", "redis-server", "wrk") if not shutil.which(program)]
pytestmark = pytest.mark.skipif(
    bool(MISSING),
    reason=f"{', '.join(MISSING)} missing: `make test-packages` installs them (TEST_PACKAGES)",
)
OLD_PHONE = "(312) 555-0142"  # the demo clinic's
NEW_PHONE = "(312) 555-0188"


@pytest.fixture
def env(transactional_db, demo, publisher, tmp_path):
    """Production settings on the test database (the servers see the test's rows)."""
    settings = connection.settings_dict
    url = (
        f"postgres://{settings['USER']}@{settings['HOST'] or '127.0.0.1'}:"
        f"{settings['PORT'] or 5432}/{settings['NAME']}"
    )
    collect_static(tmp_path / "static")
    return production_env(
        url, tmp_path / "static", TRIAGE_RATE_LIMIT="1000/s", DJANGO_LOG_LEVEL="WARNING"
    )


def get(base_url: str, path: str) -> bytes:
    with urllib.request.urlopen(base_url + path, timeout=30) as response:
        return response.read()


def change_phone_in_the_admin(base_url: str, phone: str) -> None:
    """Sign in as the publisher and save the clinic settings with a new phone."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))

    def post(path: str, fields: dict) -> str:
        page = opener.open(base_url + path, timeout=30).read().decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        data = urllib.parse.urlencode({**fields, "csrfmiddlewaretoken": token}).encode()
        with opener.open(base_url + path, data=data, timeout=30) as response:
            return response.url

    # A publisher signs in with a password and a code from their authenticator app.
    device = confirmed_device(get_user_model().objects.get(username="pia"))
    after_password = post(
        "/admin/login/", {"username": "pia", "password": PASSWORD, "next": "/admin/"}
    )
    assert after_password.startswith(base_url + "/admin/two-factor/verify/")
    verify = after_password.removeprefix(base_url)
    assert post(verify, {"code": next_code(device), "next": "/admin/"}) == base_url + "/admin/"
    saved = post(
        "/admin/clinic/clinicsettings/1/change/",
        {**clinic_settings_post(phone=phone), "_save": "Save"},
    )
    assert saved == base_url + "/admin/clinic/clinicsettings/", "the admin did not save"


def test_two_servers_behind_haproxy_share_the_load_and_the_state(env, tmp_path):
    with scale_out(env, tmp_path, workers=1) as cluster:
        check_the_cluster(cluster, tmp_path)
    # moto's S3, Redis, both servers and HAProxy are stopped.
    assert [process.poll() is not None for process in cluster.processes] == [True] * 5


def check_the_cluster(cluster, tmp_path):
    first, second = cluster.servers
    # The second server keeps the home page, with the old phone, in its memory.
    assert OLD_PHONE in get(second.url, "/").decode()

    # One server saves a change; the other shows it within a second.
    change_phone_in_the_admin(first.url, NEW_PHONE)
    time.sleep(ContentVersion.LOCAL_SECONDS + 0.1)
    for base_url in (second.url, cluster.url, cluster.url):
        home = get(base_url, "/").decode()
        assert NEW_PHONE in home and OLD_PHONE not in home, base_url

    # The benchmark's mix through HAProxy: no errors, both servers used.
    before = cluster.haproxy.requests_by_server()
    report = run_mix(cluster.url, mix_script(cluster.url, tmp_path), "2", "4", threads=1)
    after = cluster.haproxy.requests_by_server()
    assert report["requests"] > 0
    assert report["errors"] == 0, report
    served = {name: after[name] - before[name] for name in after}
    assert sorted(served) == ["app1", "app2"]
    assert all(count > 0 for count in served.values()), served
    assert sum(served.values()) >= report["requests"]
    assert not any(int(row["hrsp_5xx"]) for row in cluster.haproxy.stats().values())

    # A handout rendered through one server is kept in the shared Redis.
    assert get(first.url, "/articles/how-your-knee-works/handout.pdf").startswith(b"%PDF")
    assert redis.Redis.from_url(cluster.redis_url).keys("portal:*handout*")
