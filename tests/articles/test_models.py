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


@pytest.mark.parametrize(
    ("title", "also_known_as", "repeat"),
    [
        ("Meniscus tear", "Torn cartilage\nmeniscus TEAR", "meniscus TEAR"),
        ("Patellofemoral pain syndrome", "Runner's knee\nRunners knee", "Runners knee"),
        ("Knee osteoarthritis", "Knee arthritis\nknee arthritis", "knee arthritis"),
    ],
)
def test_also_known_as_refuses_a_name_that_repeats_the_title_or_another(
    title, also_known_as, repeat
):
    from django.core.exceptions import ValidationError

    from articles.models import Condition

    condition = Condition(title=title, also_known_as=also_known_as)
    with pytest.raises(ValidationError) as error:
        condition.clean()
    messages = error.value.message_dict["also_known_as"]
    assert len(messages) == 1 and repeat in messages[0]
    assert "search aliases" in messages[0]


def test_distinct_names_and_search_aliases_are_accepted():
    from articles.models import Condition

    condition = Condition(
        title="Patellofemoral pain syndrome",
        also_known_as="Runner's knee\nKneecap pain",
        # Search aliases may repeat a shown name in another spelling: patients never see them.
        search_aliases="Runners knee\nPFPS",
    )
    condition.clean()
    assert condition.search_alias_list == ["Runners knee", "PFPS"]


def test_the_gradual_onset_is_not_called_wear_and_tear():
    from articles.models import Onset

    assert Onset.WEAR.value == "wear"
    assert Onset.WEAR.label == "Gradual, with age"
