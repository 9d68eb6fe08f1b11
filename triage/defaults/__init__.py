"""Default knee self-triage questionnaire, CLINICAL.md version 3, as plain data.

``triage.demo`` loads this into the database (a fresh database gets it
published; one that already serves an older version gets it as a draft for
the clinical lead). Engine data comes only from the saved rows
(``Questionnaire.to_engine()``); tests load the shipped version and read it
back the same way (``tests/triage/conftest.py``: ``shipped_spec``).

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
]

TEST_CASES = CLINICAL_EXAMPLES + EDGE_CASES
