"""Property tests of the engine on the shipped default questionnaire (no database).

Rank alone decides; a "yes" to a red flag never lowers
the outcome's rank; removing answers never lowers the rank below an emergency
that fired; a question that is not asked is never required.
"""

from hypothesis import given, settings
from hypothesis import strategies as st

from triage import defaults, engine

SPEC = defaults.engine_questionnaire()
RED_FLAGS = [q.key for q in SPEC.questions if q.kind == engine.YES_NO and q.red_flag]
RANK = {o.key: o.rank for o in SPEC.outcomes}
EMERGENCY_RULES = [r for r in SPEC.rules if SPEC.outcome(r.outcome).urgency == engine.EMERGENCY]


def answer_strategy(question: engine.Question):
    if question.kind == engine.NUMBER:
        # Mostly the ages and days where the rules change, sometimes anything.
        edges = [0, 7, 8, 11, 12, 17, 18, 28, 29, 54, 55]
        return st.one_of(
            st.sampled_from([v for v in edges if question.min_value <= v <= question.max_value]),
            st.integers(min_value=question.min_value, max_value=question.max_value),
        )
    return st.sampled_from(question.allowed_values())


valid_answers = st.fixed_dictionaries({q.key: answer_strategy(q) for q in SPEC.questions})


def rank(result: engine.Result) -> int:
    return RANK[result.outcome]


def test_default_questionnaire_is_consistent():
    assert engine.problems(SPEC) == []
    assert len(RED_FLAGS) >= 15
    assert sorted(RANK.values()) == list(range(1, 7))


@settings(max_examples=500, deadline=None)
@given(valid_answers)
def test_every_valid_set_of_answers_gives_the_best_ranked_fired_outcome(answers):
    # Answers arrive from a form as text.
    result = engine.triage(SPEC, {k: str(v) for k, v in answers.items()})
    asked_answers = engine.validate_answers(SPEC, answers)[0]
    fired = [r for r in SPEC.rules if engine.rule_fires(r, asked_answers)]
    expected = min((RANK[r.outcome] for r in fired), default=RANK[SPEC.default_outcome])
    assert rank(result) == expected
    assert result.urgency == SPEC.outcome(result.outcome).urgency
    if fired:
        assert result.reasons  # a rule fired, so the patient is told why


@settings(max_examples=200, deadline=None)
@given(valid_answers, st.permutations(list(SPEC.rules)), st.permutations(list(SPEC.outcomes)))
def test_rank_alone_decides_not_rule_order_or_outcome_keys(answers, rules, outcomes):
    # Rename every outcome (so no spelling can break a tie) and shuffle everything.
    renamed = {o.key: f"z{i}" for i, o in enumerate(outcomes)}
    shuffled = engine.Questionnaire(
        SPEC.questions,
        tuple(engine.Outcome(renamed[o.key], o.urgency, o.rank) for o in outcomes),
        tuple(
            engine.Rule(r.clauses, renamed[r.outcome], r.reason, r.source, r.name) for r in rules
        ),
        renamed[SPEC.default_outcome],
    )
    original, reordered = engine.evaluate(SPEC, answers), engine.evaluate(shuffled, answers)
    assert renamed[original.outcome] == reordered.outcome
    assert original.reasons == reordered.reasons


@settings(max_examples=500, deadline=None)
@given(valid_answers, st.sampled_from(RED_FLAGS))
def test_a_yes_to_a_red_flag_never_lowers_the_rank(answers, flag):
    before = engine.triage(SPEC, {**answers, flag: engine.NO})
    after = engine.triage(SPEC, {**answers, flag: engine.YES})
    assert rank(after) <= rank(before)


@settings(max_examples=500, deadline=None)
@given(valid_answers, st.data())
def test_removing_answers_never_lowers_the_rank_below_an_emergency_that_fired(answers, data):
    kept_keys = data.draw(st.sets(st.sampled_from(sorted(answers))))
    partial = {k: v for k, v in answers.items() if k in kept_keys}
    partial_result = engine.assess(SPEC, partial).result
    full = engine.triage(SPEC, answers)
    if partial_result is not None and partial_result.urgency == engine.EMERGENCY:
        # What fired on fewer answers still fires on more.
        assert full.urgency == engine.EMERGENCY
    fired = [r for r in EMERGENCY_RULES if engine.rule_fires(r, answers)]
    needed = {c.question for r in fired[:1] for c in r.clauses}
    if fired and needed <= kept_keys:
        # Keep what one emergency rule needs, drop anything else: still an emergency.
        assert partial_result is not None and partial_result.urgency == engine.EMERGENCY


@settings(max_examples=500, deadline=None)
@given(valid_answers, st.data())
def test_a_question_that_is_not_asked_is_never_required_nor_counted(answers, data):
    asked = engine.applicability(SPEC, answers)
    not_asked = sorted(key for key, state in asked.items() if state is False)
    if not not_asked:
        return
    key = data.draw(st.sampled_from(not_asked))
    without = {k: v for k, v in answers.items() if k != key}
    assessment = engine.assess(SPEC, without)
    assert key not in assessment.errors
    assert assessment.result == engine.triage(SPEC, answers)
    question = SPEC.question(key)
    for value in question.allowed_values() or (question.min_value, question.max_value):
        assert engine.triage(SPEC, {**answers, key: value}) == engine.triage(SPEC, answers)


def test_every_shipped_test_case_passes():
    cases = [(c["name"], c["answers"], c["expected"]) for c in defaults.TEST_CASES]
    failures = [r for r in engine.run_cases(SPEC, cases) if not r.passed]
    assert failures == []
