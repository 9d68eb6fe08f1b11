"""Translations declared once: each translatable model names its translated
fields, and the translation models, the checks and the overlay follow."""

import pytest
from django.core.exceptions import ValidationError
from django.db import models

from articles.admin.translation import ArticleTranslationForm, ConditionTranslationForm
from articles.localise import live_translations, localised
from articles.models import (
    Article,
    ArticleTranslation,
    CareAdvice,
    CareAdviceTranslation,
    Condition,
    ConditionTranslation,
)
from tests.factories import (
    CareAdviceFactory,
    CareAdviceTranslationFactory,
    ConditionTranslationFactory,
)

pytestmark = pytest.mark.django_db

PAIRS = [
    (Article, ArticleTranslation),
    (Condition, ConditionTranslation),
    (CareAdvice, CareAdviceTranslation),
]


@pytest.mark.parametrize(("source", "translation"), PAIRS)
def test_a_translation_has_each_translated_field_as_its_source_declares_it(source, translation):
    for name in source.translated_fields:
        theirs, ours = source._meta.get_field(name), translation._meta.get_field(name)
        assert type(ours) is type(theirs), name
        assert (ours.verbose_name, ours.blank, ours.max_length) == (
            theirs.verbose_name,
            theirs.blank,
            theirs.max_length,
        ), name
        assert ours.model is translation  # a field of its own, not the source's
        if isinstance(theirs, models.TextField) and hasattr(theirs, "sanitize"):
            assert ours.sanitize is theirs.sanitize  # rich text is cleaned the same way


@pytest.mark.parametrize(
    ("form", "source"), [(ArticleTranslationForm, Article), (ConditionTranslationForm, Condition)]
)
def test_the_translation_form_offers_every_translated_field(form, source):
    assert set(source.translated_fields) <= set(form.base_fields)


def test_a_translation_refuses_repeated_names_with_the_source_s_message():
    english = Condition(title="Meniscus tear", also_known_as="Torn cartilage\nmeniscus TEAR")
    spanish = ConditionTranslation(
        title="Rotura de menisco", also_known_as="Menisco roto\nrotura de MENISCO"
    )
    with pytest.raises(ValidationError) as source_error:
        english.clean()
    with pytest.raises(ValidationError) as translation_error:
        spanish.clean()
    [source_message] = source_error.value.message_dict["also_known_as"]
    [translation_message] = translation_error.value.message_dict["also_known_as"]
    assert "rotura de MENISCO" in translation_message
    assert translation_message.replace("rotura de MENISCO", "meniscus TEAR") == source_message


def test_a_card_translation_has_the_card_s_bullet_point_limit():
    text = CareAdviceTranslationFactory(points="\n".join(f"- Punto {n}" for n in range(6)))
    with pytest.raises(ValidationError) as error:
        text.clean()
    assert error.value.message_dict["points"] == ["Use at most 5 bullet points."]
    text.points = "\n".join(f"- Punto {n}" for n in range(5))
    text.clean()


def test_the_overlay_returns_copies_with_the_translated_cards_as_a_tuple():
    translation = ConditionTranslationFactory(published=True, title="Dolor de rótula")
    translated_card = CareAdviceFactory(condition=translation.source, heading="See a physio if:")
    english_card = CareAdviceFactory(condition=translation.source, heading="Call us if:", order=2)
    CareAdviceTranslationFactory(translation=translation, card=translated_card)
    source = Condition.objects.prefetch_related("care_advice").get(pk=translation.source_id)
    found = live_translations(Condition, [source], "es")

    page = localised(source, found[source.pk], "es")

    assert isinstance(page.care_cards, tuple)
    assert [card.heading for card in page.care_cards] == [
        "Vea a un fisioterapeuta si:",
        "Call us if:",
    ]
    assert page.care_cards[1].content_language == "en"
    assert page.title == "Dolor de rótula"
    # The source and its cards are untouched (they may be shared by the memo).
    assert source.title != page.title
    assert [card.heading for card in source.care_cards] == ["See a physio if:", "Call us if:"]
    assert english_card.heading == "Call us if:"
    assert not hasattr(page.care_cards, "_result_cache")
