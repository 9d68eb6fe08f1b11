"""A word on very many pages: a bounded set is ranked, and the page says so."""

import pytest

from search import query as search
from tests.factories import ArticleFactory, ConditionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def many_matches(monkeypatch):
    # The real bounds are hundreds; a small library shows the same behaviour.
    monkeypatch.setattr(search, "CANDIDATES", 5)
    monkeypatch.setattr(search, "HEAD_CANDIDATES", 3)
    for number in range(12):
        ArticleFactory(
            published=True,
            title=f"Exercise sheet {number}",
            body="<p>Gentle work for the cartilage of the knee.</p>",
        )
    for number in range(4):
        ArticleFactory(published=True, title=f"Cartilage brace {number}")
    return ConditionFactory(published=True, title="Cartilage wear", summary="Worn cartilage.")


def ids(results, number):
    return [entry.pk for entry in results.page(number, per_page=4).object_list]


def test_a_common_word_ranks_a_bounded_set_with_conditions_and_names_first(many_matches):
    results = search.find("cartilage")
    assert results.more
    # Every matching condition, 3 by their names, 5 from anywhere (some the same).
    assert 5 <= results.count <= 1 + 3 + 5
    top = [entry.title for entry in results.entries[:4]]
    assert top[0] == "Cartilage wear"
    assert all(title.startswith("Cartilage") for title in top), top


def test_every_page_is_cut_from_the_same_ranked_set(many_matches):
    first = [ids(search.find("cartilage"), page) for page in (1, 2, 3)]
    again = [ids(search.find("cartilage"), page) for page in (1, 2, 3)]
    assert first == again
    seen = [pk for page in first for pk in page]
    assert len(seen) == len(set(seen))  # no entry on two pages


def test_the_results_page_says_there_were_more(client, many_matches):
    html = client.get("/search/", {"q": "cartilage"}).content.decode()
    assert "More than" in html
    assert "Add a word to find fewer, closer pages." in html


def test_a_search_below_the_bounds_ranks_every_match(client, many_matches):
    results = search.find("brace")
    assert not results.more
    assert results.count == 4
    assert "More than" not in client.get("/search/", {"q": "brace"}).content.decode()
