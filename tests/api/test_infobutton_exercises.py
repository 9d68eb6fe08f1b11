"""The Infobutton answers a condition's live exercise programme templates with its
pages: title, summary and page, in the language asked for where translated."""

import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from django.utils import timezone

from exercises.models import ProgrammeTemplate
from publishing.models import Status
from publishing.services import publishable_save, publishable_transition
from tests.api.conftest import ICD10
from tests.api.test_infobutton import ATOM, ask
from tests.factories import (
    ConditionFactory,
    ProgrammeTemplateFactory,
    ProgrammeTemplateTranslationFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("clinic")]

HIDDEN = {
    "draft": {"status": Status.DRAFT},
    "in-review": {"status": Status.REVIEW},
    "approved": {"status": Status.APPROVED},
    "archived": {"status": Status.ARCHIVED},
    "scheduled": {"published": True, "publish_at": timezone.now() + timedelta(days=2)},
}


@pytest.fixture
def knee_oa():
    return ConditionFactory(
        published=True, slug="knee-oa", title="Knee osteoarthritis", icd10_codes="M17.11"
    )


def templates(response, index: int = 0) -> list[dict]:
    return response.json()["feed"]["entry"][index]["programme_templates"]


def test_a_conditions_live_templates_come_with_its_entry(client, knee_oa):
    ProgrammeTemplateFactory(
        published=True,
        slug="oa-strength",
        title="Knee osteoarthritis: strength",
        summary="Build strength around your knee.",
        conditions=[knee_oa],
    )
    ProgrammeTemplateFactory(
        published=True, slug="oa-early", title="Gentle start", conditions=[knee_oa]
    )
    ProgrammeTemplateFactory(published=True, slug="other", title="Another condition's")
    assert templates(ask(client, "M17.11")) == [
        {
            "title": "Gentle start",
            "summary": "Simple exercises for the first weeks.",
            "url": "http://testserver/exercises/programmes/oa-early/",
            "language": "en",
        },
        {
            "title": "Knee osteoarthritis: strength",
            "summary": "Build strength around your knee.",
            "url": "http://testserver/exercises/programmes/oa-strength/",
            "language": "en",
        },
    ]


def test_none_is_an_empty_list(client, knee_oa):
    assert templates(ask(client, "M17.11")) == []


@pytest.mark.parametrize("state", HIDDEN)
def test_a_template_that_is_not_live_is_never_answered(client, knee_oa, state):
    hidden = ProgrammeTemplateFactory(
        slug=f"hidden-{state}", title=f"Hidden {state}", conditions=[knee_oa], **HIDDEN[state]
    )
    ProgrammeTemplateTranslationFactory(source=hidden, published=True, title="Oculto")
    ProgrammeTemplateFactory(published=True, slug="live", title="Live", conditions=[knee_oa])
    for language in ("en", "es"):
        for response_type in ("application/json", "text/xml"):
            response = ask(
                client,
                "M17.11",
                **{
                    "informationRecipient.languageCode.c": language,
                    "knowledgeResponseType": response_type,
                },
            )
            text = response.content.decode()
            assert "hidden-" not in text and "Hidden" not in text and "Oculto" not in text
            assert "/exercises/programmes/live/" in text  # so the check above can fail


def test_unpublishing_removes_it_and_a_waiting_draft_keeps_the_live_words(
    client, knee_oa, author, publisher
):
    template = ProgrammeTemplateFactory(
        published=True, slug="oa", title="Strength", conditions=[knee_oa]
    )
    edited = ProgrammeTemplate.objects.get(pk=template.pk)
    edited.title = "Zebra title"
    publishable_save(item=template, user=author, data=edited.content_data())
    assert [t["title"] for t in templates(ask(client, "M17.11"))] == ["Strength"]
    publishable_transition(item=template, name="archive", user=publisher)
    assert templates(ask(client, "M17.11")) == []


def test_in_spanish_a_live_translation_else_the_english_page(client, knee_oa):
    ProgrammeTemplateTranslationFactory(
        source=ProgrammeTemplateFactory(
            published=True, slug="oa-strength", title="Strength", conditions=[knee_oa]
        ),
        published=True,
        title="Fuerza",
        summary="Más fuerza alrededor de la rodilla.",
    )
    ProgrammeTemplateTranslationFactory(
        source=ProgrammeTemplateFactory(
            published=True, slug="oa-early", title="Gentle start", conditions=[knee_oa]
        ),
        status=Status.REVIEW,
        title="Comienzo suave",
    )
    answered = templates(ask(client, "M17.11", **{"informationRecipient.languageCode.c": "es"}))
    assert answered == [
        {
            "title": "Fuerza",
            "summary": "Más fuerza alrededor de la rodilla.",
            "url": "http://testserver/es/exercises/programmes/oa-strength/",
            "language": "es",
        },
        {
            "title": "Gentle start",
            "summary": "Simple exercises for the first weeks.",
            "url": "http://testserver/exercises/programmes/oa-early/",
            "language": "en",
        },
    ]


def test_the_atom_feed_links_each_template(client, knee_oa):
    ProgrammeTemplateFactory(
        published=True, slug="oa-strength", title="Strength", conditions=[knee_oa]
    )
    response = ask(client, "M17.11", knowledgeResponseType="text/xml")
    [entry] = ET.fromstring(response.content).findall(f"{ATOM}entry")
    links = [
        link.attrib for link in entry.findall(f"{ATOM}link") if link.get("type") == "text/html"
    ]
    assert {
        "rel": "related",
        "type": "text/html",
        "href": "http://testserver/exercises/programmes/oa-strength/",
        "title": "Strength",
        "hreflang": "en",
    } in links


def test_the_feed_is_as_new_as_its_newest_template(client, knee_oa):
    template = ProgrammeTemplateFactory(published=True, slug="oa", conditions=[knee_oa])
    later = knee_oa.updated + timedelta(days=3)
    ProgrammeTemplate.objects.filter(pk=template.pk).update(updated=later)
    feed = ask(client, "M17.11", system=ICD10).json()["feed"]
    assert feed["updated"].startswith(later.date().isoformat())
