from datetime import date, timedelta

import pytest
from django.utils import timezone

from articles.models import Article, Status, one_year_after
from tests.factories import ArticleFactory


def test_one_year_after_handles_leap_days():
    assert one_year_after(date(2024, 2, 29)) == date(2025, 2, 28)
    assert one_year_after(date(2026, 11, 24)) == date(2027, 11, 24)


@pytest.mark.django_db
def test_published_excludes_drafts_archived_and_future_schedules():
    live = ArticleFactory(published=True)
    ArticleFactory(published=True, publish_at=timezone.now() + timedelta(days=1))
    due_now = ArticleFactory(published=True, publish_at=timezone.now() - timedelta(minutes=1))
    ArticleFactory(status=Status.DRAFT)
    ArticleFactory(status=Status.REVIEW)
    ArticleFactory(status=Status.ARCHIVED)
    assert set(Article.objects.published()) == {live, due_now}


@pytest.mark.django_db
def test_due_for_review():
    overdue = ArticleFactory(published=True, next_review_due=timezone.localdate())
    ArticleFactory(published=True)
    assert list(Article.objects.due_for_review()) == [overdue]
    assert overdue.review_overdue


@pytest.mark.django_db
def test_save_computes_readability_and_counts_versions():
    article = ArticleFactory(body="<p>Rest your knee. Use ice.</p>")
    assert article.version == 1
    assert article.word_count > 5
    assert article.reading_minutes == 1
    article.body = "<p>Physiotherapeutic rehabilitation incorporates progressive quadriceps strengthening methodologies.</p>"
    article.save()
    assert article.version == 2
    assert article.reading_grade > 12
