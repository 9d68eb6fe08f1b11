"""The safety net is as wide as the rules (CLINICAL.md v3.1).

For every rule of rank 1-3, each question key it uses is covered by a warning
sign of the same group or a more urgent one; a version with a gap is refused at
publish (service and admin) and by ``check_triage``, naming the rule and the key.
"""

import re

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.urls import reverse

from triage import coverage, defaults, services
from triage.models import QuestionnaireStatus, SafetyGroup

GROUP_RANK = {group.value: group.rank for group in SafetyGroup}
OUTCOME_RANK = {o["key"]: o["rank"] for o in defaults.OUTCOMES}

# Every (rule, question key) of a shipped rule of rank 1-3, derived from the data.
URGENT_KEYS = [
    (rule["name"], OUTCOME_RANK[rule["outcome"]], key)
    for rule in defaults.RULES
    if OUTCOME_RANK[rule["outcome"]] <= 3
    for key in dict.fromkeys(key for key, _op, _value in rule["clauses"])
]


def shipped_signs(safety_net=None) -> list[coverage.Sign]:
    return [
        coverage.Sign(GROUP_RANK[group], tuple(covers), text)
        for group, text, covers in (safety_net or defaults.SAFETY_NET)
    ]


def test_the_groups_match_the_outcomes_of_rank_1_to_3():
    assert [(g.value, g.rank) for g in SafetyGroup] == [
        ("emergency", 1),
        ("urgent_doctor", 2),
        ("urgent", 3),
    ]
    assert {key: OUTCOME_RANK[key] for key in GROUP_RANK} == GROUP_RANK


def test_the_shipped_rules_have_urgent_keys_at_every_rank():
    assert {rank for _rule, rank, _key in URGENT_KEYS} == {1, 2, 3}
    assert len({rule for rule, _rank, _key in URGENT_KEYS}) >= 30


@pytest.mark.parametrize(("rule", "rank", "key"), URGENT_KEYS)
def test_every_key_of_every_urgent_rule_is_covered_at_its_level_or_above(rule, rank, key):
    covering = [
        text
        for group, text, covers in defaults.SAFETY_NET
        if key in covers and GROUP_RANK[group] <= rank
    ]
    assert covering, f"{rule}: nothing covers {key} at rank {rank} or above"


@pytest.mark.django_db  # shipped_spec is read through the models
def test_the_pure_check_finds_no_gap_in_the_shipped_questionnaire(shipped_spec):
    assert coverage.safety_net_gaps(shipped_spec, shipped_signs()) == []


def test_each_sign_covers_questions_of_the_questionnaire():
    keys = {q["key"] for q in defaults.QUESTIONS}
    for _group, text, covers in defaults.SAFETY_NET:
        assert covers and set(covers) <= keys, text


@pytest.mark.django_db  # shipped_spec is read through the models
@pytest.mark.parametrize(("rule", "rank", "key"), URGENT_KEYS)
def test_a_key_taken_off_every_sign_at_its_level_leaves_a_gap_naming_the_rule(
    shipped_spec, rule, rank, key
):
    narrower = [
        (group, text, tuple(k for k in covers if k != key or GROUP_RANK[group] > rank))
        for group, text, covers in defaults.SAFETY_NET
    ]
    gaps = coverage.safety_net_gaps(shipped_spec, shipped_signs(narrower))
    assert ("safety_net_gap", {"rule": rule, "question": key, "rank": rank}) in gaps


@pytest.mark.django_db  # shipped_spec is read through the models
def test_a_sign_listed_less_urgently_than_its_rule_is_a_gap(shipped_spec):
    """The v3 list had "fever and cannot take 4 steps" only under "see a doctor today"."""
    moved = [
        ("urgent_doctor" if text == "you have a fever and cannot take 4 steps" else group, text, c)
        for group, text, c in defaults.SAFETY_NET
    ]
    gaps = coverage.safety_net_gaps(shipped_spec, shipped_signs(moved))
    assert gaps == [
        (
            "safety_net_gap",
            {"rule": "Fever and cannot take 4 steps", "question": "weight_bear_now", "rank": 1},
        )
    ]


@pytest.mark.django_db  # shipped_spec is read through the models
def test_a_covered_key_that_is_no_question_is_reported(shipped_spec):
    signs = [*shipped_signs(), coverage.Sign(3, ("fevre",), "a typo")]
    gaps = coverage.safety_net_gaps(shipped_spec, signs)
    assert gaps == [("safety_net_unknown_key", {"sign": "a typo", "question": "fevre"})]


def test_keys_are_read_with_commas_or_spaces():
    assert coverage.parse_keys(" fever, hot_swollen,,very_swollen  fever") == (
        "fever",
        "hot_swollen",
        "very_swollen",
    )
    assert coverage.parse_keys("") == ()


# The checks on a stored version ------------------------------------------------


def _open_a_gap(questionnaire):
    """Take weight_bear_now off the emergency sign that covers it (as the v3 list was)."""
    sign = questionnaire.safety_net.get(text="you have a fever and cannot take 4 steps")
    sign.covers = "fever"
    sign.save()


GAP = re.compile(r"Rule 'Fever and cannot take 4 steps' uses the question weight_bear_now")


@pytest.mark.django_db
def test_the_shipped_version_has_no_gap_and_check_triage_passes(demo):
    questionnaire = services.published_questionnaire()
    assert services.questionnaire_structure_problems(questionnaire) == []
    call_command("check_triage")


@pytest.mark.django_db
def test_a_draft_with_a_gap_is_refused_at_publish_naming_the_rule_and_key(demo, reviewer):
    draft = services.questionnaire_clone(questionnaire=services.published_questionnaire())
    _open_a_gap(draft)
    with pytest.raises(ValidationError) as error:
        services.questionnaire_publish(questionnaire=draft, user=reviewer)
    [message] = [m for m in error.value.messages if GAP.search(m)]
    assert "Call the emergency number or go to the ER now" in message  # the group it needs
    draft.refresh_from_db()
    assert draft.status == QuestionnaireStatus.DRAFT
    # Covering the key again (here: on a new emergency sign) lets it through.
    draft.safety_net.create(level="emergency", text="you cannot walk", covers="weight_bear_now")
    services.questionnaire_publish(questionnaire=draft, user=reviewer)


@pytest.mark.django_db
def test_a_gap_covered_only_by_a_less_urgent_group_is_refused(demo, reviewer):
    draft = services.questionnaire_clone(questionnaire=services.published_questionnaire())
    _open_a_gap(draft)
    draft.safety_net.create(level="urgent_doctor", text="you cannot walk", covers="weight_bear_now")
    with pytest.raises(ValidationError, match=GAP.pattern):
        services.questionnaire_publish(questionnaire=draft, user=reviewer)


@pytest.mark.django_db
def test_the_admin_shows_the_gap_when_publishing(client, demo, reviewer):
    draft = services.questionnaire_clone(questionnaire=services.published_questionnaire())
    _open_a_gap(draft)
    client.force_login(reviewer)
    response = client.post(
        reverse("admin:triage_questionnaire_publish", args=[draft.pk]), follow=True
    )
    html = response.content.decode().replace("&#x27;", "'")
    assert "Not published. Fix these first:" in html
    assert GAP.search(html)
    draft.refresh_from_db()
    assert draft.status == QuestionnaireStatus.DRAFT


@pytest.mark.django_db
def test_check_triage_refuses_a_published_version_with_a_gap(demo, capsys):
    _open_a_gap(services.published_questionnaire())
    with pytest.raises(CommandError):
        call_command("check_triage")
    assert GAP.search(capsys.readouterr().out)
