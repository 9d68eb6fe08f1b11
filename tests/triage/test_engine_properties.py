"""Property tests of the engine on the shipped default questionnaire.

Rank alone decides; a "yes" to a red flag never lowers
the outcome's rank; removing answers never lowers the rank below an emergency
that fired; a question that is not asked is never required.

The questionnaire comes through the models (``shipped_spec``), so the
strategies are built from it in a fixture and drawn with ``st.data()``.
"""

from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from triage import defaults, engine

# The shipped questionnaire is read through the models (``shipped_spec``).
pytestmark = pytest.mark.django_db


def answer_strategy(question: engine.Question):
    if question.kind == engine.NUMBER:
        # Mostly the ages and days where the rules change, sometimes anything.
        edges = [0, 7, 8, 11, 12, 17, 18, 28, 29, 54, 55]
        return st.one_of(
            st.sampled_from([v for v in edges if question.min_value <= v <= question.max_value]),
            st.integers(min_value=question.min_value, max_value=question.max_value),
        )
    return st.sampled_from(question.allowed_values())


@dataclass(frozen=True)
class Shipped:
    """The shipped questionnaire and what the properties need of it."""

    spec: engine.Questionnaire
    red_flags: list
    ranks: dict
    emergency_rules: list
    valid_answers: st.SearchStrategy

    def rank(self, result: engine.Result) -> int:
        return self.ranks[result.outcome]


@pytest.fixture(scope="module")
def shipped(shipped_spec) -> Shipped:
    spec = shipped_spec
    return Shipped(
        spec=spec,
        red_flags=[q.key for q in spec.questions if q.kind == engine.YES_NO and q.red_flag],
        ranks={o.key: o.rank for o in spec.outcomes},
        emergency_rules=[
            r for r in spec.rules if spec.outcome(r.outcome).urgency == engine.EMERGENCY
        ],
        valid_answers=st.fixed_dictionaries({q.key: answer_strategy(q) for q in spec.questions}),
    )


def test_default_questionnaire_is_consistent(shipped):
    assert engine.problems(shipped.spec) == []
    assert len(shipped.red_flags) >= 15
    assert sorted(shipped.ranks.values()) == list(range(1, 7))


@settings(max_examples=500, deadline=None)
@given(data=st.data())
def test_every_valid_set_of_answers_gives_the_best_ranked_fired_outcome(shipped, data):
    spec, ranks = shipped.spec, shipped.ranks
    answers = data.draw(shipped.valid_answers)
    # Answers arrive from a form as text.
    result = engine.triage(spec, {k: str(v) for k, v in answers.items()})
    asked_answers = engine.validate_answers(spec, answers)[0]
    fired = [r for r in spec.rules if engine.rule_fires(r, asked_answers)]
    expected = min((ranks[r.outcome] for r in fired), default=ranks[spec.default_outcome])
    assert shipped.rank(result) == expected
    assert result.urgency == spec.outcome(result.outcome).urgency
    if fired:
        assert result.reasons  # a rule fired, so the patient is told why


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_rank_alone_decides_not_rule_order_or_outcome_keys(shipped, data):
    spec = shipped.spec
    answers = data.draw(shipped.valid_answers)
    rules = data.draw(st.permutations(list(spec.rules)))
    outcomes = data.draw(st.permutations(list(spec.outcomes)))
    # Rename every outcome (so no spelling can break a tie) and shuffle everything.
    renamed = {o.key: f"z{i}" for i, o in enumerate(outcomes)}
    shuffled = engine.Questionnaire(
        spec.questions,
        tuple(engine.Outcome(renamed[o.key], o.urgency, o.rank) for o in outcomes),
        tuple(
            engine.Rule(r.clauses, renamed[r.outcome], r.reason, r.source, r.name) for r in rules
        ),
        renamed[spec.default_outcome],
    )
    original, reordered = engine.evaluate(spec, answers), engine.evaluate(shuffled, answers)
    assert renamed[original.outcome] == reordered.outcome
    assert original.reasons == reordered.reasons


@settings(max_examples=500, deadline=None)
@given(data=st.data())
def test_a_yes_to_a_red_flag_never_lowers_the_rank(shipped, data):
    spec = shipped.spec
    answers = data.draw(shipped.valid_answers)
    flag = data.draw(st.sampled_from(shipped.red_flags))
    before = engine.triage(spec, {**answers, flag: engine.NO})
    after = engine.triage(spec, {**answers, flag: engine.YES})
    assert shipped.rank(after) <= shipped.rank(before)


@settings(max_examples=500, deadline=None)
@given(data=st.data())
def test_removing_answers_never_lowers_the_rank_below_an_emergency_that_fired(shipped, data):
    spec = shipped.spec
    answers = data.draw(shipped.valid_answers)
    kept_keys = data.draw(st.sets(st.sampled_from(sorted(answers))))
    partial = {k: v for k, v in answers.items() if k in kept_keys}
    partial_result = engine.assess(spec, partial).result
    full = engine.triage(spec, answers)
    if partial_result is not None and partial_result.urgency == engine.EMERGENCY:
        # What fired on fewer answers still fires on more.
        assert full.urgency == engine.EMERGENCY
    fired = [r for r in shipped.emergency_rules if engine.rule_fires(r, answers)]
    needed = {c.question for r in fired[:1] for c in r.clauses}
    if fired and needed <= kept_keys:
        # Keep what one emergency rule needs, drop anything else: still an emergency.
        assert partial_result is not None and partial_result.urgency == engine.EMERGENCY


@settings(max_examples=500, deadline=None)
@given(data=st.data())
def test_a_question_that_is_not_asked_is_never_required_nor_counted(shipped, data):
    spec = shipped.spec
    answers = data.draw(shipped.valid_answers)
    asked = engine.applicability(spec, answers)
    not_asked = sorted(key for key, state in asked.items() if state is False)
    if not not_asked:
        return
    key = data.draw(st.sampled_from(not_asked))
    without = {k: v for k, v in answers.items() if k != key}
    assessment = engine.assess(spec, without)
    assert key not in assessment.errors
    assert assessment.result == engine.triage(spec, answers)
    question = spec.question(key)
    for value in question.allowed_values() or (question.min_value, question.max_value):
        assert engine.triage(spec, {**answers, key: value}) == engine.triage(spec, answers)


def test_every_shipped_test_case_passes(shipped):
    cases = [(c["name"], c["answers"], c["expected"]) for c in defaults.TEST_CASES]
    failures = [r for r in engine.run_cases(shipped.spec, cases) if not r.passed]
    assert failures == []
