"""The triage form and result pages through real requests."""

import pytest
from django.urls import reverse

from clinic.models import ClinicSettings
from tests.triage.answers import answers, clinical_examples
from triage import defaults, engine
from triage.models import Submission

pytestmark = pytest.mark.django_db

URL = "/triage/"

EXAMPLES = clinical_examples()
STEP_1_KEYS = [q["key"] for q in defaults.QUESTIONS if q["step"] == 1]


def _html(response):
    return response.content.decode()


def _assert_outcome_page(client, response, expected):
    """A result page for the expected outcome, or the form with errors."""
    if expected == engine.FORM_ERRORS:
        assert response.status_code == 400
        assert Submission.objects.count() == 0
        return
    assert response.status_code == 302, _html(response)[:2000]
    submission = Submission.objects.latest("created")
    assert response["Location"] == f"/triage/result/{submission.token}/"
    assert submission.outcome_key == expected
    html = _html(client.get(response["Location"]))
    assert f'data-outcome="{expected}"' in html
    assert f'data-urgency="{submission.urgency}"' in html
    assert "This is not a diagnosis." in html
    clinic = ClinicSettings.load()
    card = html[html.index("data-outcome=") : html.index("</section>")]
    if expected == "emergency":
        assert f'href="tel:{clinic.emergency_number}"' in card
        assert clinic.phone not in card  # nothing competes with the emergency call
    else:
        assert f'href="tel:{clinic.phone.replace(" ", "")}"' in card


@pytest.mark.parametrize(("name", "data", "expected"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_clinical_examples_in_one_post(client, demo, name, data, expected):
    _assert_outcome_page(client, client.post(URL, data), expected)


@pytest.mark.parametrize(("name", "data", "expected"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_clinical_examples_walking_both_steps(client, demo, name, data, expected):
    step_1 = {k: v for k, v in data.items() if k in STEP_1_KEYS}
    response = client.post(URL, {**step_1, "step": "1"})
    if response.status_code == 302 or response.status_code == 400:
        return _assert_outcome_page(client, response, expected)
    assert response.status_code == 200
    form = response.context["form"]
    assert form.page == "2"
    # Step 2 carries step 1's answers and asks only what applies.
    carried = dict(form.carried())
    assert {k: v for k, v in carried.items() if k in step_1} == step_1
    shown = [q.key for q in form.visible_questions()]
    step_2 = {k: v for k, v in data.items() if k in shown}
    _assert_outcome_page(client, client.post(URL, {**carried, **step_2, "step": "2"}), expected)


def test_step_1_shows_only_step_1_questions(client, demo):
    page = _html(client.get(URL))
    for key in STEP_1_KEYS:
        assert f'name="{key}"' in page
    for key in ("weight_bear_then", "pop", "locked", "not_improving", "limp_hip"):
        assert f'name="{key}"' not in page
    assert 'name="deformity" id="deformity-yes" value="yes"' in page
    assert page.index('name="age"') < page.index('name="deformity"')
    assert 'name="step" value="1"' in page
    assert "csrfmiddlewaretoken" in page
    assert "This is not a diagnosis." in page


def test_step_2_asks_only_the_questions_that_apply(client, demo):
    adult_no_injury = {k: v for k, v in answers().items() if k in STEP_1_KEYS}
    page = _html(client.post(URL, {**adult_no_injury, "step": "1"}))
    for key in ("bend_90", "straight_leg", "locked", "calf", "not_improving"):
        assert f'name="{key}" id="{key}-yes"' in page
    for key in ("weight_bear_then", "pop", "swelling_fast", "limp_hip"):
        assert f'id="{key}-yes"' not in page
    child_injured = {**adult_no_injury, "age": "15", "injury": "yes", "high_energy": "no"}
    page = _html(client.post(URL, {**child_injured, "step": "1"}))
    for key in ("weight_bear_then", "pop", "swelling_fast", "limp_hip"):
        assert f'name="{key}" id="{key}-yes"' in page


def test_only_knee_out_of_place_gives_the_emergency_and_stores_the_partial_answers(client, demo):
    for data in ({"deformity": "yes"}, {"deformity": "yes", "step": "1"}):
        response = client.post(URL, data)
        assert response.status_code == 302
        submission = Submission.objects.latest("created")
        assert submission.outcome_key == "emergency"
        assert submission.answers == {"deformity": "yes"}
        assert submission.reasons == ["your knee or kneecap looks out of place"]
        html = _html(client.get(response["Location"]))
        assert 'data-outcome="emergency"' in html
        assert "Tell us" not in html


def test_back_from_step_2_keeps_every_answer(client, demo):
    step_1 = {k: v for k, v in answers().items() if k in STEP_1_KEYS}
    response = client.post(URL, {**step_1, "locked": "yes", "step": "back"})
    form = response.context["form"]
    assert response.status_code == 200 and form.page == "1"
    assert dict(form.carried())["locked"] == "yes"
    assert not form.errors


def test_errors_name_each_question_once_in_plain_words(client, demo):
    response = client.post(URL, {"step": "1", "age": "", "days_since_start": "soon"})
    assert response.status_code == 400
    html = _html(response)
    # Next to the field, the whole message; in the summary, a wrong answer's message and
    # an unanswered question's short name under "Tell us:" (one phone screen).
    assert html.count("Tell us your age.") == 1
    assert "You did not answer 12 questions. Tell us:" in html
    assert '<a href="#id_age">your age</a>' in html
    message = "Enter how many days ago it started as a whole number, for example 3."
    assert html.count(message) == 2
    assert f'<a href="#id_days_since_start">{message}</a>' in html
    assert '<a href="#deformity-yes">if your knee looks out of place</a>' in html
    # Step 2 questions are not errors on step 1.
    assert "locked" not in response.context["form"].errors


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
    assert response.context["form"].page == "all"
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


def test_a_question_that_is_not_asked_may_be_blank(client, demo):
    data = answers()
    del data["pop"], data["limp_hip"], data["weight_bear_then"]  # adult, no injury
    assert client.post(URL, data).status_code == 302


def test_an_empty_post_does_not_fall_back_to_self_care(client, demo):
    response = client.post(URL, {})
    assert response.status_code == 400
    errors = response.context["form"].errors
    # Every question that is asked whatever the answers; none that depend on a missing one.
    assert "age" in errors and "not_improving" in errors and "pop" not in errors
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
        "fired_rules",  # keys of the version's rules: their words and pages on the result
        "language",  # the form's language ("en", "es"): for language-access counts
        "created",
    }
    client.post(
        URL,
        {**answers(), "name": "Jo Bloggs", "email": "jo@example.org"},
        HTTP_USER_AGENT="Secret/1.0",
    )
    stored = Submission.objects.get()
    not_asked = {"high_energy", "weight_bear_then", "pop", "swelling_fast", "limp_hip"}
    assert set(stored.answers) == set(answers()) - not_asked
    assert "Jo Bloggs" not in str(stored.__dict__) and "Secret/1.0" not in str(stored.__dict__)
    assert "127.0.0.1" not in str(stored.__dict__)


def test_no_questionnaire_published_answers_503(client, db):
    response = client.get(URL)
    assert response.status_code == 503
    assert "call the clinic at" in response.content.decode()


@pytest.mark.parametrize("count", [1, 30])
def test_form_and_result_query_counts_are_fixed(client, demo, django_assert_max_num_queries, count):
    for _ in range(count):
        client.post(URL, answers())
    client.get(URL)
    # questionnaire + questions + outcomes + safety net + rules + clauses
    with django_assert_max_num_queries(6):
        client.get(URL)
    result_url = Submission.objects.first().get_absolute_url()
    client.get(result_url)
    # submission, outcome, related conditions and articles, safety net, questions
    with django_assert_max_num_queries(6):
        client.get(result_url)
