"""The exercise pictures: a start and an end for each demo exercise, drawn by the
project, the same bytes every time, one size, with plain alt texts in English
and Spanish."""

import io

import pytest
from PIL import Image as PILImage

from exercises.demo.exercises import EXERCISES
from exercises.demo_pictures.catalogue import BY_KEY, PICTURES
from exercises.demo_pictures.figure import ARROW, OUTPUT_WIDTH, SIZE
from images.demo_pictures.catalogue import PICTURES as KNEE_PICTURES
from publishing.readability import measure

HEIGHT = OUTPUT_WIDTH * SIZE[1] // SIZE[0]


def test_each_demo_exercise_has_a_start_and_an_end_picture_and_nothing_else():
    wanted = {key for e in EXERCISES for key in (e["start_picture"], e["end_picture"])}
    assert wanted == set(BY_KEY)
    assert len(PICTURES) == 2 * len(EXERCISES)
    # Keys and titles do not clash with the knee pictures (the loader finds a picture by title).
    assert not {p.key for p in PICTURES} & {p.key for p in KNEE_PICTURES}
    assert len({p.title for p in [*PICTURES, *KNEE_PICTURES]}) == len(PICTURES) + len(KNEE_PICTURES)


@pytest.mark.parametrize("picture", PICTURES, ids=lambda p: p.key)
def test_each_picture_is_a_deterministic_png_of_the_one_size(picture):
    first, second = picture.draw(), picture.draw()

    assert first == second
    image = PILImage.open(io.BytesIO(first))
    assert (image.format, image.size) == ("PNG", (OUTPUT_WIDTH, HEIGHT))
    assert not image.info.get("dpi") and not image.text


def _has_arrow(png: bytes) -> bool:
    """Whether the picture has the movement's red arrow in it."""
    red = tuple(int(ARROW[i : i + 2], 16) for i in (1, 3, 5))
    image = PILImage.open(io.BytesIO(png)).convert("RGB")
    return any(count > 200 for count, colour in image.getcolors(1 << 20) if colour == red)


def test_no_two_pictures_are_the_same():
    """The library finds a demo picture by its content: two the same would be one image."""
    drawn = [picture.draw() for picture in [*PICTURES, *KNEE_PICTURES]]
    assert len(set(drawn)) == len(drawn)


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e["slug"])
def test_the_end_picture_shows_the_movement_with_an_arrow_and_differs_from_the_start(exercise):
    start = BY_KEY[exercise["start_picture"]].draw()
    end = BY_KEY[exercise["end_picture"]].draw()

    assert start != end
    assert _has_arrow(end) and not _has_arrow(start)


@pytest.mark.parametrize("picture", PICTURES, ids=lambda p: p.key)
def test_each_picture_has_plain_alt_texts_in_english_and_spanish(picture):
    english, spanish = measure(picture.alt_en), measure(picture.alt_es, language="es")

    assert english.grade <= 8, picture.alt_en
    assert spanish.inflesz >= 65, picture.alt_es  # "bastante fácil", the clinic's default
    assert len(picture.alt_en) <= 300 and len(picture.alt_es) <= 300  # the field's size
    # Each says which picture it is, in its own language.
    assert picture.alt_en.startswith("End:" if picture.is_end else "Start:")
    assert picture.alt_es.startswith("Final:" if picture.is_end else "Inicio:")
