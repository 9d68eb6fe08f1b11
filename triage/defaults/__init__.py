"""Default knee self-triage questionnaire, CLINICAL.md version 3, as plain data.

``triage.demo`` loads this into the database (a fresh database gets it
published; one that already serves an older version gets it as a draft for
the clinical lead). ``engine_questionnaire()`` gives the same questionnaire as
engine data, so tests can check it without a database.

Design rules kept here (checked by tests/triage/test_defaults.py and
tests/triage/test_engine_properties.py):

- Question keys, steps and "ask only when" clauses are the CLINICAL.md v3
  contract. Step 1 holds age, injury, how long ago, and every question an
  emergency rule uses, so an emergency can end the questionnaire early.
- ``red_flag`` marks yes/no questions where "yes" is the worrying answer. No
  rule requires a red flag to be "no", so a "yes" never lowers the outcome.
- Outcomes carry an explicit rank (1 = most urgent); rank alone decides.
- Every rule cites its source. Reasons complete "Because you told us ...".
- Outcome texts are plain US English (reading grade 8 or lower). The result
  page adds "This is not a diagnosis.", the one safety-net list, and fills
  {emergency_number}, {clinic_phone}, {urgent_care} and {out_of_hours} from
  the clinic settings.
"""

from triage import engine
from triage.defaults.cases import BASELINE, CLINICAL_EXAMPLES, EDGE_CASES, FORM_ERRORS
from triage.defaults.outcomes import DEFAULT_OUTCOME, OUTCOMES
from triage.defaults.questions import NO, QUESTIONS, SAFETY_NET, VERSION_NOTE, YES
from triage.defaults.rules import RULES

__all__ = [
    "BASELINE",
    "CLINICAL_EXAMPLES",
    "DEFAULT_OUTCOME",
    "EDGE_CASES",
    "FORM_ERRORS",
    "NO",
    "OUTCOMES",
    "QUESTIONS",
    "RULES",
    "SAFETY_NET",
    "TEST_CASES",
    "VERSION_NOTE",
    "YES",
    "engine_questionnaire",
]

TEST_CASES = CLINICAL_EXAMPLES + EDGE_CASES


def engine_questionnaire() -> engine.Questionnaire:
    """The default questionnaire as engine data (used by tests without a database)."""
    return engine.Questionnaire(
        questions=tuple(
            engine.Question(
                key=q["key"],
                kind=q["kind"],
                label=q["text"],
                min_value=q.get("min_value"),
                max_value=q.get("max_value"),
                red_flag=q.get("red_flag", False),
                step=q["step"],
                ask_when=engine.parse_clauses(q.get("ask_when", "")),
            )
            for q in QUESTIONS
        ),
        outcomes=tuple(engine.Outcome(o["key"], o["urgency"], o["rank"]) for o in OUTCOMES),
        rules=tuple(
            engine.Rule(
                clauses=tuple(
                    engine.Clause(key, op, str(value)) for key, op, value in r["clauses"]
                ),
                outcome=r["outcome"],
                reason=r["reason"],
                source=r["source"],
                name=r["name"],
            )
            for r in RULES
        ),
        default_outcome=DEFAULT_OUTCOME,
    )
