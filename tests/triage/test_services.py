"""Versioning, publishing and cloning questionnaires."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import CommandError, call_command

from tests.triage.answers import answers
from triage import services
from triage.models import Questionnaire, QuestionnaireStatus, Submission, TestCase

pytestmark = pytest.mark.django_db


def published():
    return services.published_questionnaire()


def test_check_triage_passes_on_the_demo_content(demo, capsys):
    call_command("check_triage")
    out = capsys.readouterr().out
    assert "FAIL" not in out
    assert " 0 failed" in out


def test_check_triage_fails_on_a_mismatch(demo):
    questionnaire = published()
    TestCase.objects.filter(questionnaire=questionnaire).update(expected_outcome="self_care")
    with pytest.raises(CommandError, match="failed"):
        call_command("check_triage")


def test_default_questionnaire_is_published_and_approved(demo):
    questionnaire = published()
    assert questionnaire.approved_by.username == "reviewer"
    assert questionnaire.test_cases.count() >= 25
    assert all(rule.source for rule in questionnaire.rules.all())


def test_publishing_a_draft_with_a_failing_case_is_refused(demo, reviewer):
    draft = services.questionnaire_clone(questionnaire=published())
    case = draft.test_cases.first()
    case.expected_outcome = "routine" if case.expected_outcome != "routine" else "self_care"
    case.save()
    with pytest.raises(ValidationError) as caught:
        services.questionnaire_publish(questionnaire=draft, user=reviewer)
    assert any(case.name in message for message in caught.value.messages)
    draft.refresh_from_db()
    assert draft.status == QuestionnaireStatus.DRAFT


def test_authors_cannot_publish(demo, author):
    draft = services.questionnaire_clone(questionnaire=published())
    with pytest.raises(PermissionDenied):
        services.questionnaire_publish(questionnaire=draft, user=author)


def test_clone_edit_test_publish_and_old_submissions_keep_their_version(demo, reviewer):
    version_1 = published()
    old = services.submission_create(questionnaire=version_1, answers=answers(not_improving="yes"))
    assert old.outcome_key == "routine"

    draft = services.questionnaire_clone(questionnaire=version_1)
    assert draft.version == version_1.version + 1
    assert draft.questions.count() == version_1.questions.count()
    assert draft.rules.count() == version_1.rules.count()
    assert draft.default_outcome.questionnaire == draft
    # The clinic decides that "not improving" needs a same-day call.
    rule = draft.rules.get(clauses__question__key="not_improving")
    rule.outcome = draft.outcomes.get(key="urgent")
    rule.save()
    # ...so the safety net must list it too (CLINICAL.md v3.1: as wide as the rules).
    draft.safety_net.create(
        level="urgent",
        text="rest and self-care have not helped in 2 to 3 weeks",
        covers="not_improving",
        order=99,
    )
    for case in draft.test_cases.all():
        if case.answers.get("not_improving") == "yes" and case.expected_outcome in (
            "routine",
            "under_18",
        ):
            case.expected_outcome = "urgent"
            case.save()
    services.questionnaire_publish(questionnaire=draft, user=reviewer)

    version_1.refresh_from_db()
    assert version_1.status == QuestionnaireStatus.RETIRED
    assert published() == draft
    new = services.submission_create(
        questionnaire=published(), answers=answers(not_improving="yes")
    )
    assert new.urgency == "urgent"
    old.refresh_from_db()
    assert old.questionnaire == version_1 and old.urgency == "routine"


def test_only_one_questionnaire_can_be_published(demo):
    from django.db import IntegrityError, transaction

    draft = services.questionnaire_clone(questionnaire=published())
    draft.status = QuestionnaireStatus.PUBLISHED
    with pytest.raises(IntegrityError), transaction.atomic():
        draft.save()


def test_purge_removes_only_old_submissions(demo):
    from datetime import timedelta

    from django.utils import timezone

    questionnaire = published()
    old = services.submission_create(questionnaire=questionnaire, answers=answers())
    Submission.objects.filter(pk=old.pk).update(created=timezone.now() - timedelta(days=40))
    recent = services.submission_create(questionnaire=questionnaire, answers=answers())
    call_command("purge_triage_submissions", "--older-than", "30", verbosity=0)
    assert list(Submission.objects.all()) == [recent]


def test_loader_leaves_the_clinics_questionnaire_alone(demo):
    before = list(Questionnaire.objects.values_list("pk", "version", "status"))
    call_command("load_demo_content", verbosity=0)
    assert list(Questionnaire.objects.values_list("pk", "version", "status")) == before
