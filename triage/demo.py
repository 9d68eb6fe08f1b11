"""Load the default questionnaire (triage/defaults/, CLINICAL.md v3) into the database.

- A fresh database gets it published, marked as sample (demo) data.
- A database that already serves an older version keeps serving it and gets
  the default as a draft, for the clinical lead to review and publish.
- A database that already has it (or a copy of it) is left alone.

``add_default_questionnaire`` takes the model classes from an app registry, so
the same code runs from the data migration (historical models) and from
``load_demo_content``. Version 3 ships in ``triage/defaults/``; a later version will
ship as its own module with its own ``BASED_ON`` marker.
"""

from django.apps import apps as global_apps
from django.db import transaction
from django.utils import timezone

from triage import defaults

BASED_ON = "CLINICAL.md v3"


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


def add_default_questionnaire(*, apps=global_apps, publish: bool, approved_by=None, is_demo: bool):
    """Create the default questionnaire; returns it."""
    m = _models(apps)
    Condition = apps.get_model("articles", "Condition")
    Article = apps.get_model("articles", "Article")
    latest = m["Questionnaire"].objects.order_by("-version").values_list("version", flat=True)
    questionnaire = m["Questionnaire"].objects.create(
        version=(latest.first() or 0) + 1,
        title="Knee pain: what help do I need?",
        introduction="",
        notes=defaults.VERSION_NOTE,
        based_on=BASED_ON,
        is_demo=is_demo,
    )
    questions = {}
    for order, data in enumerate(defaults.QUESTIONS):
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
    add_safety_net(questionnaire, apps)
    outcomes = {}
    for data in defaults.OUTCOMES:
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
    for order, data in enumerate(defaults.RULES):
        rule = m["Rule"].objects.create(
            questionnaire=questionnaire,
            order=order,
            name=data["name"],
            outcome=outcomes[data["outcome"]],
            reason=data["reason"],
            source=data["source"],
        )
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
        for case in defaults.TEST_CASES
    )
    questionnaire.default_outcome = outcomes[defaults.DEFAULT_OUTCOME]
    if publish:
        questionnaire.status = "published"
        questionnaire.approved_by = approved_by
        questionnaire.approved_on = timezone.localdate()
    questionnaire.save()
    return questionnaire


def add_safety_net(questionnaire, apps=global_apps):
    SafetyNetItem = apps.get_model("triage", "SafetyNetItem")
    SafetyNetItem.objects.bulk_create(
        SafetyNetItem(questionnaire=questionnaire, order=order, level=level, text=text)
        for order, (level, text) in enumerate(defaults.SAFETY_NET)
    )


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
