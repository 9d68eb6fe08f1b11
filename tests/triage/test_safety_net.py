"""One safety net, one source.

The same red-flag list (same items, same order) appears on every outcome, in
the "When to get help" article and in every condition's care cards; editing
it once changes them all.
"""

import re

import pytest

from articles.models import Article, Condition
from clinic.models import ClinicSettings, ClinicWords
from tests.triage.answers import answers
from tests.triage.spanish import es_get, es_post
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
    return [item.text for item in SafetyNetItem.objects.published()]


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
    item = SafetyNetItem.objects.published().get(
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


# Three groups everywhere, in the clinic's words -------------------------------

GROUPS = ("emergency", "urgent_doctor", "urgent")
GROUP = re.compile(
    r'<div class="safety-net__group[^"]*" data-safety-group="(\w+)">(.*?)</div>', re.S
)
WORDS = {
    "en": {
        "urgent_care": "the walk-in center on Main Street",
        "out_of_hours": "call our nurse line",
    },
    "es": {
        "urgent_care": "el centro sin cita de la calle Main",
        "out_of_hours": "llame a la enfermera",
    },
}
CLOSED = {"en": "If everything is closed, {}.", "es": "Si todo está cerrado, {}."}


def groups_in(html: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for group, body in GROUP.findall(html):
        found.setdefault(group, []).append(body)
    return found


def pages_in(client, language: str) -> dict[str, str]:
    """A self-care result, the "When to get help" article and each condition page."""
    get = (lambda path: es_get(client, path)) if language == "es" else client.get
    post = (lambda path, data: es_post(client, path, data)) if language == "es" else client.post
    response = post("/triage/", BY_OUTCOME["self_care"])
    assert response.status_code == 302
    pages = {"self-care result": get(response["Location"]).content.decode()}
    when = Article.objects.published().get(topic="when_to_get_help")
    pages["when to get help"] = get(when.get_absolute_url()).content.decode()
    for condition in Condition.objects.published():
        pages[condition.slug] = get(condition.get_absolute_url()).content.decode()
    assert len(pages) == 2 + Condition.objects.published().count() >= 6
    return pages


def set_clinic_words():
    clinic = ClinicSettings.load()
    clinic.emergency_number = "999"
    clinic.urgent_care = WORDS["en"]["urgent_care"]
    clinic.out_of_hours = WORDS["en"]["out_of_hours"]
    clinic.save()
    ClinicWords.objects.update_or_create(clinic=clinic, language="es", defaults=WORDS["es"])


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_page_holds_all_three_groups_in_the_clinics_words(client, demo, spanish, language):
    pages_in(client, language)  # fills the page cache with the old words
    set_clinic_words()
    words = WORDS[language]
    for name, html in pages_in(client, language).items():
        groups = groups_in(html)
        assert set(groups) == set(GROUPS), name
        for group in GROUPS:
            body = " ".join(groups[group])
            assert "<li data-safety-net-item>" in body, (name, group)
            if group == "emergency":
                assert 'href="tel:999"' in body, name
                continue
            assert words["urgent_care"] in body, (name, group)
            assert CLOSED[language].format(words["out_of_hours"]) in body, (name, group)
            assert "911" not in body and "emergency room" not in body, (name, group)
        # Nothing on the page sends the patient elsewhere when everything is closed.
        closed = re.findall(r"(?:If everything is closed|Si todo está cerrado), ([^.<]*)", html)
        assert closed and set(closed) == {words["out_of_hours"]}, (name, closed)
        other = WORDS["es" if language == "en" else "en"]
        assert other["out_of_hours"] not in html and other["urgent_care"] not in html, name


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_safety_net_says_what_the_triage_result_says_when_everything_is_closed(
    client, demo, spanish, language
):
    set_clinic_words()
    post = (lambda p, d: es_post(client, p, d)) if language == "es" else client.post
    get = (lambda p: es_get(client, p)) if language == "es" else client.get
    response = post("/triage/", BY_OUTCOME["urgent"])
    html = get(response["Location"]).content.decode()
    sentence = CLOSED[language].format(WORDS[language]["out_of_hours"])
    advice = html.split("data-safety-net", 1)[0]
    assert sentence in advice  # the outcome's own advice
    assert all(sentence in " ".join(groups_in(html)[g]) for g in ("urgent_doctor", "urgent"))


def test_a_condition_without_emergency_or_urgent_cards_still_shows_all_three_groups(client, demo):
    condition = Condition.objects.published().first()
    condition.care_advice.exclude(urgency="routine").delete()
    html = client.get(condition.get_absolute_url()).content.decode()
    assert set(groups_in(html)) == set(GROUPS)


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_pdfs_html_holds_the_same_three_groups_in_the_clinics_words(
    client, demo, spanish, language, monkeypatch
):
    """The handouts render the same include: its HTML, as WeasyPrint gets it."""
    from handouts import pdf

    rendered = []
    real = pdf.render_to_string

    def keep(*args, **kwargs):  # the real rendering, its HTML kept for the test
        rendered.append(real(*args, **kwargs))
        return rendered[-1]

    monkeypatch.setattr(pdf, "render_to_string", keep)
    set_clinic_words()
    get = (lambda path: es_get(client, path)) if language == "es" else client.get
    post = (lambda path, data: es_post(client, path, data)) if language == "es" else client.post
    location = post("/triage/", BY_OUTCOME["self_care"])["Location"]
    when = Article.objects.published().get(topic="when_to_get_help")
    condition = Condition.objects.published().get(slug="meniscus-tear")
    for path in (location, when.get_absolute_url(), condition.get_absolute_url()):
        assert get(path + "handout.pdf")["Content-Type"] == "application/pdf"
    assert len(rendered) == 3
    sentence = CLOSED[language].format(WORDS[language]["out_of_hours"])
    for html in rendered:
        groups = groups_in(html)
        assert set(groups) == set(GROUPS)
        assert all(sentence in " ".join(groups[g]) for g in ("urgent_doctor", "urgent"))
        assert 'href="tel:999"' in " ".join(groups["emergency"])


def test_a_sign_left_in_english_on_a_spanish_page_is_marked_english(client, demo, spanish):
    """A screen reader reads it in English; every translated sign stays Spanish."""
    from clinic.models import ContentVersion
    from triage.models import Translation

    sign = SafetyNetItem.objects.published().get(text=defaults.SAFETY_NET[0][1])
    Translation.objects.filter(part="safety_net", key=sign.key, language="es").delete()
    ContentVersion.bump()
    for name, html in pages_in(client, "es").items():
        items = re.findall(r'<li data-safety-net-item( lang="en")?>([^<]*)</li>', html)
        assert sign.text in [text for _marked, text in items], name
        for marked, text in items:
            assert bool(marked) == (text == sign.text), (name, text)
