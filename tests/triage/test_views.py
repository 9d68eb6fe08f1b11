"""The triage form and result pages through real requests (issue 4, acceptance 2, 3, 7)."""

import pytest
from django.urls import reverse

from tests.triage.answers import answers
from triage.models import Submission

pytestmark = pytest.mark.django_db

URL = "/triage/"

# CLINICAL.md's example cases.
EXAMPLES = [
    (
        "age 35, ski injury 2 days ago, no 4 steps then or now",
        answers(
            age=35, injury="yes", days_since_start=2, weight_bear_then="no", weight_bear_now="no"
        ),
        "urgent",
    ),
    (
        "age 70, slipped today, walks and bends fine",
        answers(age=70, injury="yes", days_since_start=0),
        "urgent",
    ),
    (
        "age 40, no injury, hot swollen knee, fever",
        answers(age=40, hot_swollen="yes", fever="yes"),
        "emergency",
    ),
    (
        "age 22, injury, kneecap out of place",
        answers(age=22, injury="yes", days_since_start=0, deformity="yes"),
        "emergency",
    ),
    (
        "age 28, sore front of knee after new running plan",
        answers(age=28, days_since_start=5),
        "self_care",
    ),
    (
        "age 45, 4 weeks of pain on stairs, not improving",
        answers(age=45, days_since_start=28, not_improving="yes"),
        "routine",
    ),
    (
        "age 33, knee locked after a deep squat yesterday",
        answers(age=33, days_since_start=1, locked="yes"),
        "urgent",
    ),
    (
        "age 52, calf swollen and suddenly short of breath",
        answers(age=52, calf="yes", breathless="yes"),
        "emergency",
    ),
]


@pytest.mark.parametrize(("name", "data", "expected"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_clinical_examples_through_a_real_post(client, demo, name, data, expected):
    response = client.post(URL, data)
    assert response.status_code == 302
    submission = Submission.objects.get()
    assert response["Location"] == f"/triage/result/{submission.token}/"
    assert submission.urgency == expected
    page = client.get(response["Location"])
    assert page.status_code == 200
    html = page.content.decode()
    assert f'data-urgency="{expected}"' in html
    assert "This is not a diagnosis." in html
    if expected == "emergency":
        assert 'href="tel:911"' in html
    else:
        assert "(312) 555-0142" in html


def test_form_uses_question_keys_and_yes_no_values_with_emergency_questions_first(client, demo):
    page = client.get(URL).content.decode()
    for key in (
        "age",
        "injury",
        "days_since_start",
        "weight_bear_then",
        "deformity",
        "breathless",
        "not_improving",
    ):
        assert f'name="{key}"' in page
    assert 'name="locked" id="locked-yes" value="yes"' in page
    assert 'name="locked" id="locked-no" value="no"' in page
    assert page.index('name="deformity"') < page.index('name="age"')
    assert page.index('name="breathless"') < page.index('name="injury"')
    assert "csrfmiddlewaretoken" in page
    assert "This is not a diagnosis." in page


def test_result_shows_reasons_safety_net_and_related_reading(client, demo):
    response = client.post(URL, answers(age=33, days_since_start=1, locked="yes"), follow=True)
    html = response.content.decode()
    assert "Because you told us" in html
    assert "If things get worse" in html
    assert "Read more" in html
    assert "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"


@pytest.mark.parametrize(
    ("bad", "field"),
    [
        ({"age": "thirty"}, "age"),
        ({"age": "-3"}, "age"),
        ({"age": "250"}, "age"),
        ({"age": "1e9"}, "age"),
        ({"days_since_start": "-1"}, "days_since_start"),
        ({"locked": "sometimes"}, "locked"),
        ({"fever": "<script>alert(1)</script>"}, "fever"),
        ({"age": "<b>40</b>"}, "age"),
        ({"injury": ""}, "injury"),
    ],
)
def test_bad_answers_give_errors_next_to_the_question_and_store_nothing(client, demo, bad, field):
    response = client.post(URL, {**answers(), **bad})
    assert response.status_code == 400
    assert field in response.context["form"].errors
    html = response.content.decode()
    assert f'id="{field}-error"' in html
    assert "<script>alert(1)</script>" not in html
    assert "There is a problem" in html
    assert Submission.objects.count() == 0


def test_missing_answers_are_errors(client, demo):
    data = answers()
    del data["breathless"], data["age"]
    response = client.post(URL, data)
    assert response.status_code == 400
    assert set(response.context["form"].errors) == {"breathless", "age"}
    assert Submission.objects.count() == 0


def test_an_empty_post_does_not_fall_back_to_self_care(client, demo):
    response = client.post(URL, {})
    assert response.status_code == 400
    assert len(response.context["form"].errors) == 17
    assert Submission.objects.count() == 0


def test_answers_keep_their_values_after_an_error(client, demo):
    response = client.post(URL, {**answers(locked="yes"), "age": "abc"})
    html = response.content.decode()
    assert 'id="locked-yes" value="yes" checked' in html
    assert 'value="abc"' in html


def test_csrf_is_enforced(demo):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    assert strict.post(URL, answers()).status_code == 403
    assert Submission.objects.count() == 0


def test_posts_are_rate_limited_per_client(client, demo, settings):
    settings.TRIAGE_RATE_LIMIT = "3/m"
    for _ in range(3):
        assert client.post(URL, answers()).status_code == 302
    response = client.post(URL, answers())
    assert response.status_code == 429
    assert "Too many tries" in response.content.decode()
    # Another client is not affected.
    assert client.post(URL, answers(), REMOTE_ADDR="10.9.8.7").status_code == 302


def test_unknown_token_is_404(client, demo):
    assert client.get(reverse("triage:result", args=["x" * 32])).status_code == 404


def test_tokens_are_long_and_random(client, demo):
    tokens = set()
    for _ in range(3):
        client.post(URL, answers())
    for token in Submission.objects.values_list("token", flat=True):
        assert len(token) >= 16
        tokens.add(token)
    assert len(tokens) == 3


def test_submission_stores_nothing_that_identifies_a_patient(client, demo):
    field_names = {f.name for f in Submission._meta.get_fields()}
    assert field_names == {
        "id",
        "token",
        "questionnaire",
        "answers",
        "outcome_key",
        "urgency",
        "reasons",
        "created",
    }
    client.post(
        URL,
        {**answers(), "name": "Jo Bloggs", "email": "jo@example.org"},
        HTTP_USER_AGENT="Secret/1.0",
    )
    stored = Submission.objects.get()
    assert set(stored.answers) == set(answers())
    assert "Jo Bloggs" not in str(stored.__dict__) and "Secret/1.0" not in str(stored.__dict__)
    assert "127.0.0.1" not in str(stored.__dict__)


def test_no_questionnaire_published_answers_503(client, db):
    response = client.get(URL)
    assert response.status_code == 503
    assert "phone the clinic" in response.content.decode()


@pytest.mark.parametrize("count", [1, 30])
def test_form_and_result_query_counts_are_fixed(client, demo, django_assert_max_num_queries, count):
    for _ in range(count):
        client.post(URL, answers())
    client.get(URL)
    # questionnaire + questions + outcomes + rules + clauses
    with django_assert_max_num_queries(5):
        client.get(URL)
    result_url = Submission.objects.first().get_absolute_url()
    client.get(result_url)
    # submission + outcome + related conditions + related articles
    with django_assert_max_num_queries(4):
        client.get(result_url)
