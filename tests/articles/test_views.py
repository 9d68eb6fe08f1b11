from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Status, Topic
from clinic.models import ClinicSettings, ContentVersion
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_list_groups_published_articles_by_topic(client):
    ArticleFactory(published=True, title="Warm up well", topic=Topic.PREVENTION)
    ArticleFactory(published=True, title="Why it hurts", topic=Topic.CAUSES)
    ArticleFactory(title="Secret draft", topic=Topic.CAUSES)
    page = client.get(reverse("articles:list")).content.decode()
    order = [
        'id="topic-causes-heading"',
        "Why it hurts",
        'id="topic-prevention-heading"',
        "Warm up well",
    ]
    positions = [page.index(marker) for marker in order]
    assert positions == sorted(positions)
    assert "Secret draft" not in page


def test_article_page_shows_dates_and_reading_time(client):
    article = ArticleFactory(published=True)
    response = client.get(article.get_absolute_url())
    page = response.content.decode()
    assert response.status_code == 200
    assert "Page last reviewed" in page and "Next review due" in page
    assert article.reviewed_on.strftime("%Y-%m-%d") in page
    assert "1 minute read" in page
    assert "What to do" in page  # the body


@pytest.mark.parametrize(
    "state",
    [
        {"status": Status.DRAFT},
        {"status": Status.REVIEW},
        {"status": Status.ARCHIVED},
        {"status": Status.PUBLISHED, "publish_at_offset": timedelta(hours=2)},
    ],
    ids=["draft", "review", "archived", "scheduled"],
)
def test_unpublished_articles_are_404_to_the_public(client, state):
    offset = state.pop("publish_at_offset", None)
    article = ArticleFactory(**state, publish_at=timezone.now() + offset if offset else None)
    response = client.get(article.get_absolute_url())
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_scheduled_article_goes_live_by_itself(client):
    article = ArticleFactory(published=True, publish_at=timezone.now() - timedelta(seconds=1))
    assert client.get(article.get_absolute_url()).status_code == 200


def test_staff_preview_drafts_with_a_banner(client, author):
    article = ArticleFactory(title="Draft on ice")
    client.force_login(author)
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert "Patients cannot see it yet" in response.content.decode()
    assert "no-store" in response["Cache-Control"]


def test_staff_without_change_permission_cannot_preview(client):
    from tests.factories import StaffFactory

    article = ArticleFactory()
    client.force_login(StaffFactory())
    assert client.get(article.get_absolute_url()).status_code == 404


def test_home_links_to_articles(client):
    ArticleFactory(published=True, title="Fresh advice")
    page = client.get("/").content.decode()
    assert "Read about knee pain" in page
    assert "Fresh advice" in page
    assert 'href="#main-content"' in page


@pytest.mark.parametrize("count", [5, 60])
@pytest.mark.parametrize(
    ("url_name", "queries"),
    # The content version (page cache), the page's content; the article page
    # adds its related conditions.
    [("home", 2), ("articles:list", 2), ("detail", 3)],
)
def test_query_counts_do_not_grow_with_articles(
    client, django_assert_max_num_queries, count, url_name, queries
):
    from tests.factories import ConditionFactory

    articles = ArticleFactory.create_batch(count, published=True)
    for condition in ConditionFactory.create_batch(count // 5, published=True):
        condition.related_articles.set(articles)
    url = articles[0].get_absolute_url() if url_name == "detail" else reverse(url_name)
    client.get(url)  # warm the clinic-settings cache
    ContentVersion.bump()  # and miss the page cache
    ClinicSettings.load()  # read once per content version, not per page
    with django_assert_max_num_queries(queries):
        assert client.get(url).status_code == 200
