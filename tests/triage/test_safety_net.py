"""Issue 11 acceptance 4: one safety net, one source.

The same red-flag list (same items, same order) appears on every outcome, in
the "When to get help" article and in every condition's care cards; editing
it once changes them all.
"""

import re

import pytest

from articles.models import Article, Condition
from tests.triage.answers import answers
from triage import defaults, services
from triage.models import SafetyNetItem

pytestmark = pytest.mark.django_db

ITEM = re.compile(r"<li data-safety-net-item>(.*?)</li>", re.S)
CARD = re.compile(r'<section class="care-card care-card--(\w+)".*?</section>', re.S)

# One set of answers per outcome (from CLINICAL.md v3's examples).
BY_OUTCOME = {
    "emergency": answers(age=40, hot_swollen="yes", fever="yes"),
    "urgent_doctor": answers(age=45, calf="yes"),
    "urgent": answers(age=33, days_since_start=1, locked="yes"),
    "under_18": answers(age=16),
    "routine": answers(age=45, days_since_start=28, not_improving="yes"),
    "self_care": answers(age=28, days_since_start=5),
}


def live_list() -> list[str]:
    return [item.text for item in SafetyNetItem.objects.live()]


def items_in(html: str) -> list[str]:
    return [text.strip() for text in ITEM.findall(html)]


def outcome_pages(client):
    pages = {}
    for key, data in BY_OUTCOME.items():
        response = client.post("/triage/", data)
        assert response.status_code == 302, key
        pages[f"outcome {key}"] = client.get(response["Location"]).content.decode()
    return pages


def content_pages(client):
    when = Article.objects.published().get(topic="when_to_get_help")
    pages = {"when to get help": client.get(when.get_absolute_url()).content.decode()}
    for condition in Condition.objects.published():
        pages[condition.slug] = client.get(condition.get_absolute_url()).content.decode()
    return pages


def test_the_list_is_the_clinical_list(demo):
    assert live_list() == [text for _group, text, _covers in defaults.SAFETY_NET]


def test_every_outcome_article_and_condition_shows_the_same_list_in_the_same_order(client, demo):
    expected = live_list()
    pages = {**outcome_pages(client), **content_pages(client)}
    assert len(pages) == 6 + 1 + 4
    for name, html in pages.items():
        assert items_in(html) == expected, name


def test_every_condition_has_emergency_and_urgent_cards_that_show_the_list(client, demo):
    # An emergency card shows the emergency group; an urgent card both "today" groups.
    by_level = {
        level: [text for group, text, _covers in defaults.SAFETY_NET if group in groups]
        for level, groups in (("emergency", {"emergency"}), ("urgent", {"urgent_doctor", "urgent"}))
    }
    for condition in Condition.objects.published():
        html = client.get(condition.get_absolute_url()).content.decode()
        cards = {m.group(1): m.group(0) for m in CARD.finditer(html)}
        for level, expected in by_level.items():
            assert level in cards, (condition.slug, level)
            assert items_in(cards[level]) == expected, (condition.slug, level)


def test_editing_the_list_once_changes_every_page(client, demo):
    before = {**outcome_pages(client), **content_pages(client)}  # fills the page cache
    assert all("your knee is jammed" not in html for html in before.values())
    item = SafetyNetItem.objects.live().get(
        text="your knee is stuck (locked) and will not straighten"
    )
    item.text = "your knee is jammed and will not straighten"
    item.save()
    after = {**outcome_pages(client), **content_pages(client)}
    for name, html in after.items():
        assert "your knee is jammed and will not straighten" in items_in(html), name
        assert "your knee is stuck (locked) and will not straighten" not in html, name


def test_a_new_questionnaire_version_brings_its_own_list_to_every_page(client, demo, reviewer):
    draft = services.questionnaire_clone(questionnaire=services.published_questionnaire())
    SafetyNetItem.objects.create(
        questionnaire=draft, level="urgent", text="you cannot stand up", order=99
    )
    assert "you cannot stand up" not in items_in(content_pages(client)["meniscus-tear"])
    services.questionnaire_publish(questionnaire=draft, user=reviewer)
    for name, html in {**outcome_pages(client), **content_pages(client)}.items():
        assert items_in(html)[-1] == "you cannot stand up", name


def test_a_questionnaire_cannot_be_published_without_a_safety_net(demo, reviewer):
    from django.core.exceptions import ValidationError

    draft = services.questionnaire_clone(questionnaire=services.published_questionnaire())
    draft.safety_net.all().delete()
    with pytest.raises(ValidationError, match="warning signs"):
        services.questionnaire_publish(questionnaire=draft, user=reviewer)
