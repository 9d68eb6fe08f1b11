# A frozen copy of the triage engine (triage/engine.py) as migration 0003 runs it:
# only migrations use this module, so changing the engine never changes what an
# old migration computes. Never edit it.
"""The triage engine: pure functions over plain data (no ORM, no request, no English).

A questionnaire is a set of questions, ranked outcomes and rules (CLINICAL.md
version 3). A rule is a conjunction of clauses over the answers and leads to an
outcome; it "fires" when every clause is answered and true. The fired outcome
with the best (lowest) rank wins: rank alone decides, never a key, a name or
the order rules are stored in. Every fired reason is shown ("Because you told
us ..."). No rule fired means the questionnaire's default outcome.

Answers are taken as they come: whatever is valid is used. An emergency rule
that fires wins whatever is missing or invalid elsewhere (a patient who only
says "my knee looks out of place" is told to call the emergency number).
Otherwise a missing or invalid answer is an error, reported as a code
(``REQUIRED``...): the form layer turns codes into translated messages.

A question may be asked only when others hold ("ask only when"). A question
that is not asked is not applicable: never required, and its answer (if one
was sent anyway) is never true in a clause.
"""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

YES, NO = "yes", "no"

YES_NO, CHOICE, NUMBER = "yes_no", "choice", "number"

# The coarse urgency levels shown as data-urgency, most urgent first.
EMERGENCY, URGENT, ROUTINE, SELF_CARE = "emergency", "urgent", "routine", "self_care"
URGENCIES = (EMERGENCY, URGENT, ROUTINE, SELF_CARE)

OPERATORS = ("eq", "in", "gte", "gt", "lte", "lt")
_NUMBER = re.compile(r"^[+-]?[0-9]{1,6}$")  # ASCII digits only

# Error codes (the form layer words them).
REQUIRED = "required"
NOT_A_NUMBER = "not_a_number"
OUT_OF_RANGE = "out_of_range"
NOT_YES_NO = "not_yes_no"
NOT_A_CHOICE = "not_a_choice"

# What a test case expects when the answers cannot give an outcome.
FORM_ERRORS = "form_errors"


@dataclass(frozen=True)
class Clause:
    question: str
    operator: str
    value: str


@dataclass(frozen=True)
class Question:
    key: str
    kind: str  # YES_NO, CHOICE or NUMBER
    label: str = ""
    choices: tuple[str, ...] = ()  # allowed values of a CHOICE question
    min_value: int | None = None
    max_value: int | None = None
    red_flag: bool = False  # "yes" is the worrying answer
    step: int = 1
    ask_when: tuple[Clause, ...] = ()  # all must hold for the question to be asked

    def allowed_values(self) -> tuple[str, ...]:
        return (YES, NO) if self.kind == YES_NO else self.choices


@dataclass(frozen=True)
class Rule:
    clauses: tuple[Clause, ...]
    outcome: str
    reason: str
    source: str = ""
    name: str = ""
    ref: str = ""  # the stored rule's key, if any


@dataclass(frozen=True)
class Outcome:
    key: str
    urgency: str
    rank: int  # 1 is the most urgent; unique within a questionnaire


@dataclass(frozen=True)
class Questionnaire:
    questions: tuple[Question, ...]
    outcomes: tuple[Outcome, ...]
    rules: tuple[Rule, ...]
    default_outcome: str

    def question(self, key: str) -> Question:
        return {q.key: q for q in self.questions}[key]

    def outcome(self, key: str) -> Outcome:
        return {o.key: o for o in self.outcomes}[key]


@dataclass(frozen=True)
class Result:
    outcome: str
    urgency: str
    reasons: tuple[str, ...]
    fired: tuple[str, ...] = field(default=())  # names of the rules that fired
    fired_refs: tuple[str, ...] = field(default=())  # their refs (stored rule keys)


@dataclass(frozen=True)
class Assessment:
    """What a set of raw answers gives: a result, or errors (never both empty)."""

    answers: dict  # the valid answers to questions that are asked
    result: Result | None
    errors: dict  # question key -> error code (empty when there is a result)
    asked: dict  # question key -> asked (True), not asked (False), or not known yet (None)

    @property
    def short_circuit(self) -> bool:
        """An emergency fired although some answers were missing or invalid."""
        return self.result is not None and bool(self.errors)


class InvalidAnswers(ValueError):
    def __init__(self, errors: Mapping[str, str]):
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = dict(errors)


# Clauses as staff write them -------------------------------------------------

SYMBOLS = {
    "=": "eq",
    "in": "in",
    ">=": "gte",
    "≥": "gte",
    ">": "gt",
    "<=": "lte",
    "≤": "lte",
    "<": "lt",
}
OPERATOR_SYMBOLS = {"eq": "=", "in": "in", "gte": ">=", "gt": ">", "lte": "<=", "lt": "<"}
_CLAUSE_TEXT = re.compile(
    r"^\s*([a-z][a-z0-9_]*)\s*(>=|<=|=|≥|≤|>|<|\bin\b)\s*([\w.+-]+(?:\s*,\s*[\w.+-]+)*)\s*$"
)


def parse_clauses(text: str) -> tuple["Clause", ...]:
    """“injury = yes and age < 18” as engine clauses; raises ValueError."""
    clauses = []
    for part in re.split(r"\s+and\s+|;", text or ""):
        if not part.strip():
            continue
        match = _CLAUSE_TEXT.match(part)
        if not match:
            raise ValueError(part)
        key, symbol, value = match.groups()
        clauses.append(Clause(key, SYMBOLS[symbol], value))
    return tuple(clauses)


def format_clauses(clauses) -> str:
    return " and ".join(f"{c.question} {OPERATOR_SYMBOLS[c.operator]} {c.value}" for c in clauses)


# Validation -------------------------------------------------------------------


def parse_answer(question: Question, raw) -> tuple[object, str | None]:
    """(clean value, None) or (None, an error code)."""
    text = "" if raw is None else str(raw).strip()
    if text == "":
        return None, REQUIRED
    if question.kind == NUMBER:
        if not _NUMBER.match(text):
            return None, NOT_A_NUMBER
        number = int(text)
        low, high = question.min_value, question.max_value
        if (low is not None and number < low) or (high is not None and number > high):
            return None, OUT_OF_RANGE
        return number, None
    if text not in question.allowed_values():
        return None, NOT_YES_NO if question.kind == YES_NO else NOT_A_CHOICE
    return text, None


def clause_holds(clause: Clause, answers: Mapping[str, object]) -> bool:
    """True only when the clause's question is answered and the clause is true."""
    answer = answers.get(clause.question)
    if answer is None:
        return False
    op, value = clause.operator, clause.value
    if op == "eq":
        return str(answer) == value
    if op == "in":
        return str(answer) in {v.strip() for v in value.split(",")}
    if not isinstance(answer, int):
        return False
    number = int(value)
    return {
        "gte": answer >= number,
        "gt": answer > number,
        "lte": answer <= number,
        "lt": answer < number,
    }[op]


def applicability(questionnaire: Questionnaire, parsed: Mapping[str, object]) -> dict:
    """Whether each question is asked: True, False, or None when it depends on a
    question that has no valid answer yet. Questions are settled in order, so an
    "ask only when" clause may only use a question that comes before it."""
    asked: dict[str, bool | None] = {}
    usable: dict[str, object] = {}
    for question in questionnaire.questions:
        state: bool | None = True
        for clause in question.ask_when:
            if asked.get(clause.question) is not True or clause.question not in usable:
                # Its question is not asked (so never true) or not answered yet.
                state = False if asked.get(clause.question) is False else None
            elif not clause_holds(clause, usable):
                state = False
            if state is False:
                break
        asked[question.key] = state
        if state and question.key in parsed:
            usable[question.key] = parsed[question.key]
    return asked


def validate_answers(questionnaire: Questionnaire, raw: Mapping[str, object]):
    """(valid answers to the questions that are asked, {key: error code}).

    Every question that is asked must be answered: the engine never guesses,
    and never falls back to self-care on bad input. Unknown keys, and answers
    to questions that are not asked, are dropped. A question whose asking
    depends on a missing answer is not reported (the missing one is).
    """
    answers, errors, _asked = _validate(questionnaire, *_parse_all(questionnaire, raw))
    return answers, errors


def _parse_all(questionnaire: Questionnaire, raw: Mapping[str, object]) -> tuple[dict, dict]:
    parsed, errors = {}, {}
    for question in questionnaire.questions:
        value, error = parse_answer(question, raw.get(question.key))
        if error:
            errors[question.key] = error
        else:
            parsed[question.key] = value
    return parsed, errors


def _validate(questionnaire: Questionnaire, parsed: dict, errors: dict):
    asked = applicability(questionnaire, parsed)
    answers = {key: value for key, value in parsed.items() if asked[key]}
    errors = {key: code for key, code in errors.items() if asked[key] is True}
    return answers, errors, asked


# Evaluation -------------------------------------------------------------------


def rule_fires(rule: Rule, answers: Mapping[str, object]) -> bool:
    return all(clause_holds(clause, answers) for clause in rule.clauses)


def evaluate(questionnaire: Questionnaire, answers: Mapping[str, object]) -> Result:
    """The outcome for clean answers (see ``validate_answers``): rank alone decides."""
    outcomes = {o.key: o for o in questionnaire.outcomes}
    fired = [rule for rule in questionnaire.rules if rule_fires(rule, answers)]
    if not fired:
        default = outcomes[questionnaire.default_outcome]
        return Result(outcome=default.key, urgency=default.urgency, reasons=())
    # Most urgent first; within one rank, by the reason's words, so that the
    # list a patient reads never depends on the order rules are stored in.
    fired.sort(key=lambda rule: (outcomes[rule.outcome].rank, rule.reason, rule.name))
    winner = outcomes[fired[0].outcome]
    reasons = tuple(dict.fromkeys(rule.reason for rule in fired if rule.reason))
    return Result(
        outcome=winner.key,
        urgency=winner.urgency,
        reasons=reasons,
        fired=tuple(rule.name for rule in fired),
        fired_refs=tuple(rule.ref for rule in fired if rule.ref),
    )


def assess(questionnaire: Questionnaire, raw: Mapping[str, object]) -> Assessment:
    """Evaluate whatever valid answers exist: an emergency that fires wins whatever
    is missing or invalid; otherwise any error means no result."""
    answers, errors, asked = _validate(questionnaire, *_parse_all(questionnaire, raw))
    result = evaluate(questionnaire, answers)
    if errors and result.urgency != EMERGENCY:
        result = None
    return Assessment(answers=answers, result=result, errors=errors, asked=asked)


def triage(questionnaire: Questionnaire, raw: Mapping[str, object]) -> Result:
    """The result for raw answers; raises InvalidAnswers when there is none."""
    assessment = assess(questionnaire, raw)
    if assessment.result is None:
        raise InvalidAnswers(assessment.errors)
    return assessment.result


# Checking a questionnaire's own consistency -----------------------------------
# Problems are returned as (code, params) pairs; the admin words them.


def clause_problem(question: Question | None, operator: str, value: str):
    """(code, params) saying why a clause can never make sense, or None."""
    if question is None:
        return ("clause_unknown_question", {})
    if operator not in OPERATORS:
        return ("clause_unknown_operator", {"operator": operator})
    if question.kind == NUMBER:
        if operator == "in":
            return ("clause_number_in", {})
        if not _NUMBER.match(value.strip()):
            return ("clause_number_value", {})
        return None
    if operator not in ("eq", "in"):
        return ("clause_comparison", {})
    values = [v.strip() for v in value.split(",")] if operator == "in" else [value.strip()]
    bad = [v for v in values if v not in question.allowed_values()]
    if bad:
        return (
            "clause_bad_value",
            {"values": ", ".join(bad), "allowed": ", ".join(question.allowed_values())},
        )
    return None


def problems(questionnaire: Questionnaire) -> list[tuple[str, dict]]:
    """Structural problems that would make the questionnaire unusable or unsafe."""
    found = []
    questions = {q.key: q for q in questionnaire.questions}
    outcomes = {o.key: o for o in questionnaire.outcomes}
    if questionnaire.default_outcome not in outcomes:
        found.append(("no_default_outcome", {}))
    ranks = [o.rank for o in questionnaire.outcomes]
    if len(set(ranks)) != len(ranks):
        found.append(("duplicate_rank", {}))
    earlier: set[str] = set()
    for question in questionnaire.questions:
        for clause in question.ask_when:
            if clause.question not in earlier:
                found.append(
                    ("ask_when_order", {"question": question.key, "uses": clause.question})
                )
            problem = clause_problem(questions.get(clause.question), clause.operator, clause.value)
            if problem:
                found.append(("ask_when_" + problem[0], {**problem[1], "question": question.key}))
        earlier.add(question.key)
    for rule in questionnaire.rules:
        outcome = outcomes.get(rule.outcome)
        if outcome is None:
            found.append(("rule_unknown_outcome", {"rule": rule.name}))
        if not rule.clauses:
            found.append(("rule_no_clauses", {"rule": rule.name}))
        for clause in rule.clauses:
            question = questions.get(clause.question)
            problem = clause_problem(question, clause.operator, clause.value)
            if problem:
                found.append((problem[0], {**problem[1], "rule": rule.name}))
            elif outcome and outcome.urgency == EMERGENCY and question.step != 1:
                # The short-circuit needs every emergency question on the first step.
                found.append(
                    ("emergency_question_step", {"rule": rule.name, "question": question.key})
                )
    return found


@dataclass(frozen=True)
class CaseResult:
    name: str
    passed: bool
    expected: str
    got: str
    errors: tuple[str, ...] = ()  # the questions with errors, when there was no outcome


def run_case(questionnaire: Questionnaire, name: str, answers: Mapping, expected: str):
    assessment = assess(questionnaire, answers)
    if assessment.result is None:
        got, errors = FORM_ERRORS, tuple(assessment.errors)
    else:
        got, errors = assessment.result.outcome, ()
    return CaseResult(name, got == expected, expected, got, errors)


def run_cases(questionnaire: Questionnaire, cases: Iterable[tuple[str, Mapping, str]]):
    """A CaseResult for each (name, answers, expected outcome key or FORM_ERRORS)."""
    return [run_case(questionnaire, *case) for case in cases]
