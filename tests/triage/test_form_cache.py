"""The blank triage form is built once per content version, for staff as for patients."""

import pytest

from tests.triage.answers import answers
from triage.models import Question

pytestmark = pytest.mark.django_db

URL = "/triage/"


def test_a_blank_form_costs_staff_no_questionnaire_queries(
    admin_client, demo, django_assert_max_num_queries
):
    first = admin_client.get(URL)  # a session cookie: never the stored page
    # At most the session, the user and their two-factor device: no questionnaire.
    with django_assert_max_num_queries(3):
        second = admin_client.get(URL)
    assert second.status_code == 200
    token = 'name="csrfmiddlewaretoken" value="'
    assert first.content.decode().split(token)[0] == second.content.decode().split(token)[0]


def test_a_changed_question_shows_at_once(admin_client, demo):
    admin_client.get(URL)
    question = Question.objects.filter(questionnaire__status="published").first()
    question.text = "Is your knee green today?"
    question.save()
    assert "Is your knee green today?" in admin_client.get(URL).content.decode()


def test_answers_and_errors_are_never_taken_from_the_stored_form(client, demo):
    client.get(URL)  # stores the blank form
    given = answers()
    first_key = next(iter(given))
    response = client.post(URL, {"step": "1", first_key: "not-a-choice"})
    assert response.status_code == 400
    assert 'aria-invalid="true"' in response.content.decode() or "error-message" in (
        response.content.decode()
    )
    assert "error-message" not in client.get(URL).content.decode()
