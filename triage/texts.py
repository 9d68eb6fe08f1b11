"""Which of a questionnaire's texts patients read, and those texts in their language.

``english_texts`` lists every patient-facing text of a version with a stable
identity (part, key, field); ``statuses`` says, per text, whether a language
has it (up to date, out of date or missing); ``localize`` puts the up-to-date
translations onto a private copy of the version's rows for one page.

What patients see when a translation is missing or out of date: the English
text of that part, and a notice on the page saying that some parts are in
English. An out-of-date translation was written for other English: in triage
the wording of a question *is* part of the rule (“4 steps”, “more than 2
weeks”, a fever threshold), and a warning sign that changed may name a new
red flag. A text no one has checked against the rules the clinician approved
could make a patient answer a different question than the rule asks, or miss
a warning sign; the English text is the approved one. Staff see every such
text flagged in the admin, with counts, so that it gets translated again.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from triage.models import PartKind, QuestionKind, Translation, translation_languages

UP_TO_DATE, OUT_OF_DATE, MISSING = "up_to_date", "out_of_date", "missing"

# The texts of each part that patients read (the rest is logic, keys and staff notes).
QUESTIONNAIRE_FIELDS = ("title", "introduction")
QUESTION_FIELDS = ("text", "help_text", "error_name", "unit")
OUTCOME_FIELDS = ("headline", "advice", "safety_net")
# A rule's reason completes "Because you told us ..."; the other two are its own
# words on the result (CLINICAL.md 3.1, "Outcome wording").
RULE_FIELDS = ("reason", "patient_text", "until_then")
RULE_WORDS = ("patient_text", "until_then")
CHOICE_PREFIX = "choice:"

FIELD_LABELS = {
    "title": _("title"),
    "introduction": _("introduction"),
    "text": _("text"),
    "help_text": _("help text"),
    "error_name": _("name in error messages (completes “Tell us …”)"),
    "unit": _("unit"),
    "headline": _("headline"),
    "advice": _("advice"),
    "safety_net": _("safety net"),
    "reason": _("reason (completes “Because you told us …”)"),
    "patient_text": _("what it may mean"),
    "until_then": _("until you are seen"),
}
LONG_FIELDS = {"introduction", "advice", "safety_net", "patient_text", "until_then"}

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


@dataclass(frozen=True)
class SourceText:
    """One English text patients read, and where it lives."""

    part: str
    key: str
    field: str
    text: str
    label: str  # what it is, for staff: "Question age: help text"
    max_length: int | None = None

    @property
    def identity(self) -> tuple[str, str, str]:
        return (self.part, self.key, self.field)

    @property
    def name(self) -> str:
        """A form field name: the identity, which never holds a colon before the field."""
        return f"{self.part}:{self.key}:{self.field}"

    @property
    def long(self) -> bool:
        return self.field in LONG_FIELDS


def _max_length(model, field: str) -> int | None:
    if field.startswith(CHOICE_PREFIX):
        return 100
    return model._meta.get_field(field).max_length


def _fields(instance, part: str, key: str, fields, label: str):
    for field in fields:
        text = getattr(instance, field)
        if text:
            yield SourceText(
                part,
                key,
                field,
                text,
                f"{label}: {FIELD_LABELS[field]}",
                _max_length(type(instance), field),
            )


def english_texts(questionnaire) -> list[SourceText]:
    """Every patient-facing text of the version, in the order patients meet them.
    Uses prefetched parts when present (``services.questionnaire_with_parts``)."""
    found = list(
        _fields(questionnaire, PartKind.QUESTIONNAIRE, "", QUESTIONNAIRE_FIELDS, _("Questionnaire"))
    )
    for question in questionnaire.questions.all():
        label = _("Question %(key)s") % {"key": question.key}
        found += _fields(question, PartKind.QUESTION, question.key, QUESTION_FIELDS, label)
        if question.kind == QuestionKind.CHOICE:
            for value, choice in question.choice_pairs():
                found.append(
                    SourceText(
                        PartKind.QUESTION,
                        question.key,
                        CHOICE_PREFIX + value,
                        choice,
                        f"{label}: " + _("answer %(value)s") % {"value": value},
                        100,
                    )
                )
    for item in questionnaire.safety_net.all():
        label = _("Warning sign (%(level)s)") % {"level": item.get_level_display()}
        found += _fields(item, PartKind.SAFETY_NET, item.key, ("text",), label)
    for outcome in questionnaire.outcomes.all():
        label = _("Outcome %(key)s") % {"key": outcome.key}
        found += _fields(outcome, PartKind.OUTCOME, outcome.key, OUTCOME_FIELDS, label)
    for rule in questionnaire.rules.all():
        label = _("Rule “%(name)s”") % {"name": rule.name}
        found += _fields(rule, PartKind.RULE, rule.key, RULE_FIELDS, label)
    return found


def status_of(source: SourceText, row: Translation | None) -> str:
    if row is None or not row.text.strip():
        return MISSING
    return UP_TO_DATE if row.source_text == source.text else OUT_OF_DATE


@dataclass(frozen=True)
class TextStatus:
    source: SourceText
    row: Translation | None
    status: str


def statuses(questionnaire, language: str, rows: Iterable[Translation] | None = None):
    """A TextStatus for each English text of the version in ``language``."""
    if rows is None:
        rows = questionnaire.translations.for_language(language)
    by_identity = {row.identity: row for row in rows if row.language == language}
    found = []
    for source in english_texts(questionnaire):
        row = by_identity.get(source.identity)
        found.append(TextStatus(source, row, status_of(source, row)))
    return found


@dataclass(frozen=True)
class LanguageSummary:
    code: str
    name: str
    up_to_date: int
    out_of_date: int
    missing: int
    needing_work: list  # TextStatus rows that are out of date or missing


def summaries(questionnaire) -> list[LanguageSummary]:
    """Per translation language: counts, and the texts that need work."""
    rows = list(questionnaire.translations.all())
    found = []
    for code, name in translation_languages():
        texts = statuses(questionnaire, code, rows)
        found.append(
            LanguageSummary(
                code,
                name,
                sum(t.status == UP_TO_DATE for t in texts),
                sum(t.status == OUT_OF_DATE for t in texts),
                sum(t.status == MISSING for t in texts),
                [t for t in texts if t.status != UP_TO_DATE],
            )
        )
    return found


def placeholder_problem(english: str, translated: str) -> str | None:
    """Why a translation's {placeholders} do not match the English, or None."""
    wanted, got = set(PLACEHOLDER.findall(english)), set(PLACEHOLDER.findall(translated))
    problems = []
    if wanted - got:
        problems.append(
            _("Keep %(names)s: the clinic's details are filled in there.")
            % {"names": ", ".join(sorted(wanted - got))}
        )
    if got - wanted:
        problems.append(
            _("%(names)s is not in the English text.") % {"names": ", ".join(sorted(got - wanted))}
        )
    return " ".join(str(p) for p in problems) or None


# What patients see -------------------------------------------------------------


def patient_language() -> str:
    """The active language if the questionnaire may be shown in it, else English."""
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0].lower()
    if language in dict(translation_languages()):
        return language
    return settings.LANGUAGE_CODE


def rule_text(rule, field: str, clinic, overlay: "Overlay | None" = None) -> str:
    """A rule's own words as patients read them, filled like ``outcome_text``."""
    english = overlay is not None and overlay.stayed_english(PartKind.RULE, rule.key, field)
    return clinic.fill(getattr(rule, field), language=settings.LANGUAGE_CODE if english else None)


def outcome_text(outcome, field: str, clinic, overlay: "Overlay | None" = None) -> str:
    """An outcome's text as patients read it: its {placeholders} filled with the
    clinic's words in the text's own language (English where the translation
    fell back, so no Spanish words land in an English sentence)."""
    english = overlay is not None and overlay.stayed_english(PartKind.OUTCOME, outcome.key, field)
    return clinic.fill(
        getattr(outcome, field), language=settings.LANGUAGE_CODE if english else None
    )


class Overlay:
    """The up-to-date translations of one version in one language, laid over
    the English of rows loaded for one page (never saved). ``fell_back`` says
    whether any text on the page stayed in English, ``stayed_english`` which."""

    def __init__(self, rows: Iterable[Translation]):
        self.rows = {row.identity: row for row in rows}
        # (part, key, field) of each text left in English.
        self.in_english: set[tuple[str, str, str]] = set()

    @property
    def fell_back(self) -> bool:
        return bool(self.in_english)

    def stayed_english(self, part: str, key: str, field: str) -> bool:
        return (part, key, field) in self.in_english

    def text(self, part: str, key: str, field: str, english: str) -> str:
        row = self.rows.get((part, key, field))
        if row is not None and row.text.strip() and row.source_text == english:
            return row.text
        self.in_english.add((part, key, field))
        return english

    def _apply(self, instance, part: str, key: str, fields) -> None:
        for field in fields:
            english = getattr(instance, field)
            if english:
                setattr(instance, field, self.text(part, key, field, english))

    def questionnaire(self, questionnaire) -> None:
        self._apply(questionnaire, PartKind.QUESTIONNAIRE, "", QUESTIONNAIRE_FIELDS)

    def question(self, question, fields=QUESTION_FIELDS) -> None:
        if question.kind == QuestionKind.CHOICE:
            question.choices = "\n".join(
                f"{value}|"
                + self.text(PartKind.QUESTION, question.key, CHOICE_PREFIX + value, label)
                for value, label in question.choice_pairs()
            )
        self._apply(question, PartKind.QUESTION, question.key, fields)

    def outcome(self, outcome) -> None:
        self._apply(outcome, PartKind.OUTCOME, outcome.key, OUTCOME_FIELDS)

    def safety_net_item(self, item) -> None:
        self._apply(item, PartKind.SAFETY_NET, item.key, ("text",))
        # A sign left in English on a page in another language says so (lang="en").
        item.stayed_english = self.stayed_english(PartKind.SAFETY_NET, item.key, "text")

    def rule_words(self, rule) -> None:
        """A rule's own words on the result (not its reason: see ``reasons``)."""
        self._apply(rule, PartKind.RULE, rule.key, RULE_WORDS)

    def reasons(self, english_reasons: Iterable[str], rules: Iterable) -> list[str]:
        """A submission's stored (English) reasons in this language: each reason
        is found among the version's rules that give it."""
        rule_by_reason = {}
        for rule in rules:
            rule_by_reason.setdefault(rule.reason, rule)
        translated = []
        for reason in english_reasons:
            rule = rule_by_reason.get(reason)
            if rule is None:
                self.in_english.add((PartKind.RULE, "", reason))
                translated.append(reason)
            else:
                translated.append(self.text(PartKind.RULE, rule.key, "reason", reason))
        return translated


def localize(questionnaire, language: str) -> Overlay | None:
    """Lay the language's up-to-date texts over a version loaded with its parts
    and translations (``services.questionnaire_with_parts``), in place: call it
    only on rows loaded for this purpose, after compiling the rules. None for
    English."""
    if language == settings.LANGUAGE_CODE:
        return None
    overlay = Overlay(t for t in questionnaire.translations.all() if t.language == language)
    overlay.questionnaire(questionnaire)
    for question in questionnaire.questions.all():
        overlay.question(question)
    for outcome in questionnaire.outcomes.all():
        overlay.outcome(outcome)
    for item in questionnaire.safety_net.all():
        overlay.safety_net_item(item)
    # Rules keep their English reasons: a submission stores those, and its
    # result page words them in the reader's language (``Overlay.reasons``).
    # Their own words (what it may mean, until seen) are read, never stored.
    for rule in questionnaire.rules.all():
        overlay.rule_words(rule)
    return overlay
