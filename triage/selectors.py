"""Reads for a triage result: what its page, its PDF and the API show beyond the
outcome's own texts (CLINICAL.md 3.1, "Outcome wording").

- The words of the rules that fired: what each reason may mean, and what to do
  until seen, deduplicated, in rule order (most urgent outcome first).
- The line for a young person (``age < 18``): tell a parent or caregiver now.
- The pages to read: none on an emergency; on an urgent result only the pages
  of its reasons; otherwise the outcome's own. Titles in the page's language.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Prefetch
from django.utils.translation import gettext as _

from articles.models import Article, Condition
from articles.translations import localise_all
from clinic.urgency import Urgency
from triage import texts
from triage.models import PartKind, Rule

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
