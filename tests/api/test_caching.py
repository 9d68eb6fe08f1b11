"""An API answer is kept in the memo deeply frozen, and each request renders
its own plain copy to the same bytes (api/caching.py)."""

import datetime
import decimal
import uuid
from types import MappingProxyType

import pytest
from django.utils.translation import gettext_lazy
from rest_framework.renderers import JSONRenderer

from api.caching import frozen, thawed
from clinic import memo
from clinic.urgency import Urgency
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

DATA = {
    "title": "Knee",
    "label": gettext_lazy("Article"),
    "urgency": Urgency.URGENT,
    "reviewed_on": datetime.date(2026, 12, 1),
    "updated": datetime.datetime(2026, 12, 1, 9, 30, tzinfo=datetime.UTC),
    "score": decimal.Decimal("1.50"),
    "id": uuid.UUID(int=7),
    "entries": [{"codes": ["M17", "S83"], "count": 2, "live": True, "note": None}],
}


def test_frozen_data_is_plain_and_renders_to_the_same_bytes():
    kept = frozen(DATA)
    memo.refuse_unless_plain(kept, "api")  # the memo takes it
    assert isinstance(kept, MappingProxyType)
    assert kept["entries"][0]["codes"] == ("M17", "S83")
    assert JSONRenderer().render(thawed(kept)) == JSONRenderer().render(DATA)


def test_each_request_gets_its_own_copy():
    kept = frozen(DATA)
    copy = thawed(kept)
    copy["entries"][0]["codes"].append("changed")
    assert thawed(kept)["entries"][0]["codes"] == ["M17", "S83"]


def test_a_repeat_answers_the_same_bytes_and_etag(client):
    ArticleFactory(published=True, title="Ice and rest")
    first = client.get("/api/v1/articles/")
    second = client.get("/api/v1/articles/")
    assert first.status_code == second.status_code == 200
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]
    assert client.get("/api/v1/articles/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
