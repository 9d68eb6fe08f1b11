"""Figures in rich text do not break the search document: their captions are
words of the page; the reference's attributes are not."""

import pytest

from articles.models import Article
from search.models import SearchEntry
from tests.factories import ArticleFactory
from tests.support.illustrated import figure, make_image, picture_storage  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("picture_storage")]


def test_a_captions_words_are_indexed_and_found(client):
    image = make_image()
    article = ArticleFactory(
        published=True,
        title="Your knee",
        body="<p>Words</p>"
        + figure(image, alt="Zygomorphic alt words", caption="Patellofemoral groove"),
    )
    [entry] = SearchEntry.objects.filter(url=article.get_absolute_url())
    assert "Patellofemoral groove" in entry.body
    assert "data-image" not in entry.body and "Zygomorphic" not in entry.body
    found = client.get("/search/?q=patellofemoral").content.decode()
    assert "Your knee" in found
    assert Article.objects.get(pk=article.pk).word_count > 1
