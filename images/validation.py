"""Upload checks: pure functions over the uploaded bytes.

A file is a picture when Pillow decodes it, whatever its name or the content
type the browser sent. Only the decoders of the formats we take are tried
(never EPS, which would run Ghostscript, or any other plugin). The size in
pixels is read from the header and checked BEFORE any pixel is decoded, so a
small file that would unpack to gigabytes (a decompression bomb) is refused
cheaply; Pillow's own DecompressionBombError/Warning never reaches anyone.
Then the whole file is decoded (``load()``), so a truncated file is refused too.
Pillow's ``ImageFile.LOAD_TRUNCATED_IMAGES`` is a process-wide switch that
WeasyPrint turns ON when it is imported (weasyprint/images.py): our checks
turn it off while they read (``strict_decoding``), whatever imported what.

Animated pictures (animated WebP, AVIF or PNG) are refused: a page shows one
still picture, and choosing a frame for the author would show the wrong one.
"""

import io
import re
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from PIL import ImageFile, features

MAX_BYTES = 10 * 1024 * 1024
MAX_MEGAPIXELS = 40
MAX_PIXELS = MAX_MEGAPIXELS * 1_000_000

# Pillow's format names -> ours. AVIF only when this Pillow reads it.
FORMATS = {"JPEG": "jpeg", "PNG": "png", "WEBP": "webp"}
if features.check("avif"):
    FORMATS["AVIF"] = "avif"

_SVG = re.compile(rb"<svg[\s>]", re.I)
# An ISO media file (HEIC, HEIF) names its brand in its first bytes: "ftypheic".
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1")


_strict = threading.RLock()


@contextmanager
def strict_decoding() -> Iterator[None]:
    """Pillow refuses truncated files inside, even after WeasyPrint's import
    allowed them; restored after, for WeasyPrint's own (trusted) pictures."""
    with _strict:
        before = ImageFile.LOAD_TRUNCATED_IMAGES
        ImageFile.LOAD_TRUNCATED_IMAGES = False
        try:
            yield
        finally:
            ImageFile.LOAD_TRUNCATED_IMAGES = before


@dataclass(frozen=True)
class Checked:
    """What the checks found: the format and the size as shown (orientation applied)."""

    format: str  # jpeg, png, webp, avif
    width: int
    height: int
    file_size: int


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}"


def check_size(size: int) -> None:
    if size > MAX_BYTES:
        raise ValidationError(
            _(
                "This file is %(size)s MB; the largest picture we take is 10 MB. Save it "
                "smaller (for example as a JPEG, or at 2000 pixels wide) and try again."
            )
            % {"size": megabytes(size)},
            code="too_big",
        )


def _looks_like_svg(data: bytes) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith((b"<?xml", b"<svg", b"<!--", b"<!DOCTYPE svg")) and bool(
        _SVG.search(data[:65536])
    )


def _looks_like_heif(data: bytes) -> bool:
    return data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS


def _not_a_picture() -> ValidationError:
    names = ", ".join(sorted(f.upper() for f in FORMATS.values()))
    return ValidationError(
        _(
            "We could not read this file as a picture. We take %(formats)s files. "
            "Open it in a picture program and save it as a JPEG or PNG, then try again."
        )
        % {"formats": names},
        code="not_a_picture",
    )


def _refuse_known_kinds(data: bytes) -> None:
    if _looks_like_svg(data):
        raise ValidationError(
            _(
                "This is an SVG drawing. We do not take SVG files, because they can carry "
                "programs (scripts) that run in the reader's browser. Export the drawing "
                "as a PNG and upload that."
            ),
            code="svg",
        )
    if _looks_like_heif(data):
        raise ValidationError(
            _(
                "This is a HEIC photo (as iPhones save them). We cannot read HEIC here. "
                "Save or export it as a JPEG, then try again."
            ),
            code="heic",
        )


def _bomb(width: int | None = None, height: int | None = None) -> ValidationError:
    if width and height:
        detail = _("This picture is %(width)s × %(height)s pixels (%(mp)s megapixels).") % {
            "width": f"{width:,}",
            "height": f"{height:,}",
            "mp": f"{width * height / 1_000_000:.0f}",
        }
    else:
        detail = _("This picture has far too many pixels.")
    limit = _(
        "The largest picture we take is %(mp)s megapixels (for example 8000 × 5000). "
        "Save it smaller, for example 2000 pixels wide, and try again."
    ) % {"mp": MAX_MEGAPIXELS}
    return ValidationError(f"{detail} {limit}", code="too_many_pixels")


def open_checked(data: bytes) -> PILImage.Image:
    """Open ``data`` as a picture whose header passes the checks; no pixel decoded yet.
    Raises ValidationError with a plain message."""
    check_size(len(data))
    _refuse_known_kinds(data)
    try:
        with warnings.catch_warnings():
            # Our own, lower limit is checked below, with the sizes in the message.
            warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
            picture = PILImage.open(io.BytesIO(data), formats=list(FORMATS))
    except PILImage.DecompressionBombError:
        raise _bomb() from None
    except (OSError, ValueError, SyntaxError, EOFError):
        raise _not_a_picture() from None
    width, height = picture.size
    if width < 1 or height < 1:
        raise _not_a_picture()
    if width * height > MAX_PIXELS:
        raise _bomb(width, height)
    if getattr(picture, "n_frames", 1) > 1 or getattr(picture, "is_animated", False):
        raise ValidationError(
            _(
                "This picture moves (it is animated). We take still pictures only: save "
                "one frame of it as a PNG or JPEG and upload that."
            ),
            code="animated",
        )
    return picture


def _orientated_size(picture: PILImage.Image) -> tuple[int, int]:
    # EXIF orientations 5 to 8 turn the picture a quarter: width and height swap.
    orientation = picture.getexif().get(0x0112, 1)
    width, height = picture.size
    return (height, width) if orientation in (5, 6, 7, 8) else (width, height)


def check_upload(data: bytes) -> Checked:
    """Every check on an upload, the whole file decoded. Raises ValidationError."""
    with strict_decoding():
        return _check_upload(data)


def _check_upload(data: bytes) -> Checked:
    picture = open_checked(data)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
            picture.load()
    except PILImage.DecompressionBombError:
        raise _bomb(*picture.size) from None
    except (OSError, ValueError, SyntaxError, EOFError):
        raise ValidationError(
            _(
                "This picture is damaged or cut short (perhaps it did not finish "
                "downloading). Open it in a picture program, save it again, and try again."
            ),
            code="truncated",
        ) from None
    width, height = _orientated_size(picture)
    return Checked(format=FORMATS[picture.format], width=width, height=height, file_size=len(data))
