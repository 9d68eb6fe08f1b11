"""The pure triage engine, on small hand-made questionnaires (no database)."""

import pytest

from triage import engine
from triage.engine import Clause, Outcome, Question, Questionnaire, Rule

Q = Questionnaire(
    questions=(
        Question("age", engine.NUMBER, min_value=1, max_value=120),
        Question("pain", engine.CHOICE, choices=("mild", "bad")),
        Question("locked", engine.YES_NO, red_flag=True),
        Question("fever", engine.YES_NO, red_flag=True),
    ),
    outcomes=(Outcome("er", "emergency"), Outcome("today", "urgent"), Outcome("home", "self_care")),
    rules=(
        Rule((Clause("locked", "eq", "yes"),), "today", "your knee is locked", name="locked"),
        Rule(
            (Clause("fever", "eq", "yes"), Clause("pain", "in", "bad")),
            "er",
            "you have a fever and bad pain",
            name="fever",
        ),
        Rule((Clause("age", "gte", "55"),), "today", "you are 55 or older", name="age"),
    ),
    default_outcome="home",
)
CALM = {"age": "30", "pain": "mild", "locked": "no", "fever": "no"}


def test_no_rule_gives_the_default_outcome():
    result = engine.triage(Q, CALM)
    assert (result.outcome, result.urgency, result.reasons) == ("home", "self_care", ())


def test_most_urgent_fired_outcome_wins_with_every_reason():
    result = engine.triage(Q, {**CALM, "locked": "yes", "fever": "yes", "pain": "bad", "age": "60"})
    assert result.outcome == "er"
    assert result.reasons[0] == "you have a fever and bad pain"
    assert set(result.reasons) == {
        "you have a fever and bad pain",
        "your knee is locked",
        "you are 55 or older",
    }


@pytest.mark.parametrize(
    ("age", "urgency"), [("54", "self_care"), ("55", "urgent"), ("56", "urgent")]
)
def test_number_boundaries(age, urgency):
    assert engine.triage(Q, {**CALM, "age": age}).urgency == urgency


@pytest.mark.parametrize(
    ("answers", "field", "message"),
    [
        ({"age": "abc"}, "age", "whole number"),
        ({"age": "-4"}, "age", "from 1 to 120"),
        ({"age": "300"}, "age", "from 1 to 120"),
        ({"age": "35.5"}, "age", "whole number"),
        ({"age": ""}, "age", "Please answer"),
        ({"pain": "terrible"}, "pain", "one of the options"),
        ({"locked": "maybe"}, "locked", "yes or no"),
        ({"locked": "<script>alert(1)</script>"}, "locked", "yes or no"),
        ({"fever": None}, "fever", "Please answer"),
    ],
)
def test_invalid_answers_are_reported_per_question(answers, field, message):
    with pytest.raises(engine.InvalidAnswers) as caught:
        engine.triage(Q, {**CALM, **answers})
    assert list(caught.value.errors) == [field]
    assert message in caught.value.errors[field]


def test_missing_answers_are_errors_not_guesses():
    _answers, errors = engine.validate_answers(Q, {})
    assert set(errors) == {"age", "pain", "locked", "fever"}


def test_unknown_keys_are_ignored():
    answers, errors = engine.validate_answers(Q, {**CALM, "name": "Jo Bloggs"})
    assert not errors and "name" not in answers


@pytest.mark.parametrize(
    ("operator", "value", "problem"),
    [
        ("eq", "maybe", "cannot take maybe"),
        ("in", "yes,perhaps", "cannot take perhaps"),
        ("gte", "yes", "Only “equals”"),
    ],
)
def test_clause_problems_for_yes_no_questions(operator, value, problem):
    assert problem in engine.clause_problem(Q.question("locked"), operator, value)


def test_clause_problems_for_number_questions():
    assert "whole number" in engine.clause_problem(Q.question("age"), "gte", "old")
    assert engine.clause_problem(Q.question("age"), "lt", "18") is None
    assert "same questionnaire" in engine.clause_problem(None, "eq", "yes")


def test_problems_finds_broken_rules():
    broken = Questionnaire(
        questions=Q.questions,
        outcomes=Q.outcomes,
        rules=(Rule((Clause("elbow", "eq", "yes"),), "nowhere", "x", name="bad"),),
        default_outcome="missing",
    )
    found = engine.problems(broken)
    assert any("default outcome" in p for p in found)
    assert any("unknown outcome" in p for p in found)
    assert any("same questionnaire" in p for p in found)


def test_run_cases_reports_pass_and_fail():
    results = engine.run_cases(
        Q, [("calm", CALM, "self_care"), ("wrong", CALM, "urgent"), ("bad", {}, "urgent")]
    )
    assert [r[1] for r in results] == [True, False, False]
    assert results[2][3].startswith("invalid answers")
