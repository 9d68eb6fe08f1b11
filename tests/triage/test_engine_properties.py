"""Property tests of the engine on the shipped default questionnaire (no database)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from triage import defaults, engine

SPEC = defaults.engine_questionnaire()
RED_FLAGS = [q.key for q in SPEC.questions if q.kind == engine.YES_NO and q.red_flag]


def answer_strategy(question: engine.Question):
    if question.kind == engine.NUMBER:
        return st.integers(min_value=question.min_value, max_value=question.max_value)
    return st.sampled_from(question.allowed_values())


valid_answers = st.fixed_dictionaries({q.key: answer_strategy(q) for q in SPEC.questions})


def rank(result: engine.Result) -> int:
    return engine.URGENCY_RANK[result.urgency]


def test_default_questionnaire_is_consistent():
    assert engine.problems(SPEC) == []
    assert len(RED_FLAGS) >= 8


@settings(max_examples=400, deadline=None)
@given(valid_answers)
def test_every_valid_set_of_answers_gives_exactly_one_known_outcome(answers):
    # Answers arrive from a form as text.
    result = engine.triage(SPEC, {k: str(v) for k, v in answers.items()})
    assert result.outcome in {o.key for o in SPEC.outcomes}
    assert result.urgency == SPEC.outcome(result.outcome).urgency
    if result.outcome != SPEC.default_outcome:
        assert result.reasons  # a rule fired, so the patient is told why


@settings(max_examples=400, deadline=None)
@given(valid_answers, st.sampled_from(RED_FLAGS))
def test_turning_on_a_red_flag_never_lowers_the_urgency(answers, flag):
    before = engine.evaluate(SPEC, {**answers, flag: engine.NO})
    after = engine.evaluate(SPEC, {**answers, flag: engine.YES})
    assert rank(after) <= rank(before)


@settings(max_examples=200, deadline=None)
@given(valid_answers, st.permutations(list(SPEC.rules)))
def test_result_does_not_depend_on_rule_order(answers, rules):
    shuffled = engine.Questionnaire(
        SPEC.questions, SPEC.outcomes, tuple(rules), SPEC.default_outcome
    )
    original, reordered = engine.evaluate(SPEC, answers), engine.evaluate(shuffled, answers)
    assert (original.outcome, original.urgency) == (reordered.outcome, reordered.urgency)
    assert original.reasons == reordered.reasons


def test_default_test_cases_pass():
    cases = [(c["name"], c["answers"], c["expected"]) for c in defaults.TEST_CASES]
    assert len(cases) >= 25
    failures = [r for r in engine.run_cases(SPEC, cases) if not r[1]]
    assert failures == []
