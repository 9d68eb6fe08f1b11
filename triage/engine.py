"""The triage engine: pure functions over plain data (no ORM, no request).

A questionnaire is a set of questions, outcomes and rules. A rule is a
conjunction of clauses over the answers and leads to an outcome. Every rule
whose clauses all hold "fires"; the most urgent fired outcome wins, and every
fired reason is shown ("Because you told us ..."). No rule fired means the
questionnaire's default outcome. The result never depends on rule order.
"""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

YES, NO = "yes", "no"

YES_NO, CHOICE, NUMBER = "yes_no", "choice", "number"

# Most urgent first.
URGENCY_ORDER = ("emergency", "urgent", "routine", "self_care")
URGENCY_RANK = {urgency: rank for rank, urgency in enumerate(URGENCY_ORDER)}

OPERATORS = ("eq", "in", "gte", "gt", "lte", "lt")
_NUMBER = re.compile(r"^[+-]?\d{1,6}$")


@dataclass(frozen=True)
class Question:
    key: str
    kind: str  # YES_NO, CHOICE or NUMBER
    label: str = ""
    choices: tuple[str, ...] = ()  # allowed values of a CHOICE question
    min_value: int | None = None
    max_value: int | None = None
    red_flag: bool = False  # "yes" is the worrying answer

    def allowed_values(self) -> tuple[str, ...]:
        return (YES, NO) if self.kind == YES_NO else self.choices


@dataclass(frozen=True)
class Clause:
    question: str
    operator: str
    value: str


@dataclass(frozen=True)
class Rule:
    clauses: tuple[Clause, ...]
    outcome: str
    reason: str
    source: str = ""
    name: str = ""


@dataclass(frozen=True)
class Outcome:
    key: str
    urgency: str


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


class InvalidAnswers(ValueError):
    def __init__(self, errors: Mapping[str, str]):
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = dict(errors)


# Validation -------------------------------------------------------------------


def validate_answer(question: Question, raw) -> tuple[object, str | None]:
    """(clean value, None) or (None, a plain-English error message)."""
    text = "" if raw is None else str(raw).strip()
    if text == "":
        return None, "Please answer this question."
    if question.kind == NUMBER:
        if not _NUMBER.match(text):
            return None, "Please enter a whole number, like 35."
        number = int(text)
        low, high = question.min_value, question.max_value
        if (low is not None and number < low) or (high is not None and number > high):
            return None, f"Please enter a number from {low} to {high}."
        return number, None
    if text not in question.allowed_values():
        if question.kind == YES_NO:
            return None, "Please choose yes or no."
        return None, "Please choose one of the options."
    return text, None


def validate_answers(questionnaire: Questionnaire, raw: Mapping[str, object]):
    """Clean answers keyed by question, and errors keyed by question.

    Every question must be answered: the engine never guesses, and never falls
    back to self-care on bad input. Unknown keys are ignored.
    """
    answers, errors = {}, {}
    for question in questionnaire.questions:
        value, error = validate_answer(question, raw.get(question.key))
        if error:
            errors[question.key] = error
        else:
            answers[question.key] = value
    return answers, errors


# Evaluation -------------------------------------------------------------------


def clause_holds(clause: Clause, answers: Mapping[str, object]) -> bool:
    answer = answers.get(clause.question)
    if answer is None:
        return False
    op, value = clause.operator, clause.value
    if op == "eq":
        return str(answer) == value
    if op == "in":
        return str(answer) in {v.strip() for v in value.split(",")}
    number = int(value)
    return {
        "gte": answer >= number,
        "gt": answer > number,
        "lte": answer <= number,
        "lt": answer < number,
    }[op]


def rule_fires(rule: Rule, answers: Mapping[str, object]) -> bool:
    return all(clause_holds(clause, answers) for clause in rule.clauses)


def evaluate(questionnaire: Questionnaire, answers: Mapping[str, object]) -> Result:
    """The outcome for clean answers (see ``validate_answers``)."""
    outcomes = {o.key: o for o in questionnaire.outcomes}
    fired = [rule for rule in questionnaire.rules if rule_fires(rule, answers)]
    if not fired:
        default = outcomes[questionnaire.default_outcome]
        return Result(outcome=default.key, urgency=default.urgency, reasons=())

    def rank(rule: Rule):
        return (URGENCY_RANK[outcomes[rule.outcome].urgency], rule.outcome)

    # Sorting makes the result independent of the order the rules are stored in.
    fired.sort(key=lambda rule: (*rank(rule), rule.reason, rule.name))
    winner = outcomes[fired[0].outcome]
    reasons = tuple(dict.fromkeys(rule.reason for rule in fired if rule.reason))
    return Result(
        outcome=winner.key,
        urgency=winner.urgency,
        reasons=reasons,
        fired=tuple(rule.name for rule in fired),
    )


def triage(questionnaire: Questionnaire, raw: Mapping[str, object]) -> Result:
    """Validate raw answers and evaluate them; raises InvalidAnswers."""
    answers, errors = validate_answers(questionnaire, raw)
    if errors:
        raise InvalidAnswers(errors)
    return evaluate(questionnaire, answers)


# Checking a questionnaire's own consistency -----------------------------------


def clause_problem(question: Question | None, operator: str, value: str) -> str | None:
    """Why a clause can never make sense for its question, or None."""
    if question is None:
        return "The clause must use a question of the same questionnaire."
    if operator not in OPERATORS:
        return f"Unknown operator {operator!r}."
    if question.kind == NUMBER:
        if operator == "in":
            return "Use =, >, ≥, < or ≤ with a number question."
        if not _NUMBER.match(value.strip()):
            return "Compare a number question with a whole number."
        return None
    if operator not in ("eq", "in"):
        return "Only “equals” and “is one of” work with this question."
    values = [v.strip() for v in value.split(",")] if operator == "in" else [value.strip()]
    bad = [v for v in values if v not in question.allowed_values()]
    if bad:
        allowed = ", ".join(question.allowed_values())
        return f"The question cannot take {', '.join(bad)}; its answers are: {allowed}."
    return None


def problems(questionnaire: Questionnaire) -> list[str]:
    """Structural problems that would make the questionnaire unusable."""
    found = []
    keys = {q.key for q in questionnaire.questions}
    outcome_keys = {o.key for o in questionnaire.outcomes}
    if questionnaire.default_outcome not in outcome_keys:
        found.append("The default outcome is missing.")
    for rule in questionnaire.rules:
        if rule.outcome not in outcome_keys:
            found.append(f"Rule {rule.name!r} leads to an unknown outcome.")
        if not rule.clauses:
            found.append(f"Rule {rule.name!r} has no clauses.")
        for clause in rule.clauses:
            question = questionnaire.question(clause.question) if clause.question in keys else None
            problem = clause_problem(question, clause.operator, clause.value)
            if problem:
                found.append(f"Rule {rule.name!r}: {problem}")
    return found


def run_cases(questionnaire: Questionnaire, cases: Iterable[tuple[str, Mapping, str]]):
    """(name, passed, expected, got or error) for each (name, answers, expected urgency)."""
    results = []
    for name, answers, expected in cases:
        try:
            got = triage(questionnaire, answers).urgency
        except InvalidAnswers as error:
            got = f"invalid answers ({error})"
        results.append((name, got == expected, expected, got))
    return results
