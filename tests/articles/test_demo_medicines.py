"""Medicines in the shipped content follow the US over-the-counter labels
(CLINICAL.md 3.1 "Medicines"), in English and in Spanish.

Pure data checks over everything a patient can read that ships with the portal:
the demo articles and conditions, their Spanish versions, and the default
questionnaire's outcome texts. Each check finds the texts that name a medicine
itself, so a new page that mentions one is checked without being listed here.
"""

import re

import pytest

from articles.demo.articles import ARTICLES
from articles.demo.articles_es import ARTICLES_ES
from articles.demo.conditions import CONDITIONS
from articles.demo.conditions_es import CONDITIONS_ES
from articles.models import Condition
from triage.defaults import OUTCOMES, QUESTIONS
from triage.defaults import spanish as triage_es


def _pages():
    """(language, name, text) of each page-sized text a patient reads: an article body,
    a condition section, a care card, an outcome's words, a question's help."""
    for article in ARTICLES:
        yield "en", f"article {article['slug']}", article["body"]
    for slug, article in ARTICLES_ES.items():
        yield "es", f"article {slug}", article["body"]
    for condition in CONDITIONS:
        for section in Condition.SECTIONS:
            if section in condition:  # a section the demo content leaves out is empty
                yield "en", f"condition {condition['slug']}.{section}", condition[section]
        for order, card in enumerate(condition["care_advice"]):
            text = " ".join([card["heading"], *card["points"], card["action"]])
            yield "en", f"condition {condition['slug']}.card[{order}]", text
    for slug, condition in CONDITIONS_ES.items():
        for section in Condition.SECTIONS:
            if section in condition:
                yield "es", f"condition {slug}.{section}", condition[section]
        for order, card in enumerate(condition["care_advice"]):
            text = " ".join([card["heading"], *card["points"], card["action"]])
            yield "es", f"condition {slug}.card[{order}]", text
    for outcome in OUTCOMES:
        for field in ("headline", "advice", "safety_net"):
            yield "en", f"outcome {outcome['key']}.{field}", outcome[field]
    for key, texts in triage_es.OUTCOMES.items():
        for field, text in texts.items():
            yield "es", f"outcome {key}.{field}", text
    for question in QUESTIONS:
        yield (
            "en",
            f"question {question['key']}",
            f"{question['text']} {question.get('help_text', '')}",
        )
    for key, texts in triage_es.QUESTIONS.items():
        yield "es", f"question {key}", " ".join(texts.values())


PAGES = {f"{language} {name}": (language, text) for language, name, text in _pages()}


def _with(pattern: str, language: str) -> list[str]:
    """The names of the pages in ``language`` whose text matches ``pattern``."""
    return [
        name
        for name, (lang, text) in PAGES.items()
        if lang == language and re.search(pattern, text, re.IGNORECASE)
    ]


# The words that name each medicine, in each language.
ANTI_INFLAMMATORY = {
    "en": r"anti-inflammator|ibuprofen|naproxen|diclofenac",
    "es": r"antiinflamatori|ibuprofeno|naproxeno|diclofenaco",
}
ACETAMINOPHEN = {"en": r"acetaminophen", "es": r"acetaminofén"}
DICLOFENAC = {"en": r"diclofenac", "es": r"diclofenaco"}

# What must come with them (CLINICAL.md 3.1), in each language.
PREGNANCY = {"en": r"20 weeks", "es": r"20 semanas de embarazo"}
ASPIRIN = {"en": r"daily aspirin", "es": r"aspirina diaria"}
ACETAMINOPHEN_ALCOHOL = {
    "en": r"3 or more alcoholic drinks a day",
    "es": r"3 o más bebidas con alcohol al día",
}
DICLOFENAC_LIMITS = {
    "en": [r"diclofenac 1% gel", r"up to 4 times a day", r"more than 21 days", r"tablets"],
    "es": [r"diclofenaco al 1 %", r"hasta 4 veces al día", r"más de 21 días", r"pastillas"],
}
# The anti-inflammatory cautions of the US label: 60 or older, a stomach ulcer or
# bleeding, a blood thinner or steroid tablets, 3 or more drinks a day, high blood
# pressure, heart, kidney or liver disease, asthma.
LABEL_CAUTIONS = {
    "en": [
        r"60 or older",
        r"stomach ulcer or bleeding",
        r"blood thinner or steroid tablets",
        r"3 or more alcoholic drinks a day",
        r"high blood pressure, or heart, kidney or liver disease",
        r"asthma",
    ],
    "es": [
        r"60 años o más",
        r"úlcera o un sangrado en el estómago",
        r"anticoagulante\) o pastillas de esteroides",
        r"3 o más bebidas con alcohol al día",
        r"presión alta, o una enfermedad del corazón, de los riñones o del hígado",
        r"asma",
    ],
}

SHIPPED_TEXT = "\n".join(text for _language, text in PAGES.values())


def test_no_ibuprofen_gel_anywhere_in_either_language():
    """Ibuprofen gel is not sold over the counter in the US."""
    found = re.search(
        r"ibuprofen\w*\s+(or\s+\w+\s+)?gel|gel\w*\s+de\s+ibuprofeno", SHIPPED_TEXT, re.IGNORECASE
    )
    assert not found, SHIPPED_TEXT[found.start() - 80 : found.end() + 80]


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_osteoarthritis_page_puts_diclofenac_gel_first_with_its_limits(language):
    pages = _with(DICLOFENAC[language], language)
    assert f"{language} condition knee-osteoarthritis.self_care" in pages
    for name in pages:
        text = PAGES[name][1]
        for limit in DICLOFENAC_LIMITS[language]:
            assert re.search(limit, text), (name, limit)
        # The gel carries the same cautions as the tablets.
        for caution in [*LABEL_CAUTIONS[language], PREGNANCY[language], ASPIRIN[language]]:
            assert re.search(caution, text), (name, caution)


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_text_that_names_an_anti_inflammatory_says_not_at_20_weeks(language):
    pages = _with(ANTI_INFLAMMATORY[language], language)
    # The pages that offer pain relief: four conditions, the self-care article, the outcome.
    assert len(pages) >= 6, pages
    for name in pages:
        text = PAGES[name][1]
        assert re.search(PREGNANCY[language], text), name
        assert re.search(ASPIRIN[language], text), name


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_page_that_offers_anti_inflammatories_lists_the_label_cautions(language):
    """Condition sections and articles (an outcome's short advice sends the patient to
    a doctor or pharmacist instead, and still says "20 weeks")."""
    pages = [
        name
        for name in _with(ANTI_INFLAMMATORY[language], language)
        if name.split()[1] in ("article", "condition")
    ]
    assert len(pages) >= 5, pages
    for name in pages:
        for caution in LABEL_CAUTIONS[language]:
            assert re.search(caution, PAGES[name][1]), (name, caution)


@pytest.mark.parametrize("language", ["en", "es"])
def test_acetaminophen_comes_with_its_cautions(language):
    pages = _with(ACETAMINOPHEN[language], language)
    assert len(pages) >= 5, pages
    for name in pages:
        text = PAGES[name][1]
        assert re.search(ACETAMINOPHEN_ALCOHOL[language], text), name
        assert re.search(r"liver|hígado", text), name


def test_the_spanish_and_english_name_the_same_medicines_on_each_page():
    """A Spanish text never says more or less than the English one."""
    for name, (language, text) in PAGES.items():
        if language != "en":
            continue
        spanish = PAGES.get(f"es {name[3:]}")
        if spanish is None:
            continue
        for english_word, spanish_word in [
            (r"acetaminophen", r"acetaminofén"),
            (r"ibuprofen", r"ibuprofeno"),
            (r"naproxen", r"naproxeno"),
            (r"diclofenac", r"diclofenaco"),
            (r"aspirin", r"aspirina"),
            (r"20 weeks", r"20 semanas"),
            (r"21 days", r"21 días"),
        ]:
            in_english = bool(re.search(english_word, text, re.IGNORECASE))
            in_spanish = bool(re.search(spanish_word, spanish[1], re.IGNORECASE))
            assert in_english == in_spanish, (name, english_word)
