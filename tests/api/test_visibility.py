"""Drafts, items in review, approved but unpublished,
scheduled and archived items never appear in any API response."""

from datetime import timedelta

import pytest
from django.utils import timezone

from clinic.models import ContentVersion
from tests.api.conftest import HIDDEN, ICD10
from tests.factories import ArticleFactory, ConditionFactory
from triage import services
from triage.models import Questionnaire, QuestionnaireStatus

LISTS = [
    "/api/v1/articles/",
    "/api/v1/articles/?q=knee",
    "/api/v1/articles/?topic=treatment",
    "/api/v1/articles/?page_size=100",
    "/api/v1/conditions/",
    "/api/v1/conditions/?q=meniscus",
    "/api/v1/conditions/?icd10=M17",
    "/api/v1/conditions/?icd10=S83.5",
    "/api/v1/conditions/?onset=overuse&area=front",
    "/api/v1/conditions/?ordering=-updated",
    "/api/v1/conditions/live-condition/",
    "/api/v1/articles/live-article/",
    f"/api/infobutton/?mainSearchCriteria.v.c=M17.11&mainSearchCriteria.v.cs={ICD10}",
    f"/api/infobutton/?mainSearchCriteria.v.c=S83&mainSearchCriteria.v.cs={ICD10}",
    f"/api/infobutton/?mainSearchCriteria.v.c=M17.11&mainSearchCriteria.v.cs={ICD10}"
    "&knowledgeResponseType=text/xml",
    "/api/infobutton/?mainSearchCriteria.v.dn=meniscus",
    "/api/infobutton/?mainSearchCriteria.v.dn=hidden+torn+meniscus",
    "/api/infobutton/?mainSearchCriteria.v.dn=meniscus&knowledgeResponseType=text/xml",
]


@pytest.mark.parametrize("url", LISTS)
def test_hidden_items_never_appear(client, hidden_content, live_content, url):
    response = client.get(url)
    assert response.status_code == 200, response.content
    text = response.content.decode()
    assert "hidden-" not in text
    assert "Hidden " not in text


def test_the_lists_do_show_the_live_items(client, hidden_content, live_content):
    """So the test above could fail: the same addresses list what is live."""
    articles = client.get("/api/v1/articles/").json()
    assert [a["slug"] for a in articles["results"]] == ["live-article"]
    conditions = client.get("/api/v1/conditions/?q=meniscus").json()
    assert [c["slug"] for c in conditions["results"]] == ["live-condition"]
    feed = client.get(
        f"/api/infobutton/?mainSearchCriteria.v.c=M17.11&mainSearchCriteria.v.cs={ICD10}"
    ).json()["feed"]
    assert [e["title"] for e in feed["entry"]] == ["Live meniscus condition"]
    detail = client.get("/api/v1/conditions/live-condition/").json()
    assert [a["slug"] for a in detail["related_articles"]] == ["live-article"]


@pytest.mark.parametrize("state", HIDDEN)
@pytest.mark.parametrize("kind", ["articles", "conditions"])
def test_a_hidden_items_own_address_is_not_found(client, hidden_content, state, kind):
    response = client.get(f"/api/v1/{kind}/hidden-{state}-{kind[:-1]}/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"
    assert "Hidden" not in response.content.decode()
    # The same answer as for an address that never existed.
    assert (
        response.json()["detail"] == client.get(f"/api/v1/{kind}/never-existed/").json()["detail"]
    )


def test_relations_to_hidden_items_are_left_out(client, hidden_content, clinic):
    article = ArticleFactory(slug="live-with-hidden-relations", published=True)
    condition = ConditionFactory(slug="live-condition-with-hidden", published=True)
    for hidden_article, hidden_condition in hidden_content.values():
        hidden_article.related_conditions.add(condition)
        article.related_conditions.add(hidden_condition)
    assert client.get(f"/api/v1/articles/{article.slug}/").json()["related_conditions"] == []
    assert client.get(f"/api/v1/conditions/{condition.slug}/").json()["related_articles"] == []


def test_a_scheduled_item_appears_once_its_time_has_come(client, clinic):
    ConditionFactory(
        slug="went-live", published=True, publish_at=timezone.now() - timedelta(minutes=1)
    )
    assert [c["slug"] for c in client.get("/api/v1/conditions/").json()["results"]] == ["went-live"]


def test_only_the_published_questionnaire_is_served(client, demo):
    published = Questionnaire.objects.get(status=QuestionnaireStatus.PUBLISHED)
    draft = services.questionnaire_clone(questionnaire=published)
    draft.title = "Draft questionnaire: not for patients"
    draft.save()
    draft.questions.filter(key="age").update(text="Draft question text")
    response = client.get("/api/v1/triage/questionnaire/")
    assert response.json()["version"] == published.version
    assert "Draft" not in response.content.decode()
    # Retired, with only a draft left: nothing is served.
    Questionnaire.objects.filter(pk=published.pk).update(status=QuestionnaireStatus.RETIRED)
    ContentVersion.bump()
    gone = client.get("/api/v1/triage/questionnaire/")
    assert gone.status_code == 404
    assert gone["Content-Type"] == "application/problem+json"
    assert "Draft" not in gone.content.decode()
