"""Reads for a triage result: what its page, its PDF and the API show beyond the
outcome's own texts (CLINICAL.md 3.1, "Outcome wording").

- The words of the rules that fired: what each reason may mean, and what to do
  until seen, deduplicated, in rule order (most urgent outcome first).
- The line for a young person (``age < 18``): tell a parent or caregiver now.
- The pages to read: none on an emergency; on an urgent result only the pages
  of its reasons; otherwise the outcome's own. Titles in the page's language.

``result_page`` gathers all of it for the page and its PDF; ``warning_signs``
is the live safety net in a language, for every page that shows it and the API.
"""

from dataclasses import dataclass, fields

from django.conf import settings
from django.db.models import Prefetch
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from articles.localise import localise_all
from articles.models import Article, Condition
from clinic.memo import cached_per_version
from clinic.models import ClinicSettings
from clinic.urgency import Urgency
from triage import engine, texts
from triage.models import (
    Outcome,
    PartKind,
    Questionnaire,
    Rule,
    SafetyNetItem,
    Translation,
)

ADULT_AGE = 18  # CLINICAL.md: the check is made for adults (18+)


def _live_pages():
    return (
        Prefetch(
            "related_conditions", queryset=Condition.objects.published(), to_attr="live_conditions"
        ),
        Prefetch("related_articles", queryset=Article.objects.published(), to_attr="live_articles"),
    )


def outcome_pages_prefetch(urgency: str) -> tuple:
    """What an outcome query prefetches for a result of ``urgency``: its own pages
    only where the result links them (``result_pages``)."""
    return () if urgency in (Urgency.EMERGENCY, Urgency.URGENT) else _live_pages()


def fired_rules(submission) -> list[Rule]:
    """The rules behind a submission's result, most urgent outcome first, then in
    rule order; with their live pages on an urgent result (one query, three then).
    A submission stored before the rules' keys were kept names them by its reasons."""
    if not submission.fired_rules and not submission.reasons:
        return []
    rules = Rule.objects.filter(questionnaire=submission.questionnaire_id)
    if submission.fired_rules:
        rules = rules.filter(key__in=submission.fired_rules)
    else:
        rules = rules.filter(reason__in=submission.reasons)
    if submission.urgency == Urgency.URGENT:
        rules = rules.prefetch_related(*_live_pages())
    return list(rules.order_by("outcome__rank", "order", "pk"))


@dataclass(frozen=True)
class Words:
    text: str
    lang: str  # "en" when it stayed English on a page in another language, else ""


def rule_words(rules, clinic, overlay=None) -> dict[str, list[Words]]:
    """{"patient_text": [...], "until_then": [...]}: the fired rules' own words in
    the page's language (``overlay``; None on an English page), each text once."""
    found = {field: {} for field in texts.RULE_WORDS}
    for rule in rules:
        if overlay is not None:
            overlay.rule_words(rule)
        for field in texts.RULE_WORDS:
            if not getattr(rule, field).strip():
                continue
            text = texts.rule_text(rule, field, clinic, overlay)
            english = overlay is not None and overlay.stayed_english(PartKind.RULE, rule.key, field)
            found[field].setdefault(text, Words(text, settings.LANGUAGE_CODE if english else ""))
    return {field: list(words.values()) for field, words in found.items()}


def is_minor(answers) -> bool:
    try:
        return int(answers.get("age")) < ADULT_AGE
    except (TypeError, ValueError):
        return False


def parent_line(submission, clinic) -> str:
    """For a young person, at any outcome: tell a parent or caregiver now (on an
    emergency: and call the emergency number anyway). Empty for adults."""
    if not is_minor(submission.answers):
        return ""
    if submission.urgency == Urgency.EMERGENCY:
        line = _(
            "You are under 18: tell a parent or caregiver now. "
            "Do not wait for them: call {emergency_number} anyway."
        )
    else:
        line = _("You are under 18: tell a parent or caregiver about this now.")
    return clinic.fill(line)


def result_pages(submission, outcome, rules) -> list:
    """The pages a result links ("Read more"), each once, in the page's language:
    none on an emergency (nothing to read before the call); the pages of the
    reasons on an urgent result; the outcome's own otherwise."""
    if submission.urgency == Urgency.EMERGENCY:
        return []
    sources = list(rules) if submission.urgency == Urgency.URGENT else [outcome]
    pages = {}
    for kind in ("live_conditions", "live_articles"):  # conditions first, as on every page
        for source in sources:
            for page in getattr(source, kind):
                pages.setdefault((type(page), page.pk), page)
    return localise_all(pages.values())


# The questionnaire patients answer ----------------------------------------------


@dataclass(frozen=True)
class PatientQuestion:
    """A question as the form shows it, in the page's language."""

    key: str
    kind: str
    text: str
    help_text: str
    error_name: str
    example: str
    unit: str
    step: int
    min_value: int | None
    max_value: int | None
    choices: tuple  # (value, label) pairs

    def choice_pairs(self) -> list[tuple[str, str]]:
        return list(self.choices)


@dataclass(frozen=True)
class PatientQuestionnaire:
    """The published version as the triage form needs it (plain data: it is
    kept in the per-process memo, never model rows)."""

    pk: int
    version: int
    is_demo: bool
    questions: tuple[PatientQuestion, ...]
    fell_back: bool  # some text stayed English in the page's language


def patient_questionnaire(
    language: str,
) -> tuple[PatientQuestionnaire | None, engine.Questionnaire | None]:
    """The published questionnaire in ``language`` and its compiled rules, read
    once per content version and language in each process (every change to a
    questionnaire's parts or translations moves the version: triage/apps.py).
    Texts without an up-to-date translation stay in English."""

    def load():
        questionnaire = questionnaire_with_parts(
            Questionnaire.objects.published(),
            language=None if language == settings.LANGUAGE_CODE else language,
        ).first()
        if questionnaire is None:
            return (None, None)
        # Compiled before the texts are translated: rules and submissions keep
        # the English reasons, which result pages word in the reader's language.
        spec = questionnaire.to_engine()
        overlay = texts.localize(questionnaire, language)
        return (_plain(questionnaire, overlay), spec)

    return cached_per_version(f"triage:published:{language}", load)


def questionnaire_with_parts(queryset=None, *, language: str | None = None):
    """Questionnaires with everything ``to_engine()`` needs, in a fixed number of
    queries; with ``language``, also its translations into that language."""
    queryset = Questionnaire.objects.all() if queryset is None else queryset
    queryset = queryset.select_related("default_outcome").prefetch_related(
        "questions",
        "outcomes",
        "safety_net",
        Prefetch(
            "rules", queryset=Rule.objects.select_related("outcome").prefetch_related("clauses")
        ),
    )
    if language:
        queryset = queryset.prefetch_related(
            Prefetch("translations", queryset=Translation.objects.for_language(language))
        )
    return queryset


def _plain(questionnaire, overlay) -> PatientQuestionnaire:
    return PatientQuestionnaire(
        pk=questionnaire.pk,
        version=questionnaire.version,
        is_demo=questionnaire.is_demo,
        questions=tuple(
            PatientQuestion(
                key=q.key,
                kind=q.kind,
                text=q.text,
                help_text=q.help_text,
                error_name=q.error_name,
                example=q.example,
                unit=q.unit,
                step=q.step,
                min_value=q.min_value,
                max_value=q.max_value,
                # Labels as text in this language (the memo's key holds the language).
                choices=tuple((value, str(label)) for value, label in q.choice_pairs()),
            )
            for q in questionnaire.questions.all()
        ),
        fell_back=bool(overlay and overlay.fell_back),
    )


# The live safety net ---------------------------------------------------------


@dataclass(frozen=True)
class WarningSign:
    """One sign of the live list, as patients read it (plain data: it is kept
    in the per-process memo)."""

    key: str
    level: str
    text: str
    stayed_english: bool = False  # left in English on a page in another language


def warning_signs(language: str) -> tuple[WarningSign, ...]:
    """The published questionnaire's warning signs in ``language`` (a sign
    without an up-to-date translation stays English), read once per content
    version and language in each process."""

    def load():
        items = list(SafetyNetItem.objects.published())
        if language != settings.LANGUAGE_CODE:
            overlay = texts.Overlay(
                Translation.objects.published()
                .for_language(language)
                .filter(part=PartKind.SAFETY_NET)
            )
            for item in items:
                overlay.safety_net_item(item)
        return tuple(
            WarningSign(
                key=item.key,
                level=item.level,
                text=item.text,
                stayed_english=getattr(item, "stayed_english", False),
            )
            for item in items
        )

    return cached_per_version(f"triage:warning-signs:{language}", load)


# A result page -----------------------------------------------------------------

# Units a number is shown with in its singular or plural ("1 day", "3 days"; "1 día",
# "3 días"), in the page's language. Any other unit shows as the clinic wrote it.
COUNTED_UNITS = {
    "day": lambda n: ngettext("%(count)s day", "%(count)s days", n),
    "year": lambda n: ngettext("%(count)s year", "%(count)s years", n),
}
UNIT_WORDS = {
    "days": "day",
    "día": "day",
    "días": "day",
    "years": "year",
    "año": "year",
    "años": "year",
}


def answer_label(question, value) -> str:
    labels = dict(question.choice_pairs())
    if value in labels:
        return str(labels[value])
    unit = question.unit.strip()
    counted = COUNTED_UNITS.get(UNIT_WORDS.get(unit.casefold(), unit.casefold()))
    if counted is not None and isinstance(value, int) and not isinstance(value, bool):
        return counted(value) % {"count": value}
    return f"{value} {unit}".strip()


@dataclass(frozen=True)
class ResultPage:
    """What a result's page and its PDF show, in the page's language."""

    answer_rows: list  # (question, answer), in the questionnaire's order
    outcome: Outcome
    reasons: list[str]
    meanings: list[Words]
    until_then: list[Words]
    parent_line: str
    pages: list
    partly_english: bool
    safety_net_items: list
    headline: str
    advice: str
    safety_net: str

    def as_context(self) -> dict:
        return {field.name: getattr(self, field.name) for field in fields(self)}


def result_page(submission, language: str) -> ResultPage | None:
    """The result of ``submission`` in ``language``; None when its outcome is
    gone. The rules that fired are found by their stored keys (``fired_rules``)."""
    outcome = (
        Outcome.objects.filter(
            questionnaire=submission.questionnaire_id, key=submission.outcome_key
        )
        .prefetch_related(*outcome_pages_prefetch(submission.urgency))
        .first()
    )
    if outcome is None:
        return None
    clinic = ClinicSettings.load()
    answers = submission.answers
    questions = list(submission.questionnaire.questions.all())
    safety_net_items = list(SafetyNetItem.objects.filter(questionnaire=submission.questionnaire_id))
    rules = fired_rules(submission)
    reasons, overlay = _in_language(
        submission, language, outcome, questions, safety_net_items, rules
    )
    words = rule_words(rules, clinic, overlay)

    def filled(field):
        return texts.outcome_text(outcome, field, clinic, overlay)

    return ResultPage(
        # In the questionnaire's order (a JSON column does not keep key order).
        answer_rows=[
            (question.text, answer_label(question, answers[question.key]))
            for question in questions
            if question.key in answers
        ],
        outcome=outcome,
        reasons=reasons,
        meanings=words["patient_text"],
        until_then=words["until_then"],
        parent_line=parent_line(submission, clinic),
        pages=result_pages(submission, outcome, rules),
        partly_english=bool(overlay and overlay.fell_back),
        safety_net_items=safety_net_items,
        headline=filled("headline"),
        advice=filled("advice"),
        safety_net=filled("safety_net"),
    )


def _in_language(submission, language, outcome, questions, safety_net_items, rules):
    """(reasons, overlay): the version's texts in ``language``, laid over the
    rows loaded for this page (the overlay says which stayed English; None on
    an English page). The stored reasons are English; each is worded by the
    rule that gives it."""
    if language == settings.LANGUAGE_CODE:
        return submission.reasons, None
    overlay = texts.Overlay(
        Translation.objects.filter(questionnaire=submission.questionnaire_id, language=language)
    )
    overlay.outcome(outcome)
    for part in questions:
        if part.key in submission.answers:
            overlay.question(part, fields=("text", "unit"))  # what the answers show
    for part in safety_net_items:
        overlay.safety_net_item(part)
    return overlay.reasons(submission.reasons, rules), overlay
