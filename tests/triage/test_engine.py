"""The pure triage engine, on small hand-made questionnaires (no database)."""

import pytest

from triage import engine
from triage.engine import Clause, Outcome, Question, Questionnaire, Rule

Q = Questionnaire(
    questions=(
        Question("age", engine.NUMBER, min_value=1, max_value=120),
        Question("injury", engine.YES_NO),
        Question("out_of_place", engine.YES_NO, red_flag=True),
        Question("pain", engine.CHOICE, choices=("mild", "bad"), step=2),
        Question("locked", engine.YES_NO, red_flag=True, step=2),
        Question("fever", engine.YES_NO, red_flag=True, step=2),
        Question(
            "pop", engine.YES_NO, red_flag=True, step=2, ask_when=(Clause("injury", "eq", "yes"),)
        ),
    ),
    outcomes=(
        Outcome("er", "emergency", 1),
        Outcome("today", "urgent", 3),
        Outcome("doctor", "urgent", 2),
        Outcome("home", "self_care", 6),
    ),
    rules=(
        Rule((Clause("out_of_place", "eq", "yes"),), "er", "out of place", name="deformity"),
        Rule((Clause("locked", "eq", "yes"),), "today", "your knee is locked", name="locked"),
        Rule(
            (Clause("fever", "eq", "yes"), Clause("pain", "in", "bad")),
            "doctor",
            "you have a fever and bad pain",
            name="fever",
        ),
        Rule((Clause("age", "gte", "55"),), "today", "you are 55 or older", name="age"),
        Rule((Clause("pop", "eq", "yes"),), "today", "you heard a pop", name="pop"),
    ),
    default_outcome="home",
)
CALM = {
    "age": "30",
    "injury": "no",
    "out_of_place": "no",
    "pain": "mild",
    "locked": "no",
    "fever": "no",
}


def test_no_rule_gives_the_default_outcome():
    result = engine.triage(Q, CALM)
    assert (result.outcome, result.urgency, result.reasons) == ("home", "self_care", ())


def test_best_rank_wins_with_every_reason_most_urgent_first():
    result = engine.triage(Q, {**CALM, "locked": "yes", "fever": "yes", "pain": "bad", "age": "60"})
    assert result.outcome == "doctor"
    assert result.reasons[0] == "you have a fever and bad pain"
    assert set(result.reasons[1:]) == {"your knee is locked", "you are 55 or older"}


def test_rank_alone_decides_not_the_outcome_key():
    # Same urgency, so only rank can tell them apart; swapping ranks swaps the winner.
    answers = {**CALM, "locked": "yes", "fever": "yes", "pain": "bad"}
    assert engine.triage(Q, answers).outcome == "doctor"
    swapped = Questionnaire(
        Q.questions,
        (
            Outcome("er", "emergency", 1),
            Outcome("today", "urgent", 2),
            Outcome("doctor", "urgent", 3),
            Outcome("home", "self_care", 6),
        ),
        Q.rules,
        Q.default_outcome,
    )
    assert engine.triage(swapped, answers).outcome == "today"


@pytest.mark.parametrize(("age", "outcome"), [("54", "home"), ("55", "today"), ("56", "today")])
def test_number_boundaries(age, outcome):
    assert engine.triage(Q, {**CALM, "age": age}).outcome == outcome


@pytest.mark.parametrize(
    ("answers", "field", "code"),
    [
        ({"age": "abc"}, "age", engine.NOT_A_NUMBER),
        ({"age": "-4"}, "age", engine.OUT_OF_RANGE),
        ({"age": "300"}, "age", engine.OUT_OF_RANGE),
        ({"age": "35.5"}, "age", engine.NOT_A_NUMBER),
        ({"age": ""}, "age", engine.REQUIRED),
        ({"pain": "terrible"}, "pain", engine.NOT_A_CHOICE),
        ({"locked": "maybe"}, "locked", engine.NOT_YES_NO),
        ({"locked": "<script>alert(1)</script>"}, "locked", engine.NOT_YES_NO),
        ({"fever": None}, "fever", engine.REQUIRED),
    ],
)
def test_invalid_answers_are_reported_per_question_as_codes(answers, field, code):
    with pytest.raises(engine.InvalidAnswers) as caught:
        engine.triage(Q, {**CALM, **answers})
    assert caught.value.errors == {field: code}


def test_missing_answers_are_errors_not_guesses():
    _answers, errors = engine.validate_answers(Q, {})
    assert set(errors) == {"age", "injury", "out_of_place", "pain", "locked", "fever"}
    assert set(errors.values()) == {engine.REQUIRED}


def test_unknown_keys_are_ignored():
    answers, errors = engine.validate_answers(Q, {**CALM, "name": "Jo Bloggs"})
    assert not errors and "name" not in answers


def test_an_emergency_wins_whatever_is_missing_or_invalid():
    assessment = engine.assess(Q, {"out_of_place": "yes", "age": "old"})
    assert assessment.result.outcome == "er"
    assert assessment.short_circuit
    assert assessment.answers == {"out_of_place": "yes"}  # only valid answers are kept


def test_a_non_emergency_with_missing_answers_is_form_errors():
    assessment = engine.assess(Q, {"locked": "yes"})
    assert assessment.result is None
    assert "age" in assessment.errors


def test_a_question_not_asked_is_never_required_and_never_true():
    assert "pop" not in engine.validate_answers(Q, CALM)[1]
    assert engine.triage(Q, {**CALM, "pop": "yes"}).outcome == "home"
    assessment = engine.assess(Q, {**CALM, "injury": "yes"})
    assert assessment.errors == {"pop": engine.REQUIRED}
    assert engine.triage(Q, {**CALM, "injury": "yes", "pop": "yes"}).outcome == "today"


def test_a_question_depending_on_a_missing_answer_is_not_reported():
    _answers, errors = engine.validate_answers(Q, {k: v for k, v in CALM.items() if k != "injury"})
    assert set(errors) == {"injury"}


def test_applicability_is_three_valued():
    assert engine.applicability(Q, {"injury": "yes"})["pop"] is True
    assert engine.applicability(Q, {"injury": "no"})["pop"] is False
    assert engine.applicability(Q, {})["pop"] is None


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        ("injury = yes", (Clause("injury", "eq", "yes"),)),
        ("age < 18", (Clause("age", "lt", "18"),)),
        (
            "injury = yes and age >= 55",
            (Clause("injury", "eq", "yes"), Clause("age", "gte", "55")),
        ),
        ("", ()),
    ],
)
def test_clauses_as_staff_write_them(text, clauses):
    assert engine.parse_clauses(text) == clauses
    assert engine.parse_clauses(engine.format_clauses(clauses)) == clauses


@pytest.mark.parametrize("text", ["injury", "= yes", "Injury = yes", "age << 3"])
def test_clauses_that_cannot_be_read_are_refused(text):
    with pytest.raises(ValueError):
        engine.parse_clauses(text)


@pytest.mark.parametrize(
    ("operator", "value", "code"),
    [
        ("eq", "maybe", "clause_bad_value"),
        ("in", "yes,perhaps", "clause_bad_value"),
        ("gte", "yes", "clause_comparison"),
    ],
)
def test_clause_problems_for_yes_no_questions(operator, value, code):
    assert engine.clause_problem(Q.question("locked"), operator, value)[0] == code


def test_clause_problems_for_number_questions():
    assert engine.clause_problem(Q.question("age"), "gte", "old")[0] == "clause_number_value"
    assert engine.clause_problem(Q.question("age"), "lt", "18") is None
    assert engine.clause_problem(None, "eq", "yes")[0] == "clause_unknown_question"


def test_problems_finds_broken_rules_ranks_and_branching():
    broken = Questionnaire(
        questions=(
            Question("later", engine.YES_NO, ask_when=(Clause("first", "eq", "yes"),)),
            Question("first", engine.YES_NO),
            Question("second_step", engine.YES_NO, step=2),
        ),
        outcomes=(Outcome("a", "emergency", 1), Outcome("b", "urgent", 1)),
        rules=(
            Rule((Clause("elbow", "eq", "yes"),), "nowhere", "x", name="bad"),
            Rule((Clause("second_step", "eq", "yes"),), "a", "y", name="late emergency"),
        ),
        default_outcome="missing",
    )
    codes = {code for code, _params in engine.problems(broken)}
    assert codes >= {
        "no_default_outcome",
        "duplicate_rank",
        "ask_when_order",
        "rule_unknown_outcome",
        "clause_unknown_question",
        "emergency_question_step",
    }


def test_run_cases_reports_pass_fail_and_form_errors():
    results = engine.run_cases(
        Q,
        [
            ("calm", CALM, "home"),
            ("wrong", CALM, "today"),
            ("bad", {}, "today"),
            ("errors expected", {}, engine.FORM_ERRORS),
        ],
    )
    assert [r.passed for r in results] == [True, False, False, True]
    assert results[2].got == engine.FORM_ERRORS and "age" in results[2].errors
