"""The API's pictures: a detail's lead image with its renditions, size and alt text;
figures rendered in the HTML as on the page."""

import re

import pytest

from tests.api.test_schema import (
    assert_matches,
    content_schema,
    schema,  # noqa: F401 - a fixture
)
from tests.factories import ArticleFactory, ArticleTranslationFactory, ConditionFactory
from tests.support.illustrated import figure, make_image

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("clinic", "picture_storage")]


def test_an_articles_lead_image_with_renditions_size_and_alt(client, schema):  # noqa: F811
    image = make_image(alt_text="A knee brace", credit="Clinic drawing")
    ArticleFactory(
        published=True,
        slug="braces",
        lead_image=image,
        lead_image_alt="A soft knee brace",
        lead_image_caption="Soft brace",
        body="<p>Words</p>" + figure(make_image(), alt="Inside the text", caption="Inside"),
    )
    item = client.get("/api/v1/articles/braces/").json()
    lead = item["lead_image"]
    assert lead["id"] == image.pk
    assert lead["alt"] == "A soft knee brace" and lead["alt_language"] == "en"
    assert lead["caption"] == "Soft brace" and lead["credit"] == "Clinic drawing"
    assert not lead["decorative"]
    assert (lead["width"], lead["height"]) == (640, 426)
    assert {(r["format"], r["width"]) for r in lead["renditions"]} == {
        ("webp", 320),
        ("webp", 640),
        ("jpeg", 320),
        ("jpeg", 640),
    }
    assert all(
        re.fullmatch(r"http://testserver/media/renditions/\S+\.(webp|jpeg)", r["url"])
        for r in lead["renditions"]
    )
    # Figures come rendered in the body, as on the page.
    assert '<figure class="figure"><picture>' in item["body"]
    assert 'alt="Inside the text"' in item["body"] and "data-image" not in item["body"]
    documented = content_schema(schema, "/api/v1/articles/{slug}/", "200", "application/json")
    assert_matches(item, documented, schema)
    broken = {**item, "lead_image": {**lead, "renditions": [{"url": "x"}]}}
    with pytest.raises(AssertionError):
        assert_matches(broken, documented, schema)


def test_no_lead_image_is_null_and_lists_leave_it_out(client):
    ConditionFactory(published=True, slug="plain")
    assert client.get("/api/v1/conditions/plain/").json()["lead_image"] is None
    assert "lead_image" not in client.get("/api/v1/conditions/").json()["results"][0]


def test_a_translations_lead_image_alt_falls_back_to_the_images_own(client):
    image = make_image(alt_text="A bent knee", alt_texts={"es": "Una rodilla doblada"})
    english_only = make_image(alt_text="A straight knee")
    first = ArticleFactory(published=True, slug="bent", lead_image=image)
    ArticleTranslationFactory(source=first, published=True)
    second = ArticleFactory(published=True, slug="straight", lead_image=english_only)
    ArticleTranslationFactory(source=second, published=True)
    lead = client.get("/api/v1/articles/bent/?language=es").json()["lead_image"]
    assert (lead["alt"], lead["alt_language"]) == ("Una rodilla doblada", "es")
    lead = client.get("/api/v1/articles/straight/?language=es").json()["lead_image"]
    assert (lead["alt"], lead["alt_language"]) == ("A straight knee", "en")
