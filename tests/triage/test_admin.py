"""Staff manage the questionnaire in the admin."""

import pytest
from django.urls import reverse

from tests.triage.answers import answers
from triage import services
from triage.models import QuestionnaireStatus, Rule

pytestmark = pytest.mark.django_db


def test_published_questionnaire_is_read_only(client, demo, reviewer):
    questionnaire = services.published_questionnaire()
    client.force_login(reviewer)
    url = reverse("admin:triage_questionnaire_change", args=[questionnaire.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert not response.context["has_change_permission"]
    assert "This version is read-only" in response.content.decode()
    assert client.post(url, {"title": "Changed"}).status_code == 403
    questionnaire.refresh_from_db()
    assert questionnaire.title != "Changed"
    rule = questionnaire.rules.first()
    rule_url = reverse("admin:triage_rule_change", args=[rule.pk])
    assert client.post(rule_url, {"name": "Changed"}).status_code == 403


def test_clone_button_makes_an_editable_draft(client, demo, reviewer):
    questionnaire = services.published_questionnaire()
    client.force_login(reviewer)
    response = client.post(
        reverse("admin:triage_questionnaire_clone", args=[questionnaire.pk]), follow=True
    )
    draft = response.context["original"]
    assert draft.status == QuestionnaireStatus.DRAFT and draft.version == 2
    assert response.context["has_change_permission"]
    assert "Publish (runs all test cases)" in response.content.decode()


def test_run_test_cases_shows_pass_and_fail(client, demo, reviewer):
    questionnaire = services.published_questionnaire()
    client.force_login(reviewer)
    page = client.get(
        reverse("admin:triage_questionnaire_tests", args=[questionnaire.pk])
    ).content.decode()
    assert "all passed" in page and page.count(">PASS<") >= 25
    draft = services.questionnaire_clone(questionnaire=questionnaire)
    case = draft.test_cases.first()
    case.expected_outcome = "self_care" if case.expected_outcome != "self_care" else "emergency"
    case.save()
    page = client.get(reverse("admin:triage_questionnaire_tests", args=[draft.pk])).content.decode()
    assert "1 failed" in page and ">FAIL<" in page


def test_publish_button_refuses_and_lists_failures(client, demo, reviewer):
    draft = services.questionnaire_clone(questionnaire=services.published_questionnaire())
    case = draft.test_cases.first()
    case.expected_outcome = "self_care" if case.expected_outcome != "self_care" else "emergency"
    case.save()
    client.force_login(reviewer)
    response = client.post(
        reverse("admin:triage_questionnaire_publish", args=[draft.pk]), follow=True
    )
    page = response.content.decode()
    assert "Not published" in page and case.name in page
    draft.refresh_from_db()
    assert draft.status == QuestionnaireStatus.DRAFT


def test_clause_must_use_a_question_and_value_of_its_own_questionnaire(client, demo, reviewer):
    published = services.published_questionnaire()
    draft = services.questionnaire_clone(questionnaire=published)
    rule = draft.rules.get(clauses__question__key="locked")
    clause = rule.clauses.get()
    client.force_login(reviewer)
    url = reverse("admin:triage_rule_change", args=[rule.pk])
    base = {
        "order": rule.order,
        "name": rule.name,
        "outcome": rule.outcome_id,
        "reason": rule.reason,
        "source": rule.source,
        "clauses-TOTAL_FORMS": 1,
        "clauses-INITIAL_FORMS": 1,
        "clauses-MIN_NUM_FORMS": 0,
        "clauses-MAX_NUM_FORMS": 1000,
        "clauses-0-id": clause.pk,
        "clauses-0-rule": rule.pk,
        "clauses-0-question": clause.question_id,
        "clauses-0-operator": "eq",
        "clauses-0-value": "yes",
    }
    # A value the yes/no question cannot take.
    response = client.post(url, {**base, "clauses-0-value": "sometimes"})
    assert response.status_code == 200
    errors = response.context["inline_admin_formsets"][0].formset.forms[0].errors
    assert "cannot take sometimes" in str(errors["value"])
    # A question of another questionnaire.
    other_question = published.questions.get(key="locked")
    response = client.post(url, {**base, "clauses-0-question": other_question.pk})
    assert response.status_code == 200
    assert "question" in response.context["inline_admin_formsets"][0].formset.forms[0].errors
    # A valid change saves.
    assert client.post(url, {**base, "clauses-0-value": "yes"}).status_code == 302
    assert Rule.objects.get(pk=rule.pk).clauses.get().question.questionnaire == draft


def test_submissions_are_read_only_with_weekly_counts(client, demo, reviewer):
    questionnaire = services.published_questionnaire()
    services.submission_create(questionnaire=questionnaire, answers=answers(locked="yes"))
    services.submission_create(questionnaire=questionnaire, answers=answers())
    client.force_login(reviewer)
    response = client.get(reverse("admin:triage_submission_changelist"))
    page = response.content.decode()
    assert "Submissions per outcome per week" in page
    assert response.context["weekly_columns"] == ["self_care", "urgent"]
    assert response.context["weekly_rows"][0][1] == [1, 1]
    submission = questionnaire.submissions.first()
    change = client.get(reverse("admin:triage_submission_change", args=[submission.pk]))
    assert not change.context["has_change_permission"]
    assert (
        client.post(reverse("admin:triage_submission_delete", args=[submission.pk])).status_code
        == 403
    )


def test_a_draft_shows_ranks_steps_branching_and_the_safety_net(client, demo, reviewer):
    draft = services.questionnaire_clone(questionnaire=services.published_questionnaire())
    client.force_login(reviewer)
    html = client.get(
        reverse("admin:triage_questionnaire_change", args=[draft.pk])
    ).content.decode()
    assert 'name="outcomes-0-rank"' in html
    assert 'name="questions-0-step"' in html and 'name="questions-3-ask_when"' in html
    assert "injury = yes" in html
    assert "Safety net: warning signs" in html
    assert "your foot or lower leg turns cold, white or pale" in html
    # Each sign's group and the question keys it covers (CLINICAL.md v3.1).
    assert 'name="safety_net-0-level"' in html and 'name="safety_net-0-covers"' in html
    assert 'value="fever, hot_swollen, very_swollen"' in html
    assert "publishing checks that every question of an urgent rule" in html
    assert 'name="test_cases-0-expected_outcome"' in html


def test_a_warning_sign_covers_only_question_keys_of_its_version(demo):
    from triage.admin import SafetyNetItemForm
    from triage.models import SafetyNetItem

    draft = services.questionnaire_clone(questionnaire=services.published_questionnaire())
    data = {"order": 1, "level": "urgent", "text": "you cannot stand up"}
    form = SafetyNetItemForm(
        data={**data, "covers": "weight_bear_now fevre"},
        instance=SafetyNetItem(questionnaire=draft),
    )
    assert not form.is_valid()
    assert form.errors["covers"] == [
        "fevre: not a question key of this version. Use keys such as age, bend_90, blood_thinners."
    ]
    form = SafetyNetItemForm(
        data={**data, "covers": " weight_bear_now,fever "},
        instance=SafetyNetItem(questionnaire=draft),
    )
    assert form.is_valid(), form.errors
    assert form.save().covers == "weight_bear_now, fever"


def _full_clean_errors(obj):
    from django.core.exceptions import ValidationError

    try:
        obj.full_clean()
    except ValidationError as error:
        return error.message_dict
    return {}


def test_staff_get_clear_messages_for_bad_branching_ranks_and_expectations(demo):
    from triage.models import Outcome, Question, TestCase

    draft = services.questionnaire_clone(questionnaire=services.published_questionnaire())
    question = Question(questionnaire=draft, key="extra", text="Extra?", ask_when="injury")
    assert "ask_when" in _full_clean_errors(question)
    question.ask_when = "injury = yes and age < 18"
    assert _full_clean_errors(question) == {}
    outcome = Outcome(
        questionnaire=draft, key="another", urgency="urgent", rank=3, headline="h", advice="a"
    )
    assert "rank" in str(_full_clean_errors(outcome)) or "__all__" in _full_clean_errors(outcome)
    case = TestCase(questionnaire=draft, name="x", answers={}, expected_outcome="urgnet")
    assert "expected_outcome" in _full_clean_errors(case)
    case.expected_outcome = "form_errors"
    assert _full_clean_errors(case) == {}


def test_publishing_refuses_an_emergency_question_on_step_2(demo, reviewer):
    from django.core.exceptions import ValidationError

    draft = services.questionnaire_clone(questionnaire=services.published_questionnaire())
    draft.questions.filter(key="deformity").update(step=2)
    with pytest.raises(ValidationError, match="must be on step 1"):
        services.questionnaire_publish(questionnaire=draft, user=reviewer)


def test_partial_test_cases_and_form_errors_show_on_the_test_page(client, demo, reviewer):
    questionnaire = services.published_questionnaire()
    client.force_login(reviewer)
    page = client.get(
        reverse("admin:triage_questionnaire_tests", args=[questionnaire.pk])
    ).content.decode()
    assert "CLINICAL: only deformity=yes answered, everything else missing" in page
    assert "form_errors" in page
    assert page.count(">PASS<") == questionnaire.test_cases.count()
