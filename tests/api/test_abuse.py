"""Hostile parameters never give a 5xx; past the rate limit, a 429."""

import json
import random
import xml.etree.ElementTree as ET
from urllib.parse import quote

import pytest

from tests.api.conftest import ICD10, SNOMED

ENDPOINTS = {
    "/api/infobutton/": [
        "mainSearchCriteria.v.c",
        "mainSearchCriteria.v.cs",
        "mainSearchCriteria.v.dn",
        "informationRecipient.languageCode.c",
        "knowledgeResponseType",
    ],
    "/api/v1/articles/": ["q", "topic", "page", "page_size"],
    "/api/v1/conditions/": [
        "q",
        "onset",
        "area",
        "activity",
        "icd10",
        "ordering",
        "page",
        "page_size",
    ],
    "/api/v1/articles/how-your-knee-works/": ["page"],
    "/api/v1/conditions/meniscus-tear/": ["icd10"],
    "/api/v1/triage/questionnaire/": ["format"],
    "/api/v1/conditions/{junk}/": [],
    "/api/{junk}": [],
}
GOOD_VALUES = [
    "M17.11", "m1711", "S83.5", ICD10, SNOMED, "meniscus", "en", "es", "es-MX",
    "application/json", "text/xml", "injury", "front", "running", "treatment",
    "name", "-name", "-updated", "1", "2", "20", "100",
]  # fmt: skip
HOSTILE_VALUES = [
    "", " ", "\x00", "a\x00b", "%00", "x" * 101, "x" * 5000, "M" * 21, "0", "-1", "1e3",
    "99999999999999999999", "²", "١", "NaN", "null", "true", "[]", "{}", "' OR 1=1 --",
    '"; DROP TABLE articles_article; --', "<script>alert(1)</script>", "../../etc/passwd",
    "\\", "%", "%%", "&", "=", "?", "#", "\u202e", "\ufeff", "😀", "ü", "\t", "\r\n",
    "M17.11\x00", "2.16.840.1.113883.6.90.", "1." * 40, "M17..11", ".", "*", "M%",
    "M_7", "text/xml; charset=x", "application/xml", "EN", "zz", "es-", "a" * 36,
]  # fmt: skip
RAW_JUNK = ["%ff%fe", "%", "%zz", "&&&", "==", "a=%c0%af", "%ed%a0%80", "q=%00", ";;"]


def random_query(rng: random.Random, names: list[str]) -> str:
    parts = []
    for _ in range(rng.randint(0, 6)):
        name = rng.choice(names + ["page", "q", "format", "x" * rng.randint(1, 300), "\x00"])
        value = rng.choice(GOOD_VALUES if rng.random() < 0.4 else HOSTILE_VALUES)
        parts.append(f"{quote(name, safe='.')}={quote(value, safe='')}")
    if rng.random() < 0.2:
        parts.append(rng.choice(RAW_JUNK))
    rng.shuffle(parts)
    return "&".join(parts)


def random_path(rng: random.Random, path: str) -> str:
    junk = quote(rng.choice(HOSTILE_VALUES + ["ok", "a/b", "%2F"]), safe="")
    return path.replace("{junk}", junk or "x")


def check(response, url: str) -> None:
    assert response.status_code < 500, (url, response.status_code, response.content[:500])
    content_type = response["Content-Type"]
    if response.status_code >= 400:
        assert content_type == "application/problem+json", (url, content_type)
        problem = json.loads(response.content)
        assert {"type", "title", "status", "detail"} <= set(problem), (url, problem)
        assert problem["status"] == response.status_code
        if response.status_code == 400:
            assert problem["parameter"], (url, problem)
    elif content_type.startswith("text/xml"):
        ET.fromstring(response.content)
    else:
        assert content_type == "application/json", (url, content_type)
        json.loads(response.content)


def test_a_thousand_random_and_hostile_parameter_sets_give_no_5xx(client, demo, settings):
    settings.API_RATE_LIMIT = "100000/h"
    rng = random.Random(16)  # seeded: a failure can be replayed
    statuses = {}
    for _ in range(1000):
        path, names = rng.choice(list(ENDPOINTS.items()))
        url = f"{random_path(rng, path)}?{random_query(rng, names)}"
        response = client.get(url)
        check(response, url)
        statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
    # Both kinds were tried: answers and refusals.
    assert statuses.get(200, 0) > 100, statuses
    assert statuses.get(400, 0) > 100, statuses
    assert statuses.get(404, 0) > 10, statuses


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/conditions/?q=%00",
        "/api/v1/conditions/?activity=%00",
        "/api/v1/conditions/?icd10=%00",
        "/api/v1/articles/?topic=%00",
        "/api/infobutton/?mainSearchCriteria.v.dn=%00",
        f"/api/infobutton/?mainSearchCriteria.v.cs={SNOMED}&mainSearchCriteria.v.c=%00",
        "/api/v1/conditions/?page=%ff%fe",
    ],
)
def test_nul_bytes_and_bad_encodings_are_refused_plainly(client, clinic, url):
    response = client.get(url)
    assert response.status_code == 400
    check(response, url)


def test_past_the_rate_limit_a_429_with_retry_after(client, clinic, settings):
    settings.API_RATE_LIMIT = "3/h"
    for url in ["/api/v1/articles/", "/api/v1/conditions/", "/api/infobutton/?x=1"]:
        assert client.get(url).status_code in (200, 400)
    refused = client.get("/api/v1/articles/")
    assert refused.status_code == 429
    assert refused["Content-Type"] == "application/problem+json"
    assert 1 <= int(refused["Retry-After"]) <= 3600
    assert refused.json()["status"] == 429
    assert refused["Cache-Control"] == "no-store"
    # Per client: another address still gets answers.
    assert client.get("/api/v1/articles/", REMOTE_ADDR="10.0.0.7").status_code == 200


def test_the_api_and_triage_count_apart(client, demo, settings):
    settings.API_RATE_LIMIT = "1/h"
    settings.TRIAGE_RATE_LIMIT = "1/h"
    assert client.get("/api/v1/articles/").status_code == 200
    assert client.get("/api/v1/articles/").status_code == 429
    # The API's count leaves the questionnaire's own alone.
    assert client.post("/triage/", {"step": "1"}).status_code == 400
    assert client.post("/triage/", {"step": "1"}).status_code == 429
