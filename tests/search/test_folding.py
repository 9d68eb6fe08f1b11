"""Matching without regard to accents or case (search/folding.py)."""

import pytest
from django.db import connection

from search import query as search
from search.folding import find_folded, fold


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Rótula", "rotula"),
        ("CARTÍLAGO", "cartilago"),
        ("pingüino", "pinguino"),
        ("Niño", "nino"),
        ("o\u0301", "o"),  # an accent written as its own character
        ("Knee", "knee"),
        ("Straße", "strasse"),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


def test_find_folded_gives_places_in_the_original_text():
    text = "Dolor de RÓTULA y de rótula"
    assert [text[a:b] for a, b in find_folded(["rotula"], text)] == ["RÓTULA", "rótula"]
    decomposed = "ro\u0301tula"
    assert [decomposed[a:b] for a, b in find_folded(["rotula"], decomposed)] == [decomposed]
    assert find_folded(["ss"], "Straße") == [(4, 5)]
    assert find_folded([], "rótula") == find_folded([""], "rótula") == []


def test_mark_words_ignores_accents_and_escapes_nothing_itself():
    marked = search.mark_words("La rótula y el menisco", ["rotula", "MENISCO"])
    assert marked == f"La {search.START}rótula{search.STOP} y el {search.START}menisco{search.STOP}"
    assert search.mark_words("kneecap", ["knee", "kneecap"]) == (
        f"{search.START}kneecap{search.STOP}"
    )


@pytest.mark.django_db
@pytest.mark.parametrize("word", ["Rótula", "CARTÍLAGO", "pingüino", "Niño", "Knee"])
def test_the_database_folds_as_python_does(word):
    """search_fold(): the migration's SQL function on PostgreSQL, fold() on SQLite."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT search_fold(%s)", [word])
        assert cursor.fetchone()[0] == fold(word)
