"""Where a picture is used, and no deletion while it is: the real Article model's
body (live rows and translations) and a Draft of changes to a live page."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError

from articles.models import Article, ArticleTranslation
from images import storage
from images.models import Image
from images.services import ImageInUse, image_delete
from images.usage import _mentions, html_uses_image, image_uses
from publishing.models import Draft
from tests.factories import ArticleFactory, ArticleTranslationFactory, ImageFactory
from tests.support.pictures import files_under

pytestmark = pytest.mark.django_db


def figure(image_id) -> str:
    return (
        f'<p>Before.</p><figure data-image="{image_id}" data-alt="A knee">'
        "<figcaption>The knee</figcaption></figure>"
    )


def with_body(model, item, body: str) -> None:
    """Store a body as the editor (with figures allowed) stores it; update() so that
    this test does not depend on which version of the sanitiser is in place."""
    model.objects.filter(pk=item.pk).update(body=body)


def draft_of(item, body: str) -> Draft:
    data = item.content_data()
    data["fields"]["body"] = body
    return Draft.objects.create(
        content_type=ContentType.objects.get_for_model(type(item)), object_id=item.pk, data=data
    )


def test_figures_are_found_by_their_exact_id():
    assert html_uses_image(figure(12), 12)
    assert not html_uses_image(figure(12), 1)
    assert not html_uses_image(figure(1), 12)
    assert not html_uses_image('<p data-image="12">a paragraph</p>', 12)


def test_references_are_found_in_serialised_content():
    names = {"lead_image", "lead_image_id"}
    assert _mentions({"fields": {"lead_image": 7}}, 7, names)
    assert _mentions({"m2m": {"lead_image": [3, 7]}}, 7, names)
    assert _mentions({"inlines": {"cards": [{"text": figure(7)}]}}, 7, names)
    assert not _mentions({"fields": {"lead_image": 70, "order": 7}}, 7, names)


def test_an_unused_image_is_deleted_with_its_files(
    image_storage, django_capture_on_commit_callbacks
):
    image = ImageFactory()
    assert image_uses(image) == []
    with django_capture_on_commit_callbacks(execute=True):
        image_delete(image=image, user=None)
    assert not Image.objects.exists()
    assert files_under(image_storage) == []


def test_deleting_an_image_in_a_live_articles_body_is_refused_and_names_the_page(image_storage):
    image = ImageFactory()
    article = ArticleFactory(published=True, title="Runner's knee exercises")
    with_body(Article, article, figure(image.pk))
    with pytest.raises(ImageInUse) as caught:
        image_delete(image=image, user=None)
    assert [use.label for use in caught.value.uses] == ["Article: Runner's knee exercises"]
    assert caught.value.uses[0].admin_url == f"/admin/articles/article/{article.pk}/change/"
    assert "Runner's knee exercises" in caught.value.messages[0]
    assert Image.objects.filter(pk=image.pk).exists()
    with storage.originals().open(image.file.name) as original:
        assert original.read()


def test_a_translation_using_the_image_is_listed(image_storage):
    image = ImageFactory()
    article = ArticleFactory(published=True)
    translation = ArticleTranslationFactory(source=article, title="Rodilla")
    with_body(ArticleTranslation, translation, figure(image.pk))
    assert [use.label for use in image_uses(image)] == [
        f"{ArticleTranslation._meta.verbose_name.capitalize()}: {translation}"
    ]


def test_deleting_an_image_only_in_a_draft_of_changes_is_refused(image_storage):
    image = ImageFactory()
    other = ImageFactory()
    article = ArticleFactory(published=True, title="Knee brace")
    draft_of(article, figure(image.pk))
    with pytest.raises(ValidationError) as caught:
        image_delete(image=image, user=None)
    assert [use.label for use in caught.value.uses] == ["Draft of changes: Article: Knee brace"]
    assert caught.value.uses[0].admin_url.endswith(f"/articles/article/{article.pk}/change/")
    assert image_uses(other) == []
