"""Load the default questionnaire (triage/defaults.py) into the database once."""

from django.db import transaction
from django.utils import timezone

from articles.models import Article, Condition
from triage import defaults
from triage.models import (
    Clause,
    Outcome,
    Question,
    Questionnaire,
    QuestionnaireStatus,
    Rule,
    TestCase,
)


@transaction.atomic
def ensure_default_questionnaire(*, approved_by) -> tuple[Questionnaire, bool]:
    """Create and publish version 1 unless the clinic already has a questionnaire."""
    existing = Questionnaire.objects.order_by("-version").first()
    if existing is not None:
        return existing, False
    questionnaire = Questionnaire.objects.create(
        version=1,
        introduction="",
        notes="Default questionnaire shipped with the portal (CLINICAL.md).",
    )
    questions = {}
    for order, data in enumerate(defaults.QUESTIONS):
        questions[data["key"]] = Question.objects.create(
            questionnaire=questionnaire,
            order=order,
            key=data["key"],
            text=data["text"],
            help_text=data.get("help_text", ""),
            kind=data["kind"],
            choices=data.get("choices", ""),
            min_value=data.get("min_value"),
            max_value=data.get("max_value"),
            unit=data.get("unit", ""),
            emergency=data.get("emergency", False),
            red_flag=data.get("red_flag", False),
        )
    outcomes = {}
    for data in defaults.OUTCOMES:
        outcome = Outcome.objects.create(
            questionnaire=questionnaire,
            key=data["key"],
            urgency=data["urgency"],
            headline=data["headline"],
            advice=data["advice"],
            safety_net=data["safety_net"],
        )
        outcome.related_conditions.set(
            Condition.objects.filter(slug__in=data.get("related_conditions", []))
        )
        outcome.related_articles.set(
            Article.objects.filter(slug__in=data.get("related_articles", []))
        )
        outcomes[data["key"]] = outcome
    for order, data in enumerate(defaults.RULES):
        rule = Rule.objects.create(
            questionnaire=questionnaire,
            order=order,
            name=data["name"],
            outcome=outcomes[data["outcome"]],
            reason=data["reason"],
            source=data["source"],
        )
        Clause.objects.bulk_create(
            Clause(rule=rule, question=questions[key], operator=op, value=str(value))
            for key, op, value in data["clauses"]
        )
    TestCase.objects.bulk_create(
        TestCase(
            questionnaire=questionnaire,
            name=c["name"],
            answers=c["answers"],
            expected_urgency=c["expected"],
        )
        for c in defaults.TEST_CASES
    )
    questionnaire.default_outcome = outcomes[defaults.DEFAULT_OUTCOME]
    questionnaire.status = QuestionnaireStatus.PUBLISHED
    questionnaire.approved_by = approved_by
    questionnaire.approved_on = timezone.localdate()
    questionnaire.save()
    return questionnaire, True
