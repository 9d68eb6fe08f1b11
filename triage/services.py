"""Writes for triage: submissions, publishing and cloning questionnaires."""

from collections.abc import Mapping

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max, Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _

from clinic.memo import cached_per_version
from triage import engine
from triage.messages import problem_message
from triage.models import Clause, Questionnaire, QuestionnaireStatus, Rule, Submission


def questionnaire_with_parts(queryset=None):
    """Questionnaires with everything ``to_engine()`` needs, in a fixed number of queries."""
    queryset = Questionnaire.objects.all() if queryset is None else queryset
    return queryset.select_related("default_outcome").prefetch_related(
        "questions",
        "outcomes",
        "safety_net",
        Prefetch(
            "rules", queryset=Rule.objects.select_related("outcome").prefetch_related("clauses")
        ),
    )


def published_questionnaire() -> Questionnaire | None:
    return questionnaire_with_parts(Questionnaire.objects.published()).first()


def questionnaire_for_patients() -> tuple[Questionnaire | None, engine.Questionnaire | None]:
    """The published questionnaire and its compiled rules, loaded once per
    content version in each process (every change to a questionnaire's parts
    moves the version: triage/apps.py)."""

    def load():
        questionnaire = published_questionnaire()
        return (questionnaire, questionnaire.to_engine() if questionnaire else None)

    return cached_per_version("triage:published", load)


@transaction.atomic
def submission_create(
    *, questionnaire: Questionnaire, answers: Mapping[str, object], spec=None
) -> Submission:
    """Evaluate the answers and store the outcome; raises engine.InvalidAnswers.

    An emergency that fires is stored even when other answers are missing (the
    answers given, the outcome, the reasons and the version). Only valid answers
    to the questionnaire's own questions are kept: nothing that could identify
    the patient is stored.
    """
    spec = spec or questionnaire.to_engine()
    assessment = engine.assess(spec, answers)
    if assessment.result is None:
        raise engine.InvalidAnswers(assessment.errors)
    result = assessment.result
    submission = Submission(
        questionnaire=questionnaire,
        answers=assessment.answers,
        outcome_key=result.outcome,
        urgency=result.urgency,
        reasons=list(result.reasons),
    )
    submission.full_clean()
    submission.save()
    return submission


def questionnaire_run_tests(questionnaire: Questionnaire) -> list[engine.CaseResult]:
    spec = questionnaire.to_engine()
    cases = [(c.name, c.answers, c.expected_outcome) for c in questionnaire.test_cases.all()]
    return engine.run_cases(spec, cases)


def questionnaire_structure_problems(questionnaire: Questionnaire) -> list[str]:
    """What makes the questionnaire unusable or unsafe, in words."""
    found = [
        problem_message(code, params) for code, params in engine.problems(questionnaire.to_engine())
    ]
    if not questionnaire.safety_net.all():
        found.append(_("Add the warning signs of the safety net."))
    return found


def questionnaire_problems(questionnaire: Questionnaire) -> list[str]:
    """Everything that stops a questionnaire from being published."""
    found = questionnaire_structure_problems(questionnaire)
    results = questionnaire_run_tests(questionnaire)
    if not results:
        found.append(_("Add at least one test case."))
    found += [
        _("Test case “%(name)s” expected %(expected)s but gave %(got)s.")
        % {"name": r.name, "expected": r.expected, "got": r.got}
        for r in results
        if not r.passed
    ]
    return found


@transaction.atomic
def questionnaire_publish(*, questionnaire: Questionnaire, user) -> Questionnaire:
    """Approve and publish a draft; the version it replaces is retired."""
    if not user.has_perm("triage.publish_questionnaire"):
        raise PermissionDenied(_("You do not have permission to publish questionnaires."))
    questionnaire = (
        questionnaire_with_parts().select_for_update(of=("self",)).get(pk=questionnaire.pk)
    )
    if questionnaire.status != QuestionnaireStatus.DRAFT:
        raise ValidationError(_("Only a draft can be published."))
    failures = questionnaire_problems(questionnaire)
    if failures:
        raise ValidationError(failures)
    Questionnaire.objects.published().update(status=QuestionnaireStatus.RETIRED)
    questionnaire.status = QuestionnaireStatus.PUBLISHED
    questionnaire.is_demo = False  # a clinician with the right to publish approved it
    questionnaire.approved_by = user
    questionnaire.approved_on = timezone.localdate()
    questionnaire.save()
    return questionnaire


@transaction.atomic
def questionnaire_clone(*, questionnaire: Questionnaire) -> Questionnaire:
    """A new draft version with copies of every question, outcome, rule and test case."""
    source = questionnaire_with_parts().get(pk=questionnaire.pk)
    next_version = (Questionnaire.objects.aggregate(v=Max("version"))["v"] or 0) + 1
    draft = Questionnaire.objects.create(
        title=source.title,
        version=next_version,
        introduction=source.introduction,
        based_on=source.based_on,
        notes=_("Copied from version %(version)s.") % {"version": source.version},
    )
    for item in source.safety_net.all():
        item.pk = None
        item.questionnaire = draft
        item.save()
    questions = {}
    for question in source.questions.all():
        old_pk = question.pk
        question.pk = None
        question.questionnaire = draft
        question.save()
        questions[old_pk] = question
    outcomes = {}
    for outcome in source.outcomes.all():
        old = type(outcome).objects.get(pk=outcome.pk)
        outcome.pk = None
        outcome.questionnaire = draft
        outcome.save()
        outcome.related_conditions.set(old.related_conditions.all())
        outcome.related_articles.set(old.related_articles.all())
        outcomes[old.pk] = outcome
    for rule in source.rules.all():
        clauses = list(rule.clauses.all())
        rule.pk = None
        rule.questionnaire = draft
        rule.outcome = outcomes[rule.outcome_id]
        rule.save()
        Clause.objects.bulk_create(
            Clause(rule=rule, question=questions[c.question_id], operator=c.operator, value=c.value)
            for c in clauses
        )
    for case in source.test_cases.all():
        case.pk = None
        case.questionnaire = draft
        case.save()
    if source.default_outcome_id:
        draft.default_outcome = outcomes[source.default_outcome_id]
        draft.save(update_fields=["default_outcome"])
    return draft
