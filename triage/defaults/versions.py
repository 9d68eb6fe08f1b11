"""Each questionnaire version the portal ships, as one frozen record of data.

``V3`` is CLINICAL.md v3 with its v3.1 safety net (the modules beside this
one); it is frozen: a clinical change ships as the next version, in its own
modules with its own ``ShippedVersion`` beside ``V3``, and ``LATEST`` names
it. ``triage.demo`` is the one loader that turns a version into rows.

Every rule and warning sign carries its stable key (``keys.py``) and the
Spanish is keyed the same way, so nothing is matched by English words.
"""

from dataclasses import dataclass

from triage.defaults import spanish
from triage.defaults.cases import CLINICAL_EXAMPLES, EDGE_CASES
from triage.defaults.keys import RULE_KEYS, SAFETY_NET_KEYS
from triage.defaults.outcomes import DEFAULT_OUTCOME, OUTCOMES
from triage.defaults.questions import QUESTIONS, SAFETY_NET, VERSION_NOTE
from triage.defaults.rules import RULES


@dataclass(frozen=True)
class ShippedVersion:
    based_on: str  # the marker a copy of this version keeps (``Questionnaire.based_on``)
    title: str
    note: str
    questions: tuple  # dicts as in ``questions.QUESTIONS``
    outcomes: tuple
    default_outcome: str
    rules: tuple  # dicts with their ``key``
    safety_net: tuple  # (key, group, sign, the question keys it covers)
    test_cases: tuple
    spanish_title: str
    spanish_questions: dict  # by question key, then field
    spanish_outcomes: dict  # by outcome key, then field
    spanish_rule_reasons: dict  # by rule key
    spanish_rule_words: dict  # by rule key: (what it may mean, until seen)
    spanish_safety_net: dict  # by sign key


V3 = ShippedVersion(
    based_on="CLINICAL.md v3",
    title="Knee pain: what help do I need?",
    note=VERSION_NOTE,
    questions=tuple(QUESTIONS),
    outcomes=tuple(OUTCOMES),
    default_outcome=DEFAULT_OUTCOME,
    rules=tuple(RULES),
    safety_net=tuple(
        (SAFETY_NET_KEYS[text], group, text, covers) for group, text, covers in SAFETY_NET
    ),
    test_cases=tuple(CLINICAL_EXAMPLES + EDGE_CASES),
    spanish_title=spanish.TITLE,
    spanish_questions=spanish.QUESTIONS,
    spanish_outcomes=spanish.OUTCOMES,
    spanish_rule_reasons={RULE_KEYS[name]: text for name, text in spanish.RULE_REASONS.items()},
    spanish_rule_words={RULE_KEYS[name]: words for name, words in spanish.RULE_TEXTS.items()},
    spanish_safety_net={
        SAFETY_NET_KEYS[text]: words
        for text, words in spanish.SAFETY_NET.items()
        if text in SAFETY_NET_KEYS
    },
)

LATEST = V3
