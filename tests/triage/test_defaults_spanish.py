"""The default questionnaire's Spanish texts (triage/defaults/spanish.py): complete,
clinically the same as the English, readable ("bastante fácil", INFLESZ >= 65)."""

import importlib
import re

import pytest
import textstat

from triage import defaults, services, texts
from triage.defaults import spanish
from triage.models import Translation

# The shipped Spanish texts: 133, and one per warning sign (13 in v3, 28 in v3.1).

MIGRATION = importlib.import_module("triage.migrations.0007_default_spanish_texts")


def _english_question_fields(question):
    return {f for f in texts.QUESTION_FIELDS if question.get(f)}


def test_every_english_text_has_a_spanish_text():
    for question in defaults.QUESTIONS:
        assert set(spanish.QUESTIONS[question["key"]]) == _english_question_fields(question), (
            question["key"]
        )
    assert set(spanish.QUESTIONS) == {q["key"] for q in defaults.QUESTIONS}
    assert list(spanish.SAFETY_NET) == [text for _group, text, _covers in defaults.SAFETY_NET]
    assert set(spanish.RULE_REASONS) == {r["name"] for r in defaults.RULES}
    for outcome in defaults.OUTCOMES:
        assert set(spanish.OUTCOMES[outcome["key"]]) == set(texts.OUTCOME_FIELDS)


def _pairs():
    for question in defaults.QUESTIONS:
        for field, text in spanish.QUESTIONS[question["key"]].items():
            yield question[field], text
    for outcome in defaults.OUTCOMES:
        for field, text in spanish.OUTCOMES[outcome["key"]].items():
            yield outcome[field], text
    reasons = {r["name"]: r["reason"] for r in defaults.RULES}
    for name, text in spanish.RULE_REASONS.items():
        yield reasons[name], text
    yield from spanish.SAFETY_NET.items()


def test_placeholders_numbers_and_thresholds_match_the_english():
    for english, text in _pairs():
        assert texts.placeholder_problem(english, text) is None, text
        # Every number in the English (4 steps, 2 weeks, 55, 38 °C...) is in the Spanish.
        assert set(re.findall(r"\d+(?:\.\d+)?", english)) <= set(
            re.findall(r"\d+(?:\.\d+)?", text)
        ), (english, text)


def test_clinical_words_are_the_agreed_ones():
    advice = spanish.OUTCOMES["self_care"]["advice"]
    for name in ("acetaminofén (paracetamol)", "ibuprofeno", "naproxeno"):
        assert name in advice
    for name in ("warfarina", "apixabán", "rivaroxabán"):
        assert name in spanish.QUESTIONS["blood_thinners"]["text"]
    assert "sala de emergencias" in spanish.OUTCOMES["emergency"]["headline"]
    assert "ambulancia" in spanish.OUTCOMES["emergency"]["advice"]
    doctor = spanish.OUTCOMES["urgent_doctor"]
    assert "médico" in doctor["headline"] and "no un fisioterapeuta" in doctor["advice"]
    assert "{urgent_care}" in spanish.OUTCOMES["urgent"]["advice"]


def _inflesz(text):
    textstat.set_lang("es")
    return textstat.szigriszt_pazos(text)


def _sentences(texts_):
    return " ".join(t if t.endswith((".", "?")) else t + "." for t in texts_)


SECTIONS = {
    **{f"outcome {key}": _sentences(fields.values()) for key, fields in spanish.OUTCOMES.items()},
    "questions": _sentences(q["text"] for q in spanish.QUESTIONS.values()),
    "hints": _sentences(q["help_text"] for q in spanish.QUESTIONS.values() if "help_text" in q),
    "warning signs": _sentences(spanish.SAFETY_NET.values()),
    "reasons": _sentences(spanish.RULE_REASONS.values()),
}


@pytest.mark.parametrize("section", SECTIONS)
def test_each_section_reads_as_fairly_easy(section):
    assert _inflesz(SECTIONS[section]) >= 65


@pytest.mark.django_db
def test_the_demo_stores_them_as_the_published_versions_texts(demo):
    questionnaire = services.questionnaire_with_parts(language="es").get(
        pk=services.published_questionnaire().pk
    )
    statuses = texts.statuses(questionnaire, "es")
    # The rules' own words are texts patients read, each with its Spanish.
    with_words = sum(1 for rule in defaults.RULES if rule["patient_text"])
    assert sum(s.source.field in texts.RULE_WORDS for s in statuses) == 2 * with_words
    assert len(statuses) == len(texts.english_texts(questionnaire))
    assert {s.status for s in statuses} == {texts.UP_TO_DATE}
    assert questionnaire.is_demo  # sample data, like the English


@pytest.mark.django_db
def test_the_data_migration_skips_a_version_the_clinic_approved(demo):
    from django.apps import apps

    questionnaire = services.published_questionnaire()
    Translation.objects.all().delete()
    questionnaire.is_demo = False  # approved by the clinic's lead without Spanish
    questionnaire.save()
    MIGRATION.forwards(apps, None)
    assert not Translation.objects.exists()
    questionnaire.is_demo = True  # still sample data: gets them
    questionnaire.save()
    MIGRATION.forwards(apps, None)
    every_text = len(texts.english_texts(questionnaire))
    assert Translation.objects.filter(questionnaire=questionnaire).count() == every_text
    MIGRATION.forwards(apps, None)  # and only once
    assert Translation.objects.filter(questionnaire=questionnaire).count() == every_text
