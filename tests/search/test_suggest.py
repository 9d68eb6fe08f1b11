"""Spelling help from the words of our own names.

The corrected searches run for real on SQLite in the smoke run
(tests/test_smoke.py); "Did you mean" on PostgreSQL in test_search_view.py.
"""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Status
from search import suggest
from search.models import SearchEntry
from tests.factories import ArticleFactory, ConditionFactory

WORDS = tuple(
    sorted(
        {"meniscus", "tear", "torn", "cartilage", "patellofemoral", "pain", "syndrome"}
        | {"runner", "runners", "knee", "kneecap", "ligament", "sprain", "osteoarthritis"}
    )
)


@pytest.mark.parametrize(
    ("query", "corrected"),
    [
        ("menicus tear", "meniscus tear"),
        ("Menisucs", "meniscus"),
        ("patellafemural pain", "patellofemoral pain"),
        ("runers knee", "runners knee"),
        ("Runer's knee", "runner's knee"),
        ("osteoarthritus", "osteoarthritis"),
    ],
)
def test_a_misspelt_name_is_corrected_to_the_closest_word(query, corrected):
    assert suggest.correct(query, WORDS, suggest.CORRECT) == corrected


@pytest.mark.parametrize(
    "query",
    [
        "meniscus tear",  # known words
        "swelling",  # nothing close
        "minuscus",  # close, but not close enough to correct without asking
        "LCX",  # too short to guess
        "M17",  # a code
        "knee2",
    ],
)
def test_other_words_stay_as_typed(query):
    assert suggest.correct(query, WORDS, suggest.CORRECT) == query


@pytest.mark.parametrize(
    ("query", "offered"),
    [
        ("minuscus", "meniscus"),
        ("sprian", "sprain"),
        ("ligimant tear", "ligament tear"),
        ("xylophone", ""),
        ("kneeling", ""),
        ("jogging", ""),
        ("meniscus", ""),
    ],
)
def test_did_you_mean_offers_a_close_name_and_nothing_else(query, offered):
    assert suggest.suggestion(query, WORDS) == offered


SPANISH = ("cartílago", "corredor", "menisco", "rodilla", "rotura", "rótula")


@pytest.mark.parametrize(
    ("query", "corrected"),
    [
        ("rotula", "rotula"),  # the same word without its accent: found as it is
        ("RODILLA del corredor", "RODILLA del corredor"),
        ("rotulla", "rótula"),
        ("menizco roto", "menisco roto"),
        ("cartilgo", "cartílago"),
    ],
)
def test_spanish_words_are_compared_without_accents(query, corrected):
    assert suggest.correct(query, SPANISH, suggest.CORRECT) == corrected


def test_did_you_mean_offers_the_word_with_its_accents():
    assert suggest.suggestion("rtoula", SPANISH) == "rótula"


@pytest.mark.django_db
def test_the_vocabulary_is_the_words_of_live_names():
    ConditionFactory(
        published=True,
        title="Knee effusion",
        also_known_as="Water on the knee",
        search_aliases="Kniegelenkerguss",
    )
    ArticleFactory(published=True, title="Caring for a swollen knee")
    ArticleFactory(title="Draft about bursitis", status=Status.DRAFT)
    ArticleFactory(
        published=True, title="Scheduled tendinitis", publish_at=timezone.now() + timedelta(days=1)
    )
    words = suggest.vocabulary(SearchEntry.objects.published())
    assert words == tuple(sorted(words))
    assert {"knee", "effusion", "water", "kniegelenkerguss", "caring", "swollen"} <= set(words)
    assert not {"bursitis", "tendinitis", "draft", "scheduled"} & set(words)
    assert "on" not in words  # too short to guess
