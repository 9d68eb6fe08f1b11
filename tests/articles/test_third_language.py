"""A third language is a settings entry, not code.

With Vietnamese added to ``LANGUAGES`` (and nothing else changed), its pages
answer under ``/vi/`` in English with the "not available yet" notice, the API
and the Infobutton accept it, and a Vietnamese translation's readability says
there is no formula for it instead of claiming a grade within the target.
"""

import re

import pytest
from django.test import override_settings
from django.urls import reverse

from clinic.models import ClinicSettings
from publishing.readability import has_formula, measure, within_target
from tests.factories import (
    ArticleFactory,
    CareAdviceFactory,
    ConditionFactory,
    ConditionTranslationFactory,
)

pytestmark = pytest.mark.django_db

THREE_LANGUAGES = [("en", "English"), ("es", "Español"), ("vi", "Tiếng Việt")]
NOT_TRANSLATED = re.compile(
    r'<p class="notice notice--language"[^>]*>This page is not available in .+? yet, '
    r"so it is shown in English\.</p>"
)
NO_FORMULA = "No reading-level formula for this language."


@pytest.fixture
def three_languages(db):
    # The clinic settings first: making them moves the content version (page cache).
    ClinicSettings.load()
    with override_settings(LANGUAGES=THREE_LANGUAGES):
        yield


@pytest.mark.parametrize("factory", [ArticleFactory, ConditionFactory])
def test_a_page_in_the_third_language_is_the_english_page_with_the_notice(
    client, three_languages, factory
):
    item = factory(published=True, title="Ice for a sore knee")
    if factory is ConditionFactory:
        CareAdviceFactory(condition=item, heading="See a physio if:")
    response = client.get(f"/vi{item.get_absolute_url()}")
    page = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Language"] == "vi"
    assert re.search(r'<h1 lang="en">Ice for a sore knee</h1>', page)
    assert NOT_TRANSLATED.search(page)
    if factory is ConditionFactory:
        assert "See a physio if:" in page


def test_the_third_language_is_not_a_language_without_its_settings_entry(client, db):
    ClinicSettings.load()
    item = ArticleFactory(published=True)
    assert client.get(f"/vi{item.get_absolute_url()}").status_code == 404


def test_the_api_answers_in_the_third_language_with_the_english_words(client, three_languages):
    condition = ConditionFactory(published=True, title="Runner's knee")
    response = client.get(f"/api/v1/conditions/{condition.slug}/", {"language": "vi"})
    assert response.status_code == 200
    assert response["Content-Language"] == "vi"
    item = response.json()
    assert (item["title"], item["language"]) == ("Runner's knee", "en")


def test_the_infobutton_answers_the_third_language_with_the_english_page(client, three_languages):
    condition = ConditionFactory(published=True, icd10_codes="M22.2")
    response = client.get(
        "/api/infobutton/",
        {
            "mainSearchCriteria.v.c": "M22.2",
            "mainSearchCriteria.v.cs": "2.16.840.1.113883.6.90",
            "informationRecipient.languageCode.c": "vi",
        },
    )
    assert response.status_code == 200
    feed = response.json()["feed"]
    assert feed["request"]["language"] == "vi"
    [entry] = feed["entry"]
    assert entry["language"] == "en"
    assert entry["url"] == f"http://testserver{condition.get_absolute_url()}"


def test_a_language_without_a_formula_gets_words_and_time_but_no_score(three_languages):
    figures = measure("<p>Hãy nghỉ ngơi đầu gối của bạn. Chườm đá lên đó.</p>", language="vi")
    assert not has_formula("vi")
    assert (figures.grade, figures.smog, figures.inflesz) == (None, None, None)
    assert figures.word_count > 0 and figures.reading_minutes == 1
    # Neither within nor outside the target: nothing measured it.
    assert within_target(figures, grade_target=8, inflesz_target=65) is None


def test_the_admin_says_a_third_language_translation_has_no_reading_formula(
    admin_client, three_languages
):
    translation = ConditionTranslationFactory(
        language="vi", title="Đau đầu gối", overview="<p>Đầu gối của bạn bị đau.</p>"
    )
    assert (translation.reading_grade, translation.inflesz) == (0, None)
    page = admin_client.get(
        reverse("admin:articles_conditiontranslation_change", args=[translation.pk])
    ).content.decode()
    assert NO_FORMULA in page
    assert "within the target" not in page and "Reading grade (Flesch-Kincaid)" not in page
    listing = admin_client.get(reverse("admin:articles_conditiontranslation_changelist"))
    assert listing.status_code == 200
