"""The read-only content API at /api/v1/: what it answers and how it filters and pages."""

import pytest

from articles.models import Area, Onset, Topic
from clinic.models import ContentVersion
from tests.factories import (
    ActivityFactory,
    ArticleFactory,
    CareAdviceFactory,
    ConditionFactory,
)


def slugs(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [item["slug"] for item in response.json()["results"]]


def test_a_condition_with_codes_onset_areas_activities_care_cards_and_articles(client, clinic):
    running = ActivityFactory(slug="running", name="Running")
    article = ArticleFactory(slug="ice", title="Ice helps", published=True)
    condition = ConditionFactory(
        slug="runners-knee",
        title="Runner's knee",
        also_known_as="Kneecap pain",
        icd10_codes="M22.2X1 M22.2X2",
        onset=Onset.OVERUSE,
        areas=[Area.FRONT, Area.WHOLE],
        activities=[running],
        published=True,
    )
    condition.related_articles.add(article)
    CareAdviceFactory(condition=condition, heading="See a physio if:", action="Book a visit.")
    item = client.get("/api/v1/conditions/runners-knee/").json()
    assert item["title"] == "Runner's knee"
    assert item["url"] == "http://testserver/conditions/runners-knee/"
    assert item["also_known_as"] == ["Kneecap pain"]
    assert item["icd10_codes"] == ["M22.2X1", "M22.2X2"]
    assert item["onset"] == {"value": "overuse", "label": "Overuse"}
    assert item["areas"] == [
        {"value": "front", "label": "Front of the knee"},
        {"value": "whole", "label": "Whole knee"},
    ]
    assert item["activities"] == [{"slug": "running", "name": "Running"}]
    assert item["care_cards"] == [
        {
            "urgency": "routine",
            "urgency_label": "Non-urgent advice",
            "heading": "See a physio if:",
            "points": ["It hurts for more than 2 weeks", "It keeps you awake"],
            "action": "Book a visit.",
        }
    ]
    assert item["related_articles"] == [
        {
            "slug": "ice",
            "title": "Ice helps",
            "url": "http://testserver/articles/ice/",
            "language": "en",
        }
    ]
    assert item["last_reviewed"] == condition.reviewed_on.isoformat()
    assert item["next_review_due"] == condition.next_review_due.isoformat()
    assert item["handouts"] == {
        "pdf": "http://testserver/conditions/runners-knee/handout.pdf",
        "large_print_pdf": "http://testserver/conditions/runners-knee/handout.pdf?size=large",
    }
    assert [s["name"] for s in item["sections"]] == ["overview", "symptoms"]
    # The list has the same fields but the sections and the lead image.
    [listed] = client.get("/api/v1/conditions/").json()["results"]
    assert listed == {k: v for k, v in item.items() if k not in ("sections", "lead_image")}


def test_emergency_cards_list_the_questionnaires_warning_signs_as_the_page_does(client, demo):
    item = client.get("/api/v1/conditions/meniscus-tear/").json()
    emergency = next(c for c in item["care_cards"] if c["urgency"] == "emergency")
    assert "your knee or kneecap looks out of place" in emergency["points"]
    page = client.get("/conditions/meniscus-tear/").content.decode()
    for point in emergency["points"]:
        assert point.replace("'", "&#x27;") in page


def test_demo_content_has_no_review_dates(client, demo):
    for item in client.get("/api/v1/articles/").json()["results"]:
        assert item["is_sample_content"] is True
        assert item["last_reviewed"] is None
        assert item["next_review_due"] is None


def test_an_article_with_its_body_and_related_conditions(client, clinic):
    article = ArticleFactory(slug="rest", topic=Topic.RECOVERY, published=True)
    ConditionFactory(slug="sore", published=True).related_articles.add(article)
    item = client.get("/api/v1/articles/rest/").json()
    assert item["body"] == article.body
    assert item["topic"] == {"value": "recovery", "label": "Recovery"}
    assert item["related_conditions"][0]["slug"] == "sore"
    assert "body" not in client.get("/api/v1/articles/").json()["results"][0]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["ligament", "meniscus", "runners"]),
        ("onset=injury", ["ligament", "meniscus"]),
        ("onset=injury&onset=overuse", ["ligament", "meniscus", "runners"]),
        ("area=back", ["meniscus"]),
        ("onset=injury&area=inner", ["ligament"]),
        ("activity=pivoting", ["ligament", "meniscus"]),
        ("q=torn", ["ligament", "meniscus"]),
        ("q=RUNNER", ["runners"]),
        ("icd10=S83.5", ["ligament"]),
        ("icd10=s83", ["ligament", "meniscus"]),
        ("ordering=-name", ["runners", "meniscus", "ligament"]),
    ],
)
def test_conditions_filter_like_the_catalogue(client, clinic, query, expected):
    pivoting = ActivityFactory(slug="pivoting")
    running = ActivityFactory(slug="running")
    ConditionFactory(
        slug="ligament", title="A ligament sprain", also_known_as="Torn ACL",
        onset=Onset.INJURY, areas=[Area.INNER], icd10_codes="S83.511A",
        activities=[pivoting], published=True,
    )  # fmt: skip
    ConditionFactory(
        slug="meniscus", title="B meniscus tear", also_known_as="Torn meniscus",
        onset=Onset.INJURY, areas=[Area.BACK], icd10_codes="S83.211A",
        activities=[pivoting], published=True,
    )  # fmt: skip
    ConditionFactory(
        slug="runners", title="C runner's knee", onset=Onset.OVERUSE, areas=[Area.FRONT],
        icd10_codes="M22.2X1", activities=[running], published=True,
    )  # fmt: skip
    assert slugs(client.get(f"/api/v1/conditions/?{query}")) == expected


def test_articles_filter_by_topic_and_words(client, clinic):
    ArticleFactory(slug="a", title="Ice a sore knee", topic=Topic.TREATMENT, published=True)
    ArticleFactory(slug="b", title="Warm up first", topic=Topic.PREVENTION, published=True)
    assert slugs(client.get("/api/v1/articles/?topic=prevention")) == ["b"]
    assert slugs(client.get("/api/v1/articles/?topic=prevention&topic=treatment")) == ["a", "b"]
    assert slugs(client.get("/api/v1/articles/?q=SORE")) == ["a"]


def test_pages_of_results(client, clinic):
    ArticleFactory.create_batch(25, published=True)
    first = client.get("/api/v1/articles/").json()
    assert first["count"] == 25
    assert len(first["results"]) == 20
    assert first["next"] == "http://testserver/api/v1/articles/?page=2"
    second = client.get(first["next"]).json()
    assert len(second["results"]) == 5
    assert second["next"] is None
    small = client.get("/api/v1/articles/?page_size=10&page=3").json()
    assert len(small["results"]) == 5


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("page=0", "page"),
        ("page=-1", "page"),
        ("page=abc", "page"),
        ("page=2", "page"),  # past the last page
        ("page=%C2%B2", "page"),  # a superscript two is a digit to Python, not a page
        ("page_size=0", "page_size"),
        ("page_size=101", "page_size"),
        ("onset=sometimes", "onset"),
        ("area=elbow", "area"),
        ("activity=knitting", "activity"),
        ("ordering=price", "ordering"),
        ("icd10=17", "icd10"),
        ("q=" + "x" * 101, "q"),
        ("q=knee%00", "q"),
    ],
)
def test_bad_parameters_are_problems_naming_the_parameter(client, clinic, query, parameter):
    ConditionFactory(published=True)
    response = client.get(f"/api/v1/conditions/?{query}")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    problem = response.json()
    assert problem["parameter"] == parameter
    assert problem["status"] == 400
    assert problem["title"] and problem["detail"]
    assert problem["invalid_params"][0]["name"] == parameter


def test_unknown_parameters_are_ignored(client, clinic):
    ConditionFactory(slug="one", published=True)
    assert slugs(client.get("/api/v1/conditions/?utm_source=ehr")) == ["one"]


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/articles/",
        "/api/v1/articles/a/",
        "/api/v1/conditions/",
        "/api/v1/triage/questionnaire/",
        "/api/infobutton/",
        "/api/schema/",
        "/api/nothing-here/",
    ],
)
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writing_is_not_allowed(client, clinic, url, method):
    response = getattr(client, method)(url, data="{}", content_type="application/json")
    assert response.status_code == 405
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["status"] == 405
    assert "POST" not in response["Allow"]


def test_head_and_options_are_allowed(client, clinic):
    ArticleFactory(published=True)
    assert client.head("/api/v1/articles/").status_code == 200
    options = client.options("/api/v1/articles/")
    assert options.status_code == 200
    assert options["Allow"] == "GET, HEAD, OPTIONS"


def test_answers_carry_an_etag_and_revalidate_with_304(client, clinic):
    article = ArticleFactory(slug="a", published=True)
    first = client.get("/api/v1/articles/")
    assert first["Cache-Control"] == "public, max-age=60"
    etag = first["ETag"]
    again = client.get("/api/v1/articles/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    article.title = "A new title"
    article.save()
    changed = client.get("/api/v1/articles/", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed.json()["results"][0]["title"] == "A new title"
    assert changed["ETag"] != etag


def test_an_edit_shows_at_once_though_answers_are_kept(client, clinic):
    ArticleFactory(slug="a", title="Before", published=True)
    assert client.get("/api/v1/articles/a/").json()["title"] == "Before"
    version = ContentVersion.current()
    ArticleFactory(slug="b", published=True)
    assert ContentVersion.current() != version
    assert slugs(client.get("/api/v1/articles/")) == ["a", "b"]


def test_the_questionnaires_public_structure(client, demo):
    data = client.get("/api/v1/triage/questionnaire/").json()
    by_key = {q["key"]: q for q in data["questions"]}
    assert by_key["age"]["kind"] == "number"
    assert by_key["age"]["step"] == 1
    assert by_key["pop"]["ask_when"] == "injury = yes"
    assert by_key["injury"]["choices"] == [
        {"value": "yes", "label": "Yes"},
        {"value": "no", "label": "No"},
    ]
    ranks = [o["rank"] for o in data["outcomes"]]
    assert ranks == sorted(ranks) == list(range(1, 7))
    emergency = data["outcomes"][0]
    assert emergency["urgency"] == "emergency"
    # Placeholders are filled in from clinic settings, as patients read them.
    assert "{emergency_number}" not in emergency["headline"]
    assert "911" in emergency["headline"] + emergency["advice"]
    assert data["warning_signs"]
    text = str(data)
    # No staff-only parts: change notes, rules' sources, test cases, who approved it.
    for internal in ("notes", "rules", "test_cases", "approved_by", "source"):
        assert f"'{internal}'" not in text


def test_the_schema_and_docs_answer(client, clinic):
    schema = client.get("/api/schema/")
    assert schema.status_code == 200
    assert schema["Content-Type"].startswith("application/vnd.oai.openapi")
    assert b"/api/v1/conditions/{slug}/" in schema.content
    docs = client.get("/api/docs/")
    assert docs.status_code == 200
    assert b"swagger-ui-bundle.js" in docs.content
    assert b"<script>" not in docs.content  # no inline script: CSP stays strict


def test_urgent_cards_list_both_today_groups_and_the_questionnaire_all_three(client, demo):
    """CLINICAL.md v3.1: an emergency card carries the emergency group, an urgent
    card "see a doctor today" then "get seen today", as on the page."""
    from triage.defaults import SAFETY_NET

    by_group = {
        group: [text for g, text, _covers in SAFETY_NET if g == group]
        for group in ("emergency", "urgent_doctor", "urgent")
    }
    item = client.get("/api/v1/conditions/meniscus-tear/").json()
    cards = {card["urgency"]: card for card in item["care_cards"]}
    assert cards["emergency"]["points"][: len(by_group["emergency"])] == by_group["emergency"]
    today = by_group["urgent_doctor"] + by_group["urgent"]
    assert cards["urgent"]["points"][: len(today)] == today
    assert not set(cards["routine"]["points"]) & {t for _g, t, _c in SAFETY_NET}
    signs = client.get("/api/v1/triage/questionnaire/").json()["warning_signs"]
    assert [(s["level"], s["text"]) for s in signs] == [(g, t) for g, t, _c in SAFETY_NET]
    assert {s["level"]: s["urgency"] for s in signs} == {
        "emergency": "emergency",
        "urgent_doctor": "urgent",
        "urgent": "urgent",
    }
    assert {s["level_label"] for s in signs} == {
        "Call the emergency number or go to the ER now",
        "See a doctor today",
        "Get seen today at the clinic or urgent care",
    }
