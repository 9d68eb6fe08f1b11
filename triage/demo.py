"""Load the default questionnaire (triage/defaults/, CLINICAL.md v3; its safety net v3.1) into the database.

- A fresh database gets it published, marked as sample (demo) data.
- A database that already serves an older version keeps serving it and gets
  the default as a draft, for the clinical lead to review and publish.
- A database that already has it (or a copy of it) is left alone.
- The default comes with its Spanish texts (``triage/defaults/spanish.py``),
  as translation rows of the same version: sample data like the English,
  reviewed and published with it.

This runs on today's models only. Migrations never call it: the ones that
loaded the default (0005, 0007) use their own frozen copy of the code and the
data as they were (``triage/migrations/_frozen_v3.py``), so editing the
defaults never changes what an old migration inserts. Rules and warning signs
carry their keys (``triage/defaults/keys.py``); the Spanish finds its rule or
sign by key. Each shipped version is one record (``triage/defaults/versions.py``:
v3, frozen; a later one beside it with its own ``based_on`` marker).
"""

from django.apps import apps as global_apps
from django.db import transaction
from django.utils import timezone

from triage.defaults.versions import LATEST, ShippedVersion

BASED_ON = LATEST.based_on
RULE_WORDS = ("patient_text", "until_then")
DEFAULT_TITLE = LATEST.title
SPANISH = "es"


def _models(apps):
    return {
        name: apps.get_model("triage", name)
        for name in (
            "Questionnaire",
            "Question",
            "Outcome",
            "Rule",
            "Clause",
            "TestCase",
            "SafetyNetItem",
        )
    }


def add_default_questionnaire(
    *,
    apps=global_apps,
    publish: bool,
    approved_by=None,
    is_demo: bool,
    version: ShippedVersion = LATEST,
):
    """Create a shipped ``version`` (the newest by default) as rows; returns it."""
    m = _models(apps)
    Condition = apps.get_model("articles", "Condition")
    Article = apps.get_model("articles", "Article")
    latest = m["Questionnaire"].objects.order_by("-version").values_list("version", flat=True)
    questionnaire = m["Questionnaire"].objects.create(
        version=(latest.first() or 0) + 1,
        title=version.title,
        introduction="",
        notes=version.note,
        based_on=version.based_on,
        is_demo=is_demo,
    )
    questions = {}
    for order, data in enumerate(version.questions):
        questions[data["key"]] = m["Question"].objects.create(
            questionnaire=questionnaire,
            order=order,
            key=data["key"],
            text=data["text"],
            help_text=data.get("help_text", ""),
            error_name=data.get("error_name", ""),
            example=data.get("example", ""),
            kind=data["kind"],
            min_value=data.get("min_value"),
            max_value=data.get("max_value"),
            unit=data.get("unit", ""),
            step=data["step"],
            ask_when=data.get("ask_when", ""),
            red_flag=data.get("red_flag", False),
        )
    add_safety_net(questionnaire, apps, version=version)
    outcomes = {}
    for data in version.outcomes:
        outcome = m["Outcome"].objects.create(
            questionnaire=questionnaire,
            key=data["key"],
            rank=data["rank"],
            urgency=data["urgency"],
            headline=data["headline"],
            advice=data["advice"],
            safety_net=data["safety_net"],
        )
        outcome.related_conditions.set(
            Condition.objects.filter(slug__in=data["related_conditions"])
        )
        outcome.related_articles.set(Article.objects.filter(slug__in=data["related_articles"]))
        outcomes[data["key"]] = outcome
    for order, data in enumerate(version.rules):
        rule = m["Rule"].objects.create(
            questionnaire=questionnaire,
            order=order,
            key=data["key"],
            name=data["name"],
            outcome=outcomes[data["outcome"]],
            reason=data["reason"],
            source=data["source"],
            **{field: data[field] for field in RULE_WORDS},
        )
        rule.related_conditions.set(Condition.objects.filter(slug__in=data["related_conditions"]))
        rule.related_articles.set(Article.objects.filter(slug__in=data["related_articles"]))
        m["Clause"].objects.bulk_create(
            m["Clause"](rule=rule, question=questions[key], operator=op, value=str(value))
            for key, op, value in data["clauses"]
        )
    m["TestCase"].objects.bulk_create(
        m["TestCase"](
            questionnaire=questionnaire,
            name=case["name"],
            answers=case["answers"],
            expected_outcome=case["expected"],
        )
        for case in version.test_cases
    )
    add_default_translations(questionnaire, apps, version=version)
    questionnaire.default_outcome = outcomes[version.default_outcome]
    if publish:
        questionnaire.status = "published"
        questionnaire.approved_by = approved_by
        questionnaire.approved_on = timezone.localdate()
    questionnaire.save()
    return questionnaire


def add_safety_net(questionnaire, apps=global_apps, *, version: ShippedVersion = LATEST):
    """The shipped list (CLINICAL.md v3.1: three groups, each sign with its key
    and the question keys it covers)."""
    SafetyNetItem = apps.get_model("triage", "SafetyNetItem")
    SafetyNetItem.objects.bulk_create(
        SafetyNetItem(
            questionnaire=questionnaire,
            order=order,
            key=key,
            level=level,
            text=text,
            covers=", ".join(covers),
        )
        for order, (key, level, text, covers) in enumerate(version.safety_net)
    )


def _spanish_texts(questionnaire, apps, version: ShippedVersion):
    """(part, key, field, Spanish, the shipped English) for each default text
    whose part the version still has."""
    m = _models(apps)
    english_questions = {q["key"]: q for q in version.questions}
    for question in m["Question"].objects.filter(questionnaire=questionnaire):
        english = english_questions.get(question.key, {})
        for field, text in version.spanish_questions.get(question.key, {}).items():
            if english.get(field):
                yield "question", question.key, field, text, english[field]
    english_outcomes = {o["key"]: o for o in version.outcomes}
    for outcome in m["Outcome"].objects.filter(questionnaire=questionnaire):
        for field, text in version.spanish_outcomes.get(outcome.key, {}).items():
            yield "outcome", outcome.key, field, text, english_outcomes[outcome.key][field]
    # Rules and warning signs by key: a rule the clinic renamed or a sign it
    # reworded keeps its key, so its Spanish still finds it.
    english_rules = {r["key"]: r for r in version.rules}
    spanish_reasons, spanish_words = version.spanish_rule_reasons, version.spanish_rule_words
    for rule in m["Rule"].objects.filter(questionnaire=questionnaire, key__in=english_rules):
        english = english_rules[rule.key]
        if rule.key in spanish_reasons:
            yield "rule", rule.key, "reason", spanish_reasons[rule.key], english["reason"]
        words = dict(zip(RULE_WORDS, spanish_words.get(rule.key, ()), strict=False))
        for field, text in words.items():
            # Only beside the shipped English: a rule the clinic reworded keeps its words.
            if getattr(rule, field, "") == english[field]:
                yield "rule", rule.key, field, text, english[field]
    english_signs = {key: text for key, _group, text, _covers in version.safety_net}
    spanish_signs = version.spanish_safety_net
    for item in m["SafetyNetItem"].objects.filter(
        questionnaire=questionnaire, key__in=spanish_signs
    ):
        if item.text == english_signs[item.key]:  # a sign the clinic reworded keeps its words
            yield "safety_net", item.key, "text", spanish_signs[item.key], item.text
    yield "questionnaire", "", "title", version.spanish_title, version.title


def add_default_translations(
    questionnaire, apps=global_apps, *, version: ShippedVersion = LATEST
) -> int:
    """Store the shipped Spanish texts of the default questionnaire on a version
    that copies it, where it has no Spanish text yet. Each row records the
    shipped English it was written from, so a text the clinic has changed
    since shows as out of date. Returns how many were added."""
    Translation = apps.get_model("triage", "Translation")
    have = set(
        Translation.objects.filter(questionnaire=questionnaire, language=SPANISH).values_list(
            "part", "key", "field"
        )
    )
    rows = [
        Translation(
            questionnaire=questionnaire,
            language=SPANISH,
            part=part,
            key=key,
            field=field,
            text=text,
            source_text=english,
        )
        for part, key, field, text, english in _spanish_texts(questionnaire, apps, version)
        if (part, key, field) not in have
    ]
    Translation.objects.bulk_create(rows)
    return len(rows)


def upgrade_to_default(apps=global_apps):
    """An existing questionnaire stays; the default arrives as a draft, once.

    Versions made before the safety net was data get the default list, so that
    condition pages never show an empty list of warning signs meanwhile.
    """
    Questionnaire = apps.get_model("triage", "Questionnaire")
    for older in Questionnaire.objects.filter(safety_net__isnull=True):
        add_safety_net(older, apps)
    if not Questionnaire.objects.exists() or Questionnaire.objects.filter(based_on=BASED_ON):
        return None
    # Shipped and not yet approved by this clinic: sample data until published.
    return add_default_questionnaire(apps=apps, publish=False, is_demo=True)


@transaction.atomic
def ensure_default_questionnaire(*, approved_by):
    """(questionnaire, created): version 3 published on a fresh database, as sample
    data; a draft beside an older version; nothing when it is already there."""
    from triage.models import Questionnaire

    if not Questionnaire.objects.exists():
        questionnaire = add_default_questionnaire(
            publish=True, approved_by=approved_by, is_demo=True
        )
        return questionnaire, True
    draft = upgrade_to_default()
    if draft is not None:
        return draft, True
    return Questionnaire.objects.order_by("-version").first(), False
