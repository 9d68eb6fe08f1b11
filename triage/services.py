"""Writes for triage: submissions, publishing and cloning questionnaires."""

from collections.abc import Iterable, Mapping

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from triage import coverage, demo, engine, texts
from triage.messages import problem_message
from triage.models import (
    Clause,
    PartKind,
    Questionnaire,
    QuestionnaireStatus,
    SafetyGroup,
    Submission,
    Translation,
    translation_languages,
)
from triage.selectors import questionnaire_with_parts


def published_questionnaire(*, language: str | None = None) -> Questionnaire | None:
    return questionnaire_with_parts(Questionnaire.objects.published(), language=language).first()


def questionnaire_for_patients(
    language: str | None = None,
) -> tuple[Questionnaire | None, engine.Questionnaire | None]:
    """The published questionnaire in ``language`` (default: the active one) as
    rows, and its compiled rules. Texts without an up-to-date translation stay
    in English; ``questionnaire.overlay.fell_back`` says whether any did. Read
    on every call (the API keeps what it makes of it; the triage form reads
    ``selectors.patient_questionnaire``, kept as plain data)."""
    language = language or texts.patient_language()
    questionnaire = published_questionnaire(
        language=None if language == settings.LANGUAGE_CODE else language
    )
    if questionnaire is None:
        return (None, None)
    # Compiled before the texts are translated: rules and submissions keep
    # the English reasons, which result pages word in the reader's language.
    spec = questionnaire.to_engine()
    questionnaire.overlay = texts.localize(questionnaire, language)
    return (questionnaire, spec)


@transaction.atomic
def submission_create(
    *, questionnaire, answers: Mapping[str, object], spec=None, language: str = ""
) -> Submission:
    """Evaluate the answers and store the outcome; raises engine.InvalidAnswers.

    An emergency that fires is stored even when other answers are missing (the
    answers given, the outcome, the reasons and the version). Only valid answers
    to the questionnaire's own questions are kept: nothing that could identify
    the patient is stored. ``questionnaire`` is the version's row, or the plain
    ``selectors.PatientQuestionnaire`` with its ``spec``.
    """
    spec = spec or questionnaire.to_engine()
    assessment = engine.assess(spec, answers)
    if assessment.result is None:
        raise engine.InvalidAnswers(assessment.errors)
    result = assessment.result
    submission = Submission(
        questionnaire_id=questionnaire.pk,
        answers=assessment.answers,
        outcome_key=result.outcome,
        urgency=result.urgency,
        reasons=list(result.reasons),
        fired_rules=list(result.fired_refs),
        language=language,
    )
    submission.full_clean()
    submission.save()
    return submission


def questionnaire_run_tests(questionnaire: Questionnaire) -> list[engine.CaseResult]:
    spec = questionnaire.to_engine()
    cases = [(c.name, c.answers, c.expected_outcome) for c in questionnaire.test_cases.all()]
    return engine.run_cases(spec, cases)


def safety_net_signs(questionnaire: Questionnaire) -> list[coverage.Sign]:
    """The version's warning signs as engine data: each group's rank and the keys it covers."""
    ranks = {group.value: group.rank for group in SafetyGroup}
    return [
        coverage.Sign(
            rank=ranks.get(item.level, len(ranks)),
            covers=coverage.parse_keys(item.covers),
            text=item.text,
        )
        for item in questionnaire.safety_net.all()
    ]


def questionnaire_structure_problems(questionnaire: Questionnaire) -> list[str]:
    """What makes the questionnaire unusable or unsafe, in words: among them, a
    rule of rank 1-3 whose question no warning sign of its group or a more urgent
    one covers (the safety net must be as wide as the rules, CLINICAL.md v3.1)."""
    spec = questionnaire.to_engine()
    found = [problem_message(code, params) for code, params in engine.problems(spec)]
    if not questionnaire.safety_net.all():
        found.append(_("Add the warning signs of the safety net."))
    found += [
        problem_message(code, params)
        for code, params in coverage.safety_net_gaps(spec, safety_net_signs(questionnaire))
    ]
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
    # Every part keeps its key, so the translations copy as they are.
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
        conditions, articles = (
            list(rule.related_conditions.all()),
            list(rule.related_articles.all()),
        )
        rule.pk = None
        rule.questionnaire = draft
        rule.outcome = outcomes[rule.outcome_id]
        rule.save()
        rule.related_conditions.set(conditions)
        rule.related_articles.set(articles)
        Clause.objects.bulk_create(
            Clause(rule=rule, question=questions[c.question_id], operator=c.operator, value=c.value)
            for c in clauses
        )
    for case in source.test_cases.all():
        case.pk = None
        case.questionnaire = draft
        case.save()
    _copy_translations(source, draft)
    if source.default_outcome_id:
        draft.default_outcome = outcomes[source.default_outcome_id]
        draft.save(update_fields=["default_outcome"])
    return draft


def _copy_translations(source: Questionnaire, draft: Questionnaire) -> None:
    """The draft gets the source's translations, as they are (out-of-date ones
    stay out of date): they belong to the version like its English texts."""
    keys = {
        PartKind.RULE: {rule.key for rule in source.rules.all()},
        PartKind.SAFETY_NET: {item.key for item in source.safety_net.all()},
    }
    copies = []
    for row in Translation.objects.filter(questionnaire=source):
        if row.part in keys and row.key not in keys[row.part]:
            continue  # its rule or warning sign is gone
        row.pk, row.questionnaire = None, draft
        copies.append(row)
    Translation.objects.bulk_create(copies)


def _draft_for_translations(questionnaire: Questionnaire, language: str) -> Questionnaire:
    questionnaire = Questionnaire.objects.select_for_update().get(pk=questionnaire.pk)
    if not questionnaire.is_editable:
        raise ValidationError(
            _("A published or retired questionnaire cannot be changed. Clone it to a new draft.")
        )
    if language not in dict(translation_languages()):
        raise ValidationError(_("The portal does not offer this language."))
    return questionnaire


@transaction.atomic
def translations_save(
    *,
    questionnaire: Questionnaire,
    language: str,
    entries: Iterable[tuple["texts.SourceText", str, bool]],
) -> int:
    """Store a draft's translations into ``language``. ``entries`` are (English
    text, translation, confirmed): a new or changed translation is recorded as
    written from today's English; an unchanged one only when ``confirmed``
    (still right for changed English). A blank one is removed, so patients see
    the English. Returns how many rows changed."""
    questionnaire = _draft_for_translations(questionnaire, language)
    existing = {row.identity: row for row in questionnaire.translations.for_language(language)}
    changed = 0
    for source, translated, confirmed in entries:
        translated = translated.strip()
        row = existing.get(source.identity)
        if not translated:
            if row is not None:
                row.delete()
                changed += 1
            continue
        if row is not None and row.text == translated and not confirmed:
            continue
        row = row or Translation(
            questionnaire=questionnaire,
            language=language,
            part=source.part,
            key=source.key,
            field=source.field,
        )
        row.text, row.source_text = translated, source.text
        row.full_clean()
        row.save()
        changed += 1
    return changed


@transaction.atomic
def translations_fill_defaults(*, questionnaire: Questionnaire, language: str) -> int:
    """The shipped Spanish texts of the default questionnaire, on a draft that
    copies it, for the texts that have none. Returns how many were added."""
    questionnaire = _draft_for_translations(questionnaire, language)
    if language != demo.SPANISH or questionnaire.based_on != demo.BASED_ON:
        return 0
    return demo.add_default_translations(questionnaire)
