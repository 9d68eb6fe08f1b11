"""Triage in Spanish through real requests: the same rules
give the same outcomes in both languages, the emergency short-circuit works in
Spanish, and a text without an up-to-date Spanish translation shows in English."""

import io
import re

import pytest
from django.template import Context, Template
from django.utils import translation
from pypdf import PdfReader

from tests.triage.answers import answers
from tests.triage.spanish import es_get, es_post, es_url
from triage import defaults, engine, services
from triage.defaults import spanish as shipped
from triage.models import PartKind, Submission, Translation

pytestmark = pytest.mark.django_db

URL = "/triage/"
STEP_1_KEYS = [q["key"] for q in defaults.QUESTIONS if q["step"] == 1]
ENGLISH_TEXTS = {q["key"]: q["text"] for q in defaults.QUESTIONS}
SPANISH_TEXTS = {key: texts["text"] for key, texts in shipped.QUESTIONS.items()}


def _html(response):
    return response.content.decode()


def _as_posted(data):
    return {key: str(value) for key, value in data.items()}


def _outcome_of(client, response, *, spanish_page: bool):
    """The outcome key a POST led to (or form_errors), read from the result page."""
    if response.status_code == 400:
        return engine.FORM_ERRORS
    assert response.status_code == 302, _html(response)[:1500]
    page = (
        es_get(client, response["Location"]) if spanish_page else client.get(response["Location"])
    )
    html = _html(page)
    return html.split('data-outcome="', 1)[1].split('"', 1)[0]


def test_every_test_case_of_the_version_gives_the_same_outcome_in_both_languages(
    client, demo, spanish, settings
):
    """The published version's own test cases (CLINICAL.md's table and the shipped
    edge cases), each posted as a real form in English and in Spanish."""
    settings.TRIAGE_RATE_LIMIT = "1000/m"
    cases = list(services.published_questionnaire().test_cases.all())
    assert len(cases) == len(defaults.TEST_CASES)
    outcomes = {}
    for case in cases:
        data = _as_posted(case.answers)
        english = _outcome_of(client, client.post(URL, data), spanish_page=False)
        in_spanish = _outcome_of(client, es_post(client, URL, data), spanish_page=True)
        outcomes[case.name] = (case.expected_outcome, english, in_spanish)
    wrong = {name: got for name, got in outcomes.items() if len(set(got)) != 1}
    assert wrong == {}
    # Each outcome was stored once per language; form errors store nothing.
    stored = Submission.objects.values_list("language", flat=True)
    assert stored.filter(language="en").count() == stored.filter(language="es").count() > 50


EXAMPLES = [(c["name"], c["answers"], c["expected"]) for c in defaults.CLINICAL_EXAMPLES]


@pytest.mark.parametrize(("name", "data", "expected"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_clinical_examples_walking_both_steps_of_the_spanish_form(
    client, demo, spanish, name, data, expected
):
    data = _as_posted(data)
    step_1 = {k: v for k, v in data.items() if k in STEP_1_KEYS}
    response = es_post(client, URL, {**step_1, "step": "1"})
    if response.status_code in (302, 400):
        assert _outcome_of(client, response, spanish_page=True) == expected
        return
    html = _html(response)
    form = response.context["form"]
    assert form.page == "2"
    shown = [q.key for q in form.visible_questions()]
    for key in shown:  # the Spanish form asks in Spanish
        assert SPANISH_TEXTS[key] in html and ENGLISH_TEXTS[key] not in html
    step_2 = {k: v for k, v in data.items() if k in shown}
    response = es_post(client, URL, {**dict(form.carried()), **step_2, "step": "2"})
    assert _outcome_of(client, response, spanish_page=True) == expected


def test_the_spanish_form_is_in_spanish(client, demo, spanish):
    html = _html(es_get(client, URL))
    for key in STEP_1_KEYS:
        assert SPANISH_TEXTS[key] in html, key
        assert ENGLISH_TEXTS[key] not in html, key
    assert shipped.QUESTIONS["age"]["help_text"] in html
    assert ">años<" in html  # the unit
    assert "data-partly-english" not in html


def test_emergency_short_circuit_in_spanish(client, demo, spanish):
    response = es_post(client, URL, {"deformity": "yes", "step": "1"})
    assert response.status_code == 302
    submission = Submission.objects.get()
    assert submission.outcome_key == "emergency"
    assert submission.answers == {"deformity": "yes"}
    assert submission.language == "es"
    html = _html(es_get(client, response["Location"]))
    assert 'data-outcome="emergency"' in html
    assert "Llame al 911 ahora, o vaya a la sala de emergencias" in html
    assert "su rodilla o su rótula se ven fuera de lugar" in html  # the reason
    for english, spanish_text in shipped.SAFETY_NET.items():
        assert spanish_text in html
        assert english not in html
    # No other question is asked, and nothing is left in English.
    assert 'type="radio"' not in html and "Tell us" not in html
    assert "Call 911 now" not in html
    assert "data-partly-english" not in html


def test_spanish_result_page_and_pdf_are_in_spanish(client, demo, spanish):
    data = answers(age=70, injury="yes", days_since_start=0, high_energy="no")
    response = es_post(client, URL, data)
    html = _html(es_get(client, response["Location"]))
    assert 'data-outcome="urgent"' in html
    assert shipped.OUTCOMES["urgent"]["headline"] in html
    assert "Le tienen que revisar la rodilla hoy." in html
    reason = shipped.RULE_REASONS["Ottawa 1: age 55 or older, injury in the last 7 days"]
    assert reason in html and "you are 55 or older" not in html
    assert SPANISH_TEXTS["age"] in html and "70 años" in html  # the answers table
    assert "How old are you?" not in html and "Get seen today" not in html
    token = Submission.objects.get().token
    pdf = es_get(client, f"/triage/result/{token}/handout.pdf")
    assert pdf["Content-Type"] == "application/pdf"
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)
    text = " ".join(text.split())
    assert shipped.OUTCOMES["urgent"]["headline"] in text
    assert reason in text
    assert shipped.SAFETY_NET["your knee is stuck (locked) and will not straighten"] in text
    assert "Get seen today" not in text and "you are 55 or older" not in text


def _published_translation(part, key, field):
    questionnaire = services.published_questionnaire()
    return Translation.objects.get(
        questionnaire=questionnaire, language="es", part=part, key=key, field=field
    )


def test_a_text_without_spanish_falls_back_to_english_and_the_page_says_so(
    admin_client, demo, spanish
):
    _published_translation(PartKind.QUESTION, "fever", "text").delete()
    html = _html(es_get(admin_client, URL))
    assert ENGLISH_TEXTS["fever"] in html
    assert SPANISH_TEXTS["deformity"] in html  # the rest stays Spanish
    assert "data-partly-english" in html


def test_an_out_of_date_spanish_text_is_not_shown_to_patients(admin_client, demo, spanish):
    # The English changed after the Spanish was written (bypassing the draft
    # workflow, as an old import could): the Spanish no longer says the same.
    translation = _published_translation(PartKind.QUESTION, "deformity", "text")
    Translation.objects.filter(pk=translation.pk).update(source_text="Older English")
    html = _html(es_get(admin_client, URL))
    assert ENGLISH_TEXTS["deformity"] in html and SPANISH_TEXTS["deformity"] not in html
    assert "data-partly-english" in html


def test_a_reason_without_spanish_stays_english_on_the_result(client, demo, spanish):
    questionnaire = services.published_questionnaire()
    rule = questionnaire.rules.get(name="Knee or kneecap out of place")
    Translation.objects.filter(part=PartKind.RULE, key=rule.key).delete()
    response = es_post(client, URL, {"deformity": "yes"})
    html = _html(es_get(client, response["Location"]))
    assert "your knee or kneecap looks out of place" in html
    assert shipped.OUTCOMES["emergency"]["headline"].replace("{emergency_number}", "911") in html
    assert "data-partly-english" in html


def test_english_pages_are_unchanged(client, demo, spanish):
    html = _html(client.get(URL))
    assert ENGLISH_TEXTS["deformity"] in html and SPANISH_TEXTS["deformity"] not in html
    response = client.post(URL, {"deformity": "yes"})
    html = _html(client.get(response["Location"]))
    assert "your knee or kneecap looks out of place" in html
    assert "su rodilla" not in html
    assert Submission.objects.get().language == "en"


def test_the_blank_form_is_kept_per_language(admin_client, demo, spanish):
    # Staff get no whole-page cache, so this is the cached questions fragment
    # and the per-version memo of the questionnaire.
    english = _html(admin_client.get(URL))
    in_spanish = _html(es_get(admin_client, URL))
    english_again = _html(admin_client.get(URL))
    assert ENGLISH_TEXTS["deformity"] in english and ENGLISH_TEXTS["deformity"] in english_again
    assert SPANISH_TEXTS["deformity"] in in_spanish
    assert ENGLISH_TEXTS["deformity"] not in in_spanish
    assert SPANISH_TEXTS["deformity"] not in english_again


def test_a_changed_translation_shows_at_once(admin_client, demo, spanish):
    es_get(admin_client, URL)
    translation = _published_translation(PartKind.QUESTION, "deformity", "text")
    translation.text = "¿Su rodilla se ve torcida?"
    translation.save()
    assert "¿Su rodilla se ve torcida?" in _html(es_get(admin_client, URL))


def test_spanish_errors_name_the_question_in_spanish(client, demo, spanish):
    response = es_post(client, URL, {"step": "1", "age": "", "days_since_start": "pronto"})
    assert response.status_code == 400
    html = _html(response)
    assert shipped.QUESTIONS["age"]["error_name"] in html
    assert shipped.QUESTIONS["days_since_start"]["error_name"] in html
    assert "your age" not in html


def test_a_spanish_submission_stores_no_personal_data(client, demo, spanish):
    es_post(
        client,
        URL,
        {**answers(), "nombre": "Juana Pérez", "correo": "juana@example.org"},
        HTTP_USER_AGENT="Secreto/1.0",
    )
    stored = Submission.objects.get()
    assert stored.language == "es"
    assert set(stored.answers) <= {q["key"] for q in defaults.QUESTIONS}
    dump = str(stored.__dict__)
    assert "Juana" not in dump and "Secreto" not in dump and "127.0.0.1" not in dump
    assert all(isinstance(reason, str) for reason in stored.reasons)


def test_spanish_form_query_count_is_flat(
    admin_client, demo, spanish, django_assert_max_num_queries
):
    es_get(admin_client, URL)
    # The session, the user and their two-factor device: the questionnaire and
    # its Spanish texts are kept per content version and language.
    with django_assert_max_num_queries(3):
        response = es_get(admin_client, URL)
    assert SPANISH_TEXTS["age"] in _html(response)


@pytest.mark.parametrize("extra_red_flags", [0, 8])
def test_spanish_result_query_count_does_not_grow_with_reasons(
    client, demo, spanish, django_assert_max_num_queries, extra_red_flags
):
    flags = [
        "deformity",
        "cold_pale_foot",
        "breathless",
        "very_unwell",
        "tight_leg",
        "fever",
        "hot_swollen",
        "very_swollen",
    ][:extra_red_flags]
    response = es_post(client, URL, answers(**dict.fromkeys(flags, "yes")))
    url = response["Location"]
    es_get(client, url)
    # submission, outcome, related conditions and articles (on a self-care
    # result; none on an emergency), questions, safety net, the version's
    # Spanish texts, the rules behind the reasons, the linked pages' Spanish
    # titles (articles; conditions with their care cards)
    with django_assert_max_num_queries(10):
        html = _html(es_get(client, url))
    assert html.count("<li>") >= 1


def test_the_safety_net_on_content_pages_is_in_spanish(demo, spanish):
    template = Template(
        "{% load safety_net %}{% live_safety_net as items %}"
        "{% for item in items %}{{ item.text }}|{% endfor %}"
    )
    with translation.override("es"):
        rendered = template.render(Context({}))
    assert rendered.split("|")[:-1] == list(shipped.SAFETY_NET.values())
    with translation.override("en"):
        assert template.render(Context({})).split("|")[:-1] == list(shipped.SAFETY_NET)


def test_es_url_matches_the_urlconf():
    assert es_url(URL) in (URL, "/es" + URL)


def test_an_outcome_text_left_in_english_gets_the_english_clinic_words(client, demo, spanish):
    """A Spanish result whose advice fell back to English (no up-to-date Spanish)
    reads "or go to urgent care", not "or go to un centro de urgencias"; the
    Spanish texts beside it keep the Spanish words."""
    from clinic.models import ClinicSettings

    Translation.objects.filter(part=PartKind.OUTCOME, key="urgent", field="advice").delete()
    urgent = next(c for c in defaults.CLINICAL_EXAMPLES if c["expected"] == "urgent")
    response = es_post(client, URL, _as_posted(urgent["answers"]))
    html = _html(es_get(client, response["Location"]))
    clinic = ClinicSettings.load()
    spanish_words = clinic.words_in("es")
    assert f"or go to {clinic.urgent_care}." in html
    # (Its nurse-line number is a tel: link: compare the words.)
    assert f"If everything is closed, {clinic.out_of_hours}." in re.sub(r"<[^>]+>", "", html)
    assert f"go to {spanish_words.urgent_care}" not in html
    # The warning signs' lead is Spanish, with the Spanish words.
    assert f"en la clínica o en {spanish_words.urgent_care}, si:" in html
