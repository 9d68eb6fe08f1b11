"""Renditions as pure functions of the uploaded bytes (no database): widths,
and every kind of pixels a picture program saves, to RGB or RGBA in sRGB."""

import io

import pytest
from PIL import Image as PILImage
from PIL import ImageCms

from images.models import Purpose
from images.renditions import encode_all, print_width, screen_formats, screen_widths
from tests.support.pictures import encoded, picture


@pytest.mark.parametrize(
    ("width", "widths"),
    [
        (200, (200,)),
        (320, (320,)),
        (1000, (320, 640, 960)),
        (1920, (320, 640, 960, 1280, 1920)),
        (6000, (320, 640, 960, 1280, 1920)),
    ],
)
def test_screen_widths_never_pass_the_original(width, widths):
    assert screen_widths(width) == widths
    assert print_width(width) == min(width, 2000)


def test_jpeg_is_the_fallback_unless_there_is_transparency():
    assert screen_formats(False)[-1] == "jpeg" and screen_formats(True)[-1] == "png"


def kinds(encoded_all) -> dict:
    return {(e.purpose, e.format, e.width): PILImage.open(io.BytesIO(e.data)) for e in encoded_all}


@pytest.mark.parametrize(
    ("make", "transparent"),
    [
        (lambda: encoded(picture(400, 300).convert("CMYK"), "JPEG"), False),
        (lambda: encoded(picture(400, 300).convert("L"), "PNG"), False),
        (lambda: encoded(picture(400, 300).convert("1"), "PNG"), False),
        (lambda: encoded(picture(400, 300).convert("P"), "PNG"), False),
        (lambda: encoded(PILImage.new("I;16", (400, 300), 40000), "PNG"), False),
        (lambda: encoded(PILImage.new("LA", (400, 300), (90, 0)), "PNG"), True),
        (lambda: encoded(PILImage.new("RGBA", (400, 300), (9, 9, 9, 255)), "PNG"), False),
        (lambda: encoded(PILImage.new("RGBA", (400, 300), (9, 9, 9, 100)), "WEBP"), True),
    ],
    ids=[
        "cmyk-jpeg",
        "grey",
        "1-bit",
        "palette",
        "16-bit-grey",
        "grey-alpha",
        "opaque-rgba",
        "see-through-webp",
    ],
)
def test_every_mode_becomes_rgb_or_rgba(make, transparent):
    made = kinds(encode_all(make()))
    modes = {image.mode for image in made.values()}
    assert modes == ({"RGBA"} if transparent else {"RGB"})
    fallback = "png" if transparent else "jpeg"
    assert (Purpose.PRINT.value, fallback, 400) in made


def test_sixteen_bit_greys_keep_their_shade():
    made = kinds(encode_all(encoded(PILImage.new("I;16", (400, 300), 32768), "PNG")))
    jpeg = made[(Purpose.SCREEN.value, "jpeg", 320)].convert("L")
    assert 118 <= jpeg.getpixel((10, 10)) <= 138  # half of 65535 is half of 255, not white


def test_a_colour_profile_is_applied_then_dropped():
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    data = encoded(PILImage.new("RGB", (400, 300), (200, 60, 30)), "JPEG", icc_profile=profile)
    assert PILImage.open(io.BytesIO(data)).info.get("icc_profile")
    for image in kinds(encode_all(data)).values():
        assert "icc_profile" not in image.info
        r, g, b = image.convert("RGB").getpixel((5, 5))
        assert abs(r - 200) < 12 and abs(g - 60) < 12 and abs(b - 30) < 12
