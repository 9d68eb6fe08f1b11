"""Pictures in pages, continued: alt texts and captions per language,
JSON-LD, and the Picture button's list of images."""

import re

import pytest
from django.urls import reverse

from articles.models import ArticleTranslation, Condition
from tests.factories import (
    ArticleFactory,
    ArticleTranslationFactory,
    ConditionFactory,
    ConditionTranslationFactory,
)
from tests.support.illustrated import figure, make_image

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("picture_storage")]


# Languages ------------------------------------------------------------------------


def test_a_translation_carries_its_own_alt_and_caption(client):
    image = make_image(alt_text="The knee bones", alt_texts={"es": "Los huesos de la rodilla"})
    source = ArticleFactory(
        published=True,
        lead_image=image,
        lead_image_alt="Bones of the knee",
        lead_image_caption="Your knee",
        body="<p>Words</p>" + figure(image, alt="Kneecap", caption="The kneecap"),
    )
    ArticleTranslationFactory(
        source=source,
        published=True,
        lead_image_alt="Huesos de la rodilla",
        lead_image_caption="Su rodilla",
        body="<p>Palabras</p>" + figure(image, alt="Rótula", caption="La rótula"),
    )
    html = client.get(f"/es{source.get_absolute_url()}").content.decode()
    assert 'alt="Huesos de la rodilla"' in html and "<figcaption>Su rodilla</figcaption>" in html
    assert 'alt="Rótula"' in html and "<figcaption>La rótula</figcaption>" in html
    assert 'alt="Kneecap"' not in html and "The kneecap" not in html
    assert not re.search(r'<img[^>]*lang="en"', html)
    english = client.get(source.get_absolute_url()).content.decode()
    assert 'alt="Bones of the knee"' in english and 'alt="Kneecap"' in english


def test_an_untranslated_alt_falls_back_to_the_image_default_in_the_language_else_english(
    client,
):
    with_spanish = make_image(alt_text="The knee bones", alt_texts={"es": "Los huesos"})
    english_only = make_image(alt_text="A bent knee")
    source = ConditionFactory(published=True, lead_image=english_only)
    ConditionTranslationFactory(
        source=source,
        published=True,
        overview="<p>Resumen</p>" + figure(with_spanish) + figure(english_only),
    )
    html = client.get(f"/es{source.get_absolute_url()}").content.decode()
    assert 'alt="Los huesos"' in html
    assert not re.search(r'alt="Los huesos" lang=', html)
    # The English fallbacks (lead image and second figure) are marked as English.
    assert len(re.findall(r'alt="A bent knee" lang="en"', html)) == 2


def test_a_page_without_a_translation_shows_english_alts_in_an_english_block(client):
    image = make_image(alt_text="A bent knee", alt_texts={"es": "Una rodilla doblada"})
    source = ArticleFactory(published=True, body="<p>Words</p>" + figure(image))
    html = client.get(f"/es{source.get_absolute_url()}").content.decode()
    # The English text (in a lang="en" block) gets the English alt text.
    assert 'alt="A bent knee"' in html


def test_translation_models_have_the_lead_image_words():
    for model in (ArticleTranslation,):
        names = {field.name for field in model._meta.get_fields()}
        assert {"lead_image_alt", "lead_image_caption"} <= names
        assert "lead_image" not in names
    assert "lead_image_alt" in Condition.translated_fields


# JSON-LD ----------------------------------------------------------------------------


def json_ld(client, url) -> dict:
    import json

    html = client.get(url).content.decode()
    [found] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(found)


def test_json_ld_names_the_lead_image(client):
    image = make_image(alt_text="A knee brace", credit="Ana Silva, CC BY 4.0")
    condition = ConditionFactory(published=True, lead_image=image, lead_image_caption="A brace")
    data = json_ld(client, condition.get_absolute_url())
    assert data["image"]["@type"] == "ImageObject"
    assert re.fullmatch(
        r"http://testserver/media/renditions/\w+-640\.jpeg", data["image"]["contentUrl"]
    )
    assert (data["image"]["width"], data["image"]["height"]) == (640, 426)
    assert data["image"]["description"] == "A knee brace"
    assert data["image"]["caption"] == "A brace"
    assert data["image"]["creditText"] == "Ana Silva, CC BY 4.0"
    plain = ArticleFactory(published=True, body="<p>x</p>" + figure(make_image(), alt="x"))
    assert "image" not in json_ld(client, plain.get_absolute_url())


# The Picture button's list of images -------------------------------------------------


def test_the_picture_chooser_lists_the_library_for_staff_who_write(client, author):
    image = make_image(title="Kneecap", alt_text="The kneecap", alt_texts={"es": "La rótula"})
    url = reverse("admin:articles_picture_choices")
    assert client.get(url).status_code == 302  # signed out: to the sign-in page
    client.force_login(author)
    [listed] = client.get(url).json()["images"]
    assert listed["id"] == image.pk and listed["title"] == "Kneecap"
    assert listed["alt_texts"] == {"en": "The kneecap", "es": "La rótula"}
    # The smallest JPEG: a thumbnail every browser shows.
    assert re.fullmatch(r"/media/renditions/\w+-320\.jpeg", listed["thumbnail"])
    assert (listed["width"], listed["height"]) == (1280, 853)


def test_staff_who_may_not_change_pages_get_no_images(client):
    from tests.factories import StaffFactory

    make_image()
    client.force_login(StaffFactory(username="viewer"))
    response = client.get(reverse("admin:articles_picture_choices"))
    assert response.status_code == 403 and response.json() == {"images": []}
