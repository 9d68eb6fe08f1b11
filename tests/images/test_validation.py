"""Upload checks over bytes (no database): what is a picture, and each refusal's
plain message. Real files made with Pillow."""

import io
import warnings

import pytest
from django.core.exceptions import ValidationError
from PIL import Image as PILImage

from images.validation import check_upload
from tests.support.pictures import encoded, jpeg_with_gps, picture, picture_bytes

SVG_WITH_SCRIPT = b"""<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">
<script>alert(document.cookie)</script><circle cx="50" cy="50" r="40"/></svg>"""
HTML_PAGE = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"


def bomb_png(width: int, height: int) -> bytes:
    """A 1-bit PNG: a few kilobytes that unpack to width x height pixels."""
    return encoded(PILImage.new("1", (width, height)), "PNG", optimize=True)


def refusal(data: bytes) -> ValidationError:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no Pillow warning may escape either
        with pytest.raises(ValidationError) as caught:
            check_upload(data)
    return caught.value


@pytest.mark.parametrize(
    ("fmt", "expected"), [("JPEG", "jpeg"), ("PNG", "png"), ("WEBP", "webp"), ("AVIF", "avif")]
)
def test_the_formats_we_take_are_recognised_by_decoding(fmt, expected):
    checked = check_upload(encoded(picture(640, 480), fmt))
    assert (checked.format, checked.width, checked.height) == (expected, 640, 480)


def test_a_decompression_bomb_is_refused_from_its_header_with_its_size():
    data = bomb_png(10_000, 10_000)
    assert len(data) < 100_000  # small on disk, 100 megapixels unpacked
    error = refusal(data)
    assert error.code == "too_many_pixels"
    assert "10,000 × 10,000 pixels (100 megapixels)" in error.messages[0]
    assert "40 megapixels" in error.messages[0]


def test_a_bomb_past_pillows_own_limit_gets_our_message_not_pillows():
    error = refusal(bomb_png(20_000, 20_000))  # 400 MP: Pillow raises its own error
    assert error.code == "too_many_pixels"
    assert "Decompression" not in error.messages[0]


def test_just_under_the_limit_is_taken():
    assert check_upload(bomb_png(8000, 5000)).width == 8000


def test_an_svg_is_refused_and_the_message_says_why():
    error = refusal(SVG_WITH_SCRIPT)
    assert error.code == "svg"
    assert "scripts" in error.messages[0] and "PNG" in error.messages[0]


def test_an_html_file_whatever_its_name_is_not_a_picture():
    error = refusal(HTML_PAGE)
    assert error.code == "not_a_picture"
    assert "could not read this file as a picture" in error.messages[0]


def test_a_file_over_10_mb_is_refused_with_its_size():
    data = picture_bytes(100, 100) + b"\0" * (12 * 1024 * 1024)
    error = refusal(data)
    assert error.code == "too_big"
    assert error.messages[0].startswith(
        "This file is 12.0 MB; the largest picture we take is 10 MB"
    )


def test_a_truncated_jpeg_is_refused():
    data = encoded(picture(1200, 900), "JPEG", quality=95)
    error = refusal(data[: len(data) // 2])
    assert error.code == "truncated"
    assert "cut short" in error.messages[0]


def test_a_truncated_file_is_refused_even_after_weasyprint_allowed_them():
    import weasyprint  # noqa: F401 - its import sets ImageFile.LOAD_TRUNCATED_IMAGES
    from PIL import ImageFile

    assert ImageFile.LOAD_TRUNCATED_IMAGES
    data = encoded(picture(1200, 900), "JPEG", quality=95)
    assert refusal(data[:5000]).code == "truncated"
    png = encoded(picture(600, 400), "PNG")
    assert refusal(png[: len(png) - 40]).code in ("truncated", "not_a_picture")
    assert ImageFile.LOAD_TRUNCATED_IMAGES  # WeasyPrint's choice is left as it was


def test_an_animated_picture_is_refused():
    frames = [picture(200, 200, seed=s) for s in range(3)]
    out = io.BytesIO()
    frames[0].save(out, "WEBP", save_all=True, append_images=frames[1:], duration=100)
    error = refusal(out.getvalue())
    assert error.code == "animated"


def test_a_gif_is_not_a_format_we_take():
    assert refusal(encoded(picture(100, 100), "GIF")).code == "not_a_picture"


def test_a_heic_photo_gets_a_message_saying_how_to_send_it():
    # The start of an iPhone photo: an ISO media box naming the "heic" brand.
    data = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\0" * 200
    assert refusal(data).code == "heic"


def test_the_size_is_as_shown_with_the_exif_orientation_applied():
    checked = check_upload(jpeg_with_gps(600, 400, orientation=6))  # turned a quarter
    assert (checked.width, checked.height) == (400, 600)
