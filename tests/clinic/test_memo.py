"""The per-process memo keeps plain immutable data only (docs/architecture.md,
"One caching rule"): every caller gets the same object, so nothing in it may
be changeable."""

import dataclasses
from types import MappingProxyType
from typing import NamedTuple

import pytest
from django.utils.safestring import mark_safe

from articles.models import Article
from clinic import memo
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@dataclasses.dataclass(frozen=True)
class Shown:
    title: str
    aliases: tuple[str, ...]


class Parts(NamedTuple):
    title: str
    body: str


@dataclasses.dataclass
class Changeable:
    title: str


def refused(key, value) -> str:
    with pytest.raises(TypeError) as raised:
        memo.cached_per_version(key, lambda: value)
    return str(raised.value)


def test_a_model_instance_is_refused_naming_the_prefix_and_its_type():
    article = ArticleFactory(published=True)
    message = refused("live:knee", article)
    assert "'live'" in message
    assert "articles.models.article.Article" in message
    assert "knee" not in message  # a key may hold a patient's words


def test_a_queryset_a_list_and_a_dict_are_refused():
    ArticleFactory(published=True)
    assert "QuerySet" in refused("api:a", Article.objects.all())
    assert "list" in refused("api:b", ["a", "b"])
    assert "dict" in refused("api:c", {"a": 1})


def test_what_is_inside_is_checked_too():
    assert "list" in refused("search:a", ("text", ["changeable"]))
    assert "dict" in refused("search:b", MappingProxyType({"a": {"b": 1}}))
    assert "list" in refused("search:c", Shown(title="t", aliases=["a"]))
    assert "Changeable" in refused("search:d", Changeable(title="t"))
    assert "set" in refused("search:e", (1, {2}))
    assert "list" in refused("page:f", Parts(title="t", body=["changeable"]))


@pytest.mark.parametrize(
    "value",
    [
        "text",
        mark_safe("<mark>knee</mark>"),  # noqa: S308 - a constant
        b"bytes",
        (1, 2.5, True, None, ("nested",)),
        frozenset({"a", 1}),
        Shown(title="Knee", aliases=("kneecap", "patella")),
        Parts(title="Knee", body="<p>Rest.</p>"),
        MappingProxyType({"a": (1, 2), "b": MappingProxyType({"c": "d"})}),
    ],
)
def test_plain_immutable_data_is_kept_and_handed_out_as_it_is(value):
    first = memo.cached_per_version("search:plain", lambda: value)
    again = memo.cached_per_version("search:plain", lambda: pytest.fail("built again"))
    assert first is value
    assert again is value


def test_text_in_frozen_data_counts_against_the_bound():
    before = memo.text_bytes()
    memo.cached_per_version("api:sized", lambda: MappingProxyType({"body": "x" * 1000}))
    assert memo.text_bytes() - before >= 1000
