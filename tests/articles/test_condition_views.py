import re

import pytest
from django.urls import reverse

from articles.models import Status, Urgency
from clinic.models import ClinicSettings, ContentVersion
from tests.factories import ActivityFactory, ArticleFactory, CareAdviceFactory, ConditionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def condition():
    condition = ConditionFactory(
        published=True,
        title="Runner's knee test",
        also_known_as="Runner's knee\nAnterior knee pain",
        icd10_codes="m22.2x1, M22.2X2",
        causes="<p>Too much running.</p>",
        self_care="<p>Rest and ice.</p>",
        treatment="<p>Physio exercises.</p>",
        prevention="<p>Build up slowly.</p>",
        activities=[ActivityFactory(slug="running", name="Running")],
    )
    CareAdviceFactory(
        condition=condition, urgency=Urgency.EMERGENCY, heading="Call now if:", order=0
    )
    CareAdviceFactory(
        condition=condition, urgency=Urgency.ROUTINE, heading="See a physio if:", order=1
    )
    return condition


def test_condition_page_shows_sections_in_order(client, condition):
    page = client.get(condition.get_absolute_url()).content.decode()
    headings = re.findall(r'<h2 id="(section-\w+|when-to-get-help)"', page)
    assert headings == [
        "section-overview",
        "section-symptoms",
        "when-to-get-help",
        "section-causes",
        "section-self_care",
        "section-treatment",
        "section-prevention",
    ]
    assert "Things you can do yourself" in page


def test_care_cards_carry_their_urgency_in_words(client, condition):
    page = client.get(condition.get_absolute_url()).content.decode()
    assert 'data-urgency="emergency"' in page and 'data-urgency="routine"' in page
    assert "Immediate action required" in page and "Non-urgent advice" in page
    assert 'Call <a href="tel:' in page  # the emergency number from clinic settings


def test_codes_aliases_and_dates(client, condition):
    page = client.get(condition.get_absolute_url()).content.decode()
    assert "M22.2X1, M22.2X2" in page  # normalised on save
    assert "Also called: Runner&#x27;s knee, Anterior knee pain" in page
    assert "Page last reviewed" in page and "Next review due" in page
    assert "running" in page


def test_related_articles_show_in_both_directions(client, condition):
    article = ArticleFactory(published=True, title="Ice after a run")
    hidden = ArticleFactory(title="Draft article")
    condition.related_articles.set([article, hidden])
    page = client.get(condition.get_absolute_url()).content.decode()
    assert "Ice after a run" in page and "Draft article" not in page
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Related conditions" in page and "Runner&#x27;s knee test" in page


@pytest.mark.parametrize("status", [Status.DRAFT, Status.REVIEW, Status.ARCHIVED])
def test_unpublished_conditions_are_404(client, status):
    condition = ConditionFactory(status=status)
    assert client.get(condition.get_absolute_url()).status_code == 404


def test_staff_can_preview_a_draft_condition(client, author):
    condition = ConditionFactory()
    client.force_login(author)
    response = client.get(condition.get_absolute_url())
    assert response.status_code == 200
    assert "Patients cannot see it yet" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        {"onset": "overuse", "area": ["front", "inner"], "activity": "running", "q": "knee"},
        {"activity": ["running", "stairs"]},
        {},  # the option counts of the whole catalogue cost the same
    ],
)
@pytest.mark.parametrize("count", [5, 200])
def test_catalogue_query_count_is_fixed(client, django_assert_max_num_queries, count, query):
    running, stairs = ActivityFactory(slug="running"), ActivityFactory(slug="stairs")
    for index in range(count):
        condition = ConditionFactory(published=True, activities=[running, stairs])
        if index % 2:
            CareAdviceFactory(condition=condition)
    url = reverse("conditions:list")
    client.get(url, query)  # warm the clinic-settings cache
    ContentVersion.bump()  # and miss the page cache
    ClinicSettings.load()  # read once per content version, not per page
    # The content version, validating the activity slugs, the page, its count,
    # three option counts and the activity checkboxes: eight, whatever the
    # number of conditions.
    with django_assert_max_num_queries(8):
        response = client.get(url, query)
    assert response.context["paginator"].count == count
    # Not cheap by leaving the numbers out: every condition counts under "Overuse".
    onset = {o["value"]: o["count"] for o in response.context["facet_groups"][0]["options"]}
    assert onset == {"injury": 0, "overuse": count, "wear": 0}


@pytest.mark.parametrize("count", [5, 200])
def test_condition_page_query_count_is_fixed(client, django_assert_max_num_queries, count):
    activities = [ActivityFactory() for _ in range(3)]
    condition = ConditionFactory(published=True, activities=activities)
    CareAdviceFactory.create_batch(3, condition=condition)
    condition.related_articles.set(ArticleFactory.create_batch(count // 5, published=True))
    ConditionFactory.create_batch(count, published=True)
    client.get(condition.get_absolute_url())
    ContentVersion.bump()  # a page-cache miss
    ClinicSettings.load()  # read once per content version, not per page
    # content version + condition + care advice + activities + related articles
    # + the safety net (every condition page shows its three groups, CLINICAL.md
    # v3.1, also when no card of the condition is an emergency or urgent one)
    # + its live exercises + its live programme templates (the exercises tags).
    with django_assert_max_num_queries(8):
        assert client.get(condition.get_absolute_url()).status_code == 200


def test_staff_get_the_catalogue_body_built_once_per_content_version(
    admin_client, django_assert_max_num_queries
):
    ConditionFactory(published=True, title="Jumper's knee", onset="overuse")
    ClinicSettings.load()  # creating the settings row is a content change
    first = admin_client.get("/conditions/", {"onset": "overuse"})
    # A session cookie: never the stored page, but the body is reused.
    with django_assert_max_num_queries(3):  # the session, the user, their device
        again = admin_client.get("/conditions/", {"onset": "overuse"})
    assert again.content == first.content
    ConditionFactory(published=True, title="Hoffa's fat pad", onset="overuse")
    assert "Hoffa" in admin_client.get("/conditions/", {"onset": "overuse"}).content.decode()
