"""Each endpoint's queries, counted, and flat in the number of items."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from clinic import memo
from tests.api.conftest import ICD10
from tests.factories import (
    ActivityFactory,
    ArticleFactory,
    CareAdviceFactory,
    CareAdviceTranslationFactory,
    ConditionFactory,
    ConditionTranslationFactory,
    ProgrammeTemplateFactory,
    ProgrammeTemplateTranslationFactory,
)

# Every request also counts itself for the rate limit (one upsert, and a
# clean-up at the start of a window) and reads the content version at most
# once a second: those are the same whatever the content, so they are left out
# of the comparison and bounded in the total.
BOOKKEEPING = ("clinic_ratecount", "portal_contentversion")


def content_queries(client, url: str) -> list[str]:
    memo.forget()  # the uncached path: what the first request after a change costs
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return [
        q["sql"] for q in captured.captured_queries if not any(t in q["sql"] for t in BOOKKEEPING)
    ]


def make_content(n: int) -> None:
    running = ActivityFactory(slug="running")
    for index in range(n):
        article = ArticleFactory(published=True)
        condition = ConditionFactory(
            slug=f"condition-{n}-{index}",
            icd10_codes="M17.11",
            activities=[running],
            published=True,
        )
        condition.related_articles.add(article)
        card = CareAdviceFactory(condition=condition)
        # A live exercise programme for the Infobutton's entries, translated for some.
        template = ProgrammeTemplateFactory(published=True, conditions=[condition])
        if index % 2:
            CareAdviceTranslationFactory(
                translation=ConditionTranslationFactory(source=condition, published=True),
                card=card,
            )
            ProgrammeTemplateTranslationFactory(source=template, published=True)


# Per endpoint: (address, queries on content). Lists: a count and a page, then one
# query per prefetched relation; conditions add the warning signs for care cards.
# The Infobutton: the conditions, their live programme templates, and the clinic
# settings with their words in other languages for the feed's author (read once
# per content version).
ENDPOINTS = [
    ("/api/v1/articles/?page_size=100", 3),
    ("/api/v1/conditions/?page_size=100", 6),
    ("/api/v1/conditions/?page_size=100&activity=running&onset=overuse", 7),
    (f"/api/infobutton/?mainSearchCriteria.v.c=M17&mainSearchCriteria.v.cs={ICD10}", 4),
    (
        f"/api/infobutton/?mainSearchCriteria.v.c=M17&mainSearchCriteria.v.cs={ICD10}"
        "&knowledgeResponseType=text/xml",
        4,
    ),
    ("/api/infobutton/?mainSearchCriteria.v.dn=knee+condition", 4),
    # In Spanish: also the live translations of the items and of their related
    # pages, the care cards' words, the activities' names, and for conditions the
    # Spanish warning signs (the questionnaire in Spanish, once per content version).
    ("/api/v1/articles/?page_size=100&language=es", 6),
    ("/api/v1/conditions/?page_size=100&language=es", 11),
    # In Spanish: also the live translations (the conditions' with their care
    # cards' words, the templates').
    (
        f"/api/infobutton/?mainSearchCriteria.v.c=M17&mainSearchCriteria.v.cs={ICD10}"
        "&informationRecipient.languageCode.c=es",
        7,
    ),
]


@pytest.mark.parametrize(("url", "expected"), ENDPOINTS)
def test_queries_are_flat_in_the_number_of_items(client, clinic, url, expected):
    make_content(3)
    few = content_queries(client, url)
    make_content(27)
    many = content_queries(client, url)
    assert len(few) == len(many) == expected, "\n".join(many)


@pytest.mark.parametrize("slug", ["condition-3-0", "article"])
def test_detail_pages_take_a_fixed_number_of_queries(
    client, clinic, django_assert_max_num_queries, slug
):
    make_content(3)
    article = ArticleFactory(slug="article", published=True)
    for condition in ConditionFactory._meta.model.objects.all():
        condition.related_articles.add(article)
    url = f"/api/v1/{'conditions' if slug.startswith('condition') else 'articles'}/{slug}/"
    expected = 5 if slug.startswith("condition") else 2
    assert len(content_queries(client, url)) == expected
    memo.forget()
    with django_assert_max_num_queries(expected + len(BOOKKEEPING) + 1):
        client.get(url)


def test_the_questionnaire_takes_a_fixed_number_of_queries(
    client, demo, django_assert_max_num_queries
):
    # The questionnaire and its questions, outcomes, warning signs, rules and
    # clauses; the clinic settings and their words for the outcomes' placeholders.
    assert len(content_queries(client, "/api/v1/triage/questionnaire/")) == 8
    memo.forget()
    with django_assert_max_num_queries(7 + len(BOOKKEEPING) + 1):
        client.get("/api/v1/triage/questionnaire/")


@pytest.mark.parametrize("url", [url for url, _ in ENDPOINTS] + ["/api/v1/triage/questionnaire/"])
def test_a_repeat_costs_no_content_query(client, demo, url):
    make_content(3)
    memo.forget()
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    content = [q for q in captured.captured_queries if not any(t in q["sql"] for t in BOOKKEEPING)]
    assert content == []
