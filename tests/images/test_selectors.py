"""What pages get of a picture: plain data with every rendition's address."""

import pytest

from images.models import ImageAltText
from images.renditions import AVIF
from images.selectors import pictures, thumbnail
from tests.factories import ImageFactory
from tests.support.pictures import transparent_png

pytestmark = pytest.mark.django_db


def test_a_picture_lists_its_renditions_best_format_first(image_storage, django_assert_num_queries):
    image = ImageFactory(size=(1000, 800), alt_text="A knee")
    ImageAltText.objects.create(image=image, language="es", alt_text="Una rodilla")
    with django_assert_num_queries(3):  # the images, their renditions, their alt texts
        found = pictures([image.pk, 999_999])
    picture = found[image.pk]
    assert list(found) == [image.pk]
    expected = ["image/avif", "image/webp", "image/jpeg"] if AVIF else ["image/webp", "image/jpeg"]
    assert [source.mime for source in picture.sources] == expected
    srcset = picture.sources[-1].srcset
    assert [part.split()[1] for part in srcset.split(", ")] == ["320w", "640w", "960w"]
    assert srcset.startswith(f"/media/renditions/{image.pk}/")
    assert (picture.width, picture.height) == (960, 768)
    assert picture.fallback_src.endswith("-640.jpg")
    assert (picture.print_width, picture.print_height) == (1000, 800)
    assert picture.print_name.startswith(f"{image.pk}/") and picture.print_name.endswith(".jpg")
    assert picture.default_alt("es") == ("Una rodilla", "es")
    assert picture.default_alt("fr") == ("A knee", "en")


def test_a_transparent_pictures_fallback_is_png(image_storage):
    image = ImageFactory(file=transparent_png(seed=61))
    picture = pictures([image.pk])[image.pk]
    assert picture.sources[-1].mime == "image/png"
    assert thumbnail(image).format == "png"
