"""Words for the engine's codes. The engine builds no English; this module turns its
error and problem codes into translatable messages."""

from django.utils.translation import gettext as _

from triage import engine


def answer_error(question, code: str) -> str:
    """The message next to a question (``question`` is a triage.models.Question)."""
    name = question.error_name or question.text
    if code == engine.REQUIRED:
        return _("Tell us %(name)s.") % {"name": name}
    if code == engine.NOT_A_NUMBER:
        if question.example:
            return _("Enter %(name)s as a whole number, for example %(example)s.") % {
                "name": name,
                "example": question.example,
            }
        return _("Enter %(name)s as a whole number.") % {"name": name}
    if code == engine.OUT_OF_RANGE:
        return _("Enter %(name)s from %(low)s to %(high)s.") % {
            "name": name,
            "low": question.min_value,
            "high": question.max_value,
        }
    if code == engine.NOT_YES_NO:
        return _("Choose yes or no: tell us %(name)s.") % {"name": name}
    return _("Choose one of the answers: tell us %(name)s.") % {"name": name}


def _group_label(rank: int) -> str:
    """The safety-net group that matches an outcome rank, in words."""
    from triage.models.choices import SafetyGroup  # the models import this module

    groups = list(SafetyGroup)
    return str(groups[min(rank, len(groups)) - 1].label)


def problem_message(code: str, params: dict) -> str:
    """A questionnaire problem (engine.problems or engine.clause_problem) in words."""
    messages = {
        "no_default_outcome": _("The default outcome is missing."),
        "duplicate_rank": _("Two outcomes have the same rank: give each its own."),
        "ask_when_order": _(
            "Question %(question)s: “ask only when” may only use a question that comes "
            "before it (%(uses)s does not)."
        ),
        "rule_unknown_outcome": _("Rule %(rule)r leads to an unknown outcome."),
        "rule_no_clauses": _("Rule %(rule)r has no clauses."),
        "emergency_question_step": _(
            "Rule %(rule)r is an emergency rule, so its question %(question)s must be on step 1."
        ),
        "clause_unknown_question": _("The clause must use a question of the same questionnaire."),
        "clause_unknown_operator": _("Unknown operator %(operator)r."),
        "clause_number_in": _("Use =, >, ≥, < or ≤ with a number question."),
        "clause_number_value": _("Compare a number question with a whole number."),
        "clause_comparison": _("Only “equals” and “is one of” work with this question."),
        "clause_bad_value": _("The question cannot take %(values)s; its answers are: %(allowed)s."),
        "safety_net_gap": _(
            "Rule %(rule)r uses the question %(question)s, but no warning sign of the safety net "
            "covers it in the group “%(group)s” or a more urgent one. Add the sign, or add "
            "%(question)s to the keys a sign covers."
        ),
        "safety_net_unknown_key": _(
            "Warning sign “%(sign)s” covers %(question)s, which is not a question of this version."
        ),
    }
    if code == "safety_net_gap":
        params = {**params, "group": _group_label(params["rank"])}
    base = code.removeprefix("ask_when_") if code.startswith("ask_when_clause") else code
    text = messages.get(base, code) % params if params else messages.get(base, code)
    if "rule" in params and base.startswith("clause_"):
        text = _("Rule %(rule)r: %(problem)s") % {"rule": params["rule"], "problem": text}
    if code.startswith("ask_when_clause"):
        text = _("Question %(question)s, “ask only when”: %(problem)s") % {
            "question": params["question"],
            "problem": text,
        }
    return text
