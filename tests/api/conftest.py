"""Content in every workflow state, for the API's tests."""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Status
from clinic.models import ClinicSettings
from tests.factories import ArticleFactory, CareAdviceFactory, ConditionFactory

ICD10 = "2.16.840.1.113883.6.90"
SNOMED = "2.16.840.1.113883.6.96"

# Every state the public must never see, by the slug part that marks it.
HIDDEN = {
    "draft": {"status": Status.DRAFT},
    "in-review": {"status": Status.REVIEW},
    "approved": {"status": Status.APPROVED},
    "scheduled": {"published": True, "publish_at": timezone.now() + timedelta(days=2)},
    "archived": {"status": Status.ARCHIVED},
}


@pytest.fixture
def clinic(db):
    """The clinic settings row, made before any cached GET (making it moves the version)."""
    return ClinicSettings.load()


@pytest.fixture
def hidden_content(clinic):
    """An article and a condition in each hidden state, each one findable by
    every filter and code the live ones answer to."""
    made = {}
    for state, fields in HIDDEN.items():
        if state == "scheduled":
            fields = {**fields, "publish_at": timezone.now() + timedelta(days=2)}
        article = ArticleFactory(
            title=f"Hidden {state} knee article", slug=f"hidden-{state}-article", **fields
        )
        condition = ConditionFactory(
            title=f"Hidden {state} meniscus condition",
            slug=f"hidden-{state}-condition",
            also_known_as=f"Hidden {state} torn meniscus",
            icd10_codes="M17.11 S83.511A S83.211A",
            **fields,
        )
        condition.related_articles.add(article)
        made[state] = (article, condition)
    return made


@pytest.fixture
def live_content(clinic):
    """A live article and a live condition, related to each other."""
    article = ArticleFactory(title="Live knee article", slug="live-article", published=True)
    condition = ConditionFactory(
        title="Live meniscus condition",
        slug="live-condition",
        icd10_codes="M17.11 S83.511A",
        published=True,
    )
    condition.related_articles.add(article)
    CareAdviceFactory(condition=condition)
    return article, condition


from tests.support.illustrated import picture_storage  # noqa: E402, F401 - a fixture
