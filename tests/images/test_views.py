"""Renditions served by the app on one server: only renditions, with headers
that make the browser trust nothing but the type, cached for a year."""

import pytest
from django.core.files.base import ContentFile

from images import storage
from images.models import Purpose, Rendition
from tests.factories import ImageFactory
from tests.support.pictures import encoded, picture

pytestmark = pytest.mark.django_db

POLYGLOT_HTML = b"<html><body><script>alert(document.cookie)</script></body></html>"


def test_a_rendition_is_served_with_its_type_nosniff_and_a_years_cache(client, image_storage):
    image = ImageFactory()
    for rendition in image.renditions.all():
        response = client.get(rendition.file.url)
        assert response.status_code == 200
        assert response["Content-Type"] == f"image/{rendition.format}"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Cache-Control"] == "public, max-age=31536000, immutable"
        with storage.renditions().open(rendition.file.name, "rb") as f:
            assert b"".join(response.streaming_content) == f.read()
    webp = image.renditions.filter(format="webp").first()
    assert webp.file.url == f"/media/renditions/{webp.file.name}"


def test_a_jpeg_html_polyglot_is_stored_but_only_its_re_encoded_renditions_are_served(
    client, image_storage
):
    upload = encoded(picture(900, 600, seed=41), "JPEG", comment=POLYGLOT_HTML)
    assert b"<script" in upload
    image = ImageFactory(file=upload)
    with storage.originals().open(image.file.name, "rb") as original:
        assert original.read() == upload  # kept as it came, where no address reaches it
    for rendition in image.renditions.all():
        served = b"".join(client.get(rendition.file.url).streaming_content)
        assert served != upload
        assert b"<script" not in served.lower() and b"<html" not in served.lower()


@pytest.mark.parametrize(
    "path",
    [
        "../originals/{original}",
        "{image}/../../originals/{original}",
        "%2e%2e/originals/{original}",
        "{original}",
        "{image}/0123456789abcdef-320.jpg",  # a well-formed name with no file
        "{image}/{stem}.html",
        "{image}/",
    ],
)
def test_nothing_but_an_existing_rendition_is_served(client, image_storage, path):
    image = ImageFactory()
    stem = image.renditions.first().file.name.split("/")[1].rsplit(".", 1)[0]
    # A file in the renditions folder that is no rendition (the ".html" case).
    storage.renditions().save(f"{image.pk}/{stem}.html", ContentFile(b"<script>x</script>"))
    url = "/media/renditions/" + path.format(image=image.pk, original=image.file.name, stem=stem)
    assert client.get(url).status_code == 404


def test_originals_have_no_address(client, image_storage):
    image = ImageFactory()
    with pytest.raises(ValueError):
        image.file.url  # noqa: B018 - no base_url: no address at all
    assert client.get(f"/media/originals/{image.file.name}").status_code == 404


def test_with_object_storage_the_app_serves_no_renditions(client, image_storage, settings):
    image = ImageFactory()
    name = image.renditions.get(purpose=Purpose.PRINT).file.name
    settings.STORAGES = {
        **settings.STORAGES,
        "image_renditions": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    storage.renditions().save(name, ContentFile(b"bytes"))
    assert client.get(f"/media/renditions/{name}").status_code == 404
    assert Rendition.objects.filter(file=name).exists()
