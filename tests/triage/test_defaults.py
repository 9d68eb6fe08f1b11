"""The shipped default questionnaire against CLINICAL.md version 3.

The rules are checked as the app reads them (``shipped_spec``: loaded and read
back through the models); the texts straight from the shipped data."""

import re

import pytest

from publishing.readability import measure
from triage import defaults, engine

# CLINICAL.md v3: question key -> (step, "ask only when").
CONTRACT = {
    "age": (1, ""),
    "injury": (1, ""),
    "days_since_start": (1, ""),
    "high_energy": (1, "injury = yes"),
    "deformity": (1, ""),
    "cold_pale_foot": (1, ""),
    "numb_foot": (1, ""),
    "tight_leg": (1, ""),
    "breathless": (1, ""),
    "very_unwell": (1, ""),
    "fever": (1, ""),
    "hot_swollen": (1, ""),
    "very_swollen": (1, ""),
    "weight_bear_now": (1, ""),
    "weight_bear_then": (2, "injury = yes"),
    "pop": (2, "injury = yes"),
    "swelling_fast": (2, "injury = yes"),
    "bend_90": (2, ""),
    "straight_leg": (2, ""),
    "locked": (2, ""),
    "gives_way": (2, ""),
    "calf": (2, ""),
    "recent_surgery": (2, ""),
    "blood_thinners": (2, ""),
    "night_pain": (2, ""),
    "weight_loss": (2, ""),
    "limp_hip": (2, "age < 18"),
    "not_improving": (2, ""),
}
OUTCOMES = [
    ("emergency", "emergency"),
    ("urgent_doctor", "urgent"),
    ("urgent", "urgent"),
    ("under_18", "routine"),
    ("routine", "routine"),
    ("self_care", "self_care"),
]
PLACEHOLDERS = {
    "emergency_number": "911",
    "clinic_phone": "(312) 555-0142",
    "urgent_care": "urgent care",
    "out_of_hours": "go to the emergency room",
}
NOT_US = re.compile(r"physio\b|physiotherap|A&E|\bcentre|\b999\b|\bGP\b|\bcarer\b", re.I)


def test_question_keys_steps_and_branching_are_the_contract():
    got = {q["key"]: (q["step"], q.get("ask_when", "")) for q in defaults.QUESTIONS}
    assert got == CONTRACT
    assert [q["key"] for q in defaults.QUESTIONS] == list(CONTRACT)  # step 1 first


def test_outcomes_have_the_contract_ranks_and_urgencies():
    assert [(o["key"], o["urgency"]) for o in defaults.OUTCOMES] == OUTCOMES
    assert [o["rank"] for o in defaults.OUTCOMES] == [1, 2, 3, 4, 5, 6]
    assert defaults.DEFAULT_OUTCOME == "self_care"


def test_every_rule_cites_a_source_and_gives_a_reason():
    for rule in defaults.RULES:
        assert rule["source"].strip(), rule["name"]
        assert rule["reason"].strip(), rule["name"]
        assert not NOT_US.search(rule["reason"]), rule["name"]


@pytest.mark.django_db  # shipped_spec is read through the models
def test_no_rule_requires_a_red_flag_to_be_no(shipped_spec):
    red_flags = {q.key for q in shipped_spec.questions if q.red_flag}
    for rule in shipped_spec.rules:
        for clause in rule.clauses:
            assert not (clause.question in red_flags and clause.value == engine.NO), rule.name


@pytest.mark.django_db  # shipped_spec is read through the models
def test_every_question_an_emergency_rule_uses_is_on_step_1(shipped_spec):
    for rule in shipped_spec.rules:
        if shipped_spec.outcome(rule.outcome).urgency == engine.EMERGENCY:
            for clause in rule.clauses:
                assert shipped_spec.question(clause.question).step == 1, (
                    rule.name,
                    clause.question,
                )


def test_every_clinical_example_ships_and_there_are_60_more():
    assert len(defaults.CLINICAL_EXAMPLES) == 26
    assert len(defaults.EDGE_CASES) >= 60
    expected = {c["expected"] for c in defaults.TEST_CASES}
    assert expected == {key for key, _urgency in OUTCOMES} | {engine.FORM_ERRORS}
    names = [c["name"] for c in defaults.TEST_CASES]
    assert len(names) == len(set(names))


def test_the_safety_net_is_the_clinical_list_in_its_order():
    # CLINICAL.md v3.1: three groups, most urgent first, one sign per line.
    assert len(defaults.SAFETY_NET) == 28
    assert [group for group, _text, _covers in defaults.SAFETY_NET] == (
        ["emergency"] * 9 + ["urgent_doctor"] * 8 + ["urgent"] * 11
    )


def _outcome_texts():
    for outcome in defaults.OUTCOMES:
        for field in ("headline", "advice", "safety_net"):
            yield pytest.param(outcome[field], id=f"{outcome['key']}-{field}")


@pytest.mark.parametrize("text", list(_outcome_texts()))
def test_outcome_texts_are_plain_us_english(text):
    filled = text.format(**PLACEHOLDERS)
    figures = measure(f"<p>{filled}</p>")
    assert figures.grade <= 8, filled
    assert figures.smog <= 10, filled
    assert not NOT_US.search(filled)
    assert "{" not in filled


@pytest.mark.parametrize("key", [key for key, _urgency in OUTCOMES])
def test_each_whole_outcome_reads_at_grade_8_or_lower(key):
    outcome = next(o for o in defaults.OUTCOMES if o["key"] == key)
    text = " ".join(outcome[f] + "." for f in ("headline", "advice", "safety_net"))
    figures = measure(f"<p>{text.format(**PLACEHOLDERS)}</p>")
    assert figures.grade <= 8 and figures.smog <= 10


def test_the_safety_net_reads_at_grade_8_or_lower():
    html = "".join(f"<li>{text}</li>" for _group, text, _covers in defaults.SAFETY_NET)
    figures = measure(f"<ul>{html}</ul>")
    assert figures.grade <= 8 and figures.smog <= 10


def test_the_emergency_outcome_calls_an_ambulance_and_never_asks_for_a_lift():
    emergency = defaults.OUTCOMES[0]
    assert "ambulance" in emergency["advice"]
    assert "someone to drive" not in emergency["advice"]
    assert "Do not drive yourself" in emergency["advice"]


def test_the_doctor_outcome_says_a_doctor_not_a_physical_therapist():
    doctor = next(o for o in defaults.OUTCOMES if o["key"] == "urgent_doctor")
    assert "doctor" in doctor["headline"]
    assert "not a physical therapist" in doctor["advice"]
    assert "{out_of_hours}" in doctor["advice"] and "{urgent_care}" in doctor["advice"]
