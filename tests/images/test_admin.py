"""The image library in the admin, as staff use it: the forms are read from the
rendered pages (tests/support/forms.py) and posted back with a real file."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from images.models import Image, Source
from tests.factories import ArticleFactory, ImageFactory
from tests.images.test_usage import figure, with_body
from tests.images.test_validation import SVG_WITH_SCRIPT, bomb_png
from tests.support.forms import form_values
from tests.support.pictures import files_under, jpeg_with_gps, picture_bytes

pytestmark = pytest.mark.django_db

ADD = "/admin/images/image/add/"


def change_url(image) -> str:
    return f"/admin/images/image/{image.pk}/change/"


def upload(client, data: bytes, name="knee.jpg", **words):
    values = form_values(client.get(ADD).content.decode(), "image_form")
    values.update({"title": "Knee from the side", "source": Source.CLINIC, "alt_text": "A knee"})
    values.update(words)
    values["alt_texts-0-language"] = "es"
    values["alt_texts-0-alt_text"] = "Una rodilla"
    values["file"] = SimpleUploadedFile(name, data, content_type="image/jpeg")
    return client.post(ADD, values)


def file_errors(response) -> list[str]:
    return response.context["adminform"].form.errors.get("file", [])


def test_an_author_uploads_a_picture_with_its_alt_texts(client, author, image_storage):
    client.force_login(author)
    response = upload(client, jpeg_with_gps(seed=51))
    assert response.status_code == 302, response.context["adminform"].form.errors
    image = Image.objects.get()
    assert (image.title, image.uploaded_by, image.alt_text) == (
        "Knee from the side",
        author,
        "A knee",
    )
    assert dict(image.alt_texts.values_list("language", "alt_text")) == {"es": "Una rodilla"}
    assert image.renditions.exists()


def test_an_upload_without_alt_texts_in_other_languages_is_saved(client, author, image_storage):
    """The form as the browser sends it: the Spanish row left empty (its language
    already chosen) is skipped, not refused as incomplete."""
    client.force_login(author)
    values = form_values(client.get(ADD).content.decode(), "image_form")
    assert values["alt_texts-0-language"] == "es"
    values.update({"title": "Knee", "source": Source.CLINIC, "alt_text": "A knee"})
    values["file"] = SimpleUploadedFile("knee.jpg", picture_bytes(seed=58), "image/jpeg")
    response = client.post(ADD, values)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert not Image.objects.get().alt_texts.exists()


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (SVG_WITH_SCRIPT, "SVG"),
        (b"<html><body>hello</body></html>", "could not read this file as a picture"),
        (picture_bytes(100, 100) + b"\0" * (12 * 1024 * 1024), "This file is 12.0 MB"),
        (bomb_png(10_000, 10_000), "(100 megapixels)"),
        (picture_bytes(1200, 900, seed=54)[:5000], "damaged or cut short"),
    ],
    ids=["svg", "html-named-jpg", "12-mb", "bomb", "truncated"],
)
def test_a_refused_file_is_explained_next_to_the_file_field(
    client, author, image_storage, data, words
):
    client.force_login(author)
    response = upload(client, data)
    assert response.status_code == 200
    assert any(words in error for error in file_errors(response))
    assert 'class="errorlist' in response.content.decode()
    assert not Image.objects.exists() and files_under(image_storage) == []


def test_the_same_file_again_links_to_the_existing_picture(client, author, image_storage):
    client.force_login(author)
    data = picture_bytes(seed=52)
    existing = ImageFactory(file=data, title="Kneecap")
    response = upload(client, data)
    [error] = file_errors(response)
    assert f'<a href="{change_url(existing)}">' in error and "Kneecap" in error
    assert f'href="{change_url(existing)}"' in response.content.decode()
    assert Image.objects.count() == 1


def test_a_credit_is_needed_for_a_licensed_picture(client, author, image_storage):
    client.force_login(author)
    response = upload(client, picture_bytes(seed=53), source=Source.LICENSED)
    assert "credit" in response.context["adminform"].form.errors
    assert not Image.objects.exists() and files_under(image_storage) == []


def test_the_change_page_shows_the_picture_who_uploaded_it_and_where_it_is_used(
    client, author, image_storage
):
    image = ImageFactory(user=author)
    article = ArticleFactory(published=True, title="Kneecap pain")
    with_body(type(article), article, figure(image.pk))
    client.force_login(author)
    page = client.get(change_url(image)).content.decode()
    thumb = image.renditions.get(purpose="screen", format="jpeg", width=640)
    assert f'src="{thumb.file.url}"' in page
    assert "800 × 600 pixels" in page and "Ana Author" in page
    assert (
        f'<a href="/admin/articles/article/{article.pk}/change/">Article: Kneecap pain</a>' in page
    )
    listing = client.get("/admin/images/image/").content.decode()
    assert image.renditions.get(format="jpeg", width=320).file.url in listing


def test_a_save_over_someone_elses_newer_one_is_refused(client, author, image_storage):
    image = ImageFactory(title="Knee")
    client.force_login(author)
    values = form_values(client.get(change_url(image)).content.decode(), "image_form")
    Image.objects.filter(pk=image.pk).update(title="Knee, by someone else", version=2)
    values["title"] = "Knee, mine"
    response = client.post(change_url(image), values)
    assert response.status_code == 200
    assert "Someone changed this picture after you opened it" in response.content.decode()
    image.refresh_from_db()
    assert image.title == "Knee, by someone else"
    values["expected_version"] = "2"
    assert client.post(change_url(image), values).status_code == 302
    image.refresh_from_db()
    assert (image.title, image.version) == ("Knee, mine", 3)


def test_authors_may_not_delete_pictures(client, author, image_storage):
    image = ImageFactory()
    client.force_login(author)
    assert (
        client.post(f"/admin/images/image/{image.pk}/delete/", {"post": "yes"}).status_code == 403
    )
    assert Image.objects.filter(pk=image.pk).exists()


def test_a_picture_in_use_is_not_deleted_one_or_in_bulk(client, publisher, image_storage):
    image = ImageFactory(title="Kneecap")
    unused = ImageFactory()
    article = ArticleFactory(published=True, title="Kneecap pain")
    with_body(type(article), article, figure(image.pk))
    client.force_login(publisher)
    delete = f"/admin/images/image/{image.pk}/delete/"
    page = client.get(delete).content.decode()
    assert "is used on the pages below, so it cannot be deleted" in page
    assert (
        f'<a href="/admin/articles/article/{article.pk}/change/">Article: Kneecap pain</a>' in page
    )
    refused = client.post(delete, {"post": "yes"})
    assert "so it cannot be deleted" in refused.content.decode()
    assert Image.objects.filter(pk=image.pk).exists()
    bulk = {"action": "delete_selected", "_selected_action": [image.pk, unused.pk], "post": "yes"}
    response = client.post("/admin/images/image/", bulk)
    assert "so none of them was deleted" in response.content.decode()
    assert Image.objects.count() == 2
    client.post(f"/admin/images/image/{unused.pk}/delete/", {"post": "yes"})
    assert list(Image.objects.all()) == [image]


def test_the_list_searches_titles_and_filters_by_source(client, author, image_storage):
    ImageFactory(title="Kneecap from the front")
    ImageFactory(
        title="Meniscus",
        source=Source.OPEN_LICENCE,
        credit="Ana Silva, CC BY 4.0",
        source_url="https://example.org/meniscus",
    )
    client.force_login(author)
    found = client.get("/admin/images/image/", {"q": "kneecap"}).context["cl"].result_list
    assert [image.title for image in found] == ["Kneecap from the front"]
    found = client.get("/admin/images/image/", {"source__exact": "open"}).context["cl"].result_list
    assert [image.title for image in found] == ["Meniscus"]
