"""The admin list filters by the state staff read, live items with waiting changes included."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from articles.models import Status
from publishing.models import Draft
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def live_with_changes(title, status):
    article = ArticleFactory(title=title, published=True)
    Draft.objects.create(
        content_type=ContentType.objects.get_for_model(article),
        object_id=article.pk,
        data={"title": title + " (new)"},
        status=status,
    )
    return article


@pytest.fixture
def articles():
    ArticleFactory(title="Only a draft")
    ArticleFactory(title="Waiting in review", status=Status.REVIEW)
    ArticleFactory(title="Just live", published=True)
    live_with_changes("Live, changes in review", Status.REVIEW)
    live_with_changes("Live, changes approved", Status.APPROVED)
    ArticleFactory(title="Taken down", status=Status.ARCHIVED)


@pytest.mark.parametrize(
    ("state", "titles"),
    [
        ("review", {"Waiting in review"}),
        ("live", {"Just live"}),
        ("live_review", {"Live, changes in review"}),
        ("live_approved", {"Live, changes approved"}),
        ("archived", {"Taken down"}),
        ("draft", {"Only a draft"}),
    ],
)
def test_filter_by_state(client, publisher, articles, state, titles):
    client.force_login(publisher)
    response = client.get(reverse("admin:articles_article_changelist"), {"state": state})
    assert response.status_code == 200
    shown = {a.title for a in response.context["cl"].result_list}
    assert shown == titles


def test_the_filter_offers_the_states_staff_read(client, publisher, articles):
    client.force_login(publisher)
    page = client.get(reverse("admin:articles_article_changelist")).content.decode()
    for label in ("Live · Changes in review", "Live · Approved, ready to publish", "In review"):
        assert f">{label}</a>" in page
