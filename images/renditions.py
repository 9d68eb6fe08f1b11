"""Renditions: the re-encoded copies patients get. Pure functions from the
uploaded bytes to encoded files (``encode_all``), and the writes that store them
(``store_renditions``), used by the services.

- Screen widths from SCREEN_WIDTHS, never wider than the original; a picture
  narrower than the smallest gets one at its own width. AVIF (when this Pillow
  writes it), WebP, and JPEG, or PNG instead of JPEG for a picture with
  transparency.
- One print rendition at about 300 dpi at printed width (PRINT_WIDTH, or the
  original's width if smaller): JPEG, or PNG with transparency.
- Orientation applied; colours converted to sRGB; no metadata at all (no EXIF,
  GPS, XMP or colour profile): each picture is encoded from pixels alone.
- Names are content-hashed, ``<image id>/<16 hex of sha256>-<width>.<ext>``,
  so a file never changes under its name and may be cached for a year.

Speed (bench/images.py): a JPEG is decoded at a reduced scale (``draft``) no
smaller than the largest rendition; each width is resized from the next larger
one, not from the original; AVIF uses a fast encoder speed; formats are encoded
in parallel threads (Pillow's encoders release the GIL).
"""

import hashlib
import io
import math
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from django.core.files.base import ContentFile
from PIL import Image as PILImage
from PIL import ImageCms, ImageOps, features

from images.models import Purpose
from images.validation import open_checked, strict_decoding

SCREEN_WIDTHS = (320, 640, 960, 1280, 1920)
# An A4 text column is about 17 cm wide: 300 dots per inch is about 2000 pixels.
PRINT_WIDTH = 2000

AVIF = features.check("avif")
EXTENSIONS = {"avif": "avif", "webp": "webp", "jpeg": "jpg", "png": "png"}
# Encoder settings, chosen for size at a quality no reader notices, and speed.
SAVE_OPTIONS = {
    "avif": {"quality": 60, "speed": 10},
    "webp": {"quality": 80, "method": 2},
    "jpeg": {"quality": 82, "progressive": True, "optimize": False},
    "png": {"compress_level": 6},
}
PRINT_OPTIONS = {"jpeg": {"quality": 90, "optimize": False}, "png": {"compress_level": 6}}
WORKERS = max(1, min(4, os.cpu_count() or 1))


@dataclass(frozen=True)
class Encoded:
    """One encoded rendition, not yet stored."""

    purpose: str
    format: str
    width: int
    height: int
    data: bytes

    def name(self, image_id: int) -> str:
        digest = hashlib.sha256(self.data).hexdigest()[:16]
        return f"{image_id}/{digest}-{self.width}.{EXTENSIONS[self.format]}"


def screen_widths(width: int) -> tuple[int, ...]:
    """The screen widths for a picture this wide: never wider than it."""
    return tuple(w for w in SCREEN_WIDTHS if w <= width) or (width,)


def print_width(width: int) -> int:
    return min(PRINT_WIDTH, width)


def height_at(width: int, size: tuple[int, int]) -> int:
    return max(1, round(size[1] * width / size[0]))


def screen_formats(transparent: bool) -> tuple[str, ...]:
    """Best first; the last is the fallback every browser shows."""
    return (*(("avif",) if AVIF else ()), "webp", "png" if transparent else "jpeg")


# Decoding ---------------------------------------------------------------------


def _shown_size(picture: PILImage.Image) -> tuple[int, int]:
    width, height = picture.size
    return (height, width) if picture.getexif().get(0x0112, 1) in (5, 6, 7, 8) else (width, height)


def decode(data: bytes) -> PILImage.Image:
    """The picture's pixels as shown: checked, orientation applied, in sRGB, RGB or
    RGBA; a JPEG decoded at the smallest scale that still covers every rendition."""
    with strict_decoding():
        picture = open_checked(data)
        shown_width = _shown_size(picture)[0]
        if picture.format == "JPEG":
            # A uniform scale: the box is the same whichever way the picture is turned.
            scale = print_width(shown_width) / shown_width
            box = (math.ceil(picture.size[0] * scale), math.ceil(picture.size[1] * scale))
            picture.draft(picture.mode, box)
        picture.load()
    picture = ImageOps.exif_transpose(picture)
    # Other formats: a fast box reduction by a whole factor (memory and time for a
    # 40-megapixel PNG), still no smaller than the print rendition.
    factor = picture.width // print_width(picture.width)
    if factor >= 2 and picture.mode in ("L", "LA", "RGB", "RGBA", "CMYK"):
        picture = picture.reduce(factor)
    return _srgb(picture)


def _to_srgb_with_profile(picture: PILImage.Image, profile: bytes) -> PILImage.Image | None:
    mode = "RGBA" if "A" in picture.mode else "RGB"
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
        return ImageCms.profileToProfile(
            picture, source, ImageCms.createProfile("sRGB"), outputMode=mode
        )
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return None  # a broken or unusual profile: convert without it


def _srgb(picture: PILImage.Image) -> PILImage.Image:
    """RGB, or RGBA when any pixel is see-through; colours in sRGB."""
    profile = picture.info.get("icc_profile")
    if picture.mode in ("I", "F") or picture.mode.startswith("I;16"):
        # 16-bit greys: scale to 8 bits (convert("L") would clip them to white).
        picture = picture.convert("I").point(lambda v: v / 256).convert("L")
    if picture.mode == "P" or picture.mode == "PA":
        picture = picture.convert("RGBA")
    elif picture.mode in ("LA", "La", "RGBa"):
        picture = picture.convert("RGBA")
    if profile and picture.mode in ("RGB", "RGBA", "CMYK", "L"):
        converted = _to_srgb_with_profile(picture, profile)
        if converted is not None:
            picture = converted
    if picture.mode not in ("RGB", "RGBA"):
        picture = picture.convert("RGB")
    if picture.mode == "RGBA" and picture.getchannel("A").getextrema()[0] == 255:
        picture = picture.convert("RGB")  # an alpha channel that hides nothing
    picture.info = {}
    return picture


def has_transparency(picture: PILImage.Image) -> bool:
    return picture.mode == "RGBA"


# Encoding ---------------------------------------------------------------------


def _resized(picture: PILImage.Image, width: int) -> PILImage.Image:
    if picture.width == width:
        return picture
    size = (width, height_at(width, picture.size))
    # Bicubic: beside Lanczos, no difference a reader sees at these steps, at half the time.
    resized = picture.resize(size, PILImage.Resampling.BICUBIC, reducing_gap=3.0)
    resized.info = {}
    return resized


def _encode(picture: PILImage.Image, fmt: str, options: dict) -> bytes:
    out = io.BytesIO()
    clean = picture.copy()
    clean.info = {}  # no metadata reaches any encoder
    clean.save(out, format=fmt.upper(), **options)
    return out.getvalue()


def encode_all(data: bytes, *, parallel: bool = True) -> list[Encoded]:
    """Every rendition of the picture in ``data`` (checked bytes), encoded."""
    picture = decode(data)
    transparent = has_transparency(picture)
    widths = screen_widths(picture.width)
    printed_width = print_width(picture.width)
    # The cascade: the print size first, then each screen width from the next larger.
    sized = {}
    current = picture
    for width in sorted({printed_width, *widths}, reverse=True):
        current = _resized(current, width)
        sized[width] = current
    jobs = [(Purpose.PRINT, "png" if transparent else "jpeg", printed_width, PRINT_OPTIONS)] + [
        (Purpose.SCREEN, fmt, w, SAVE_OPTIONS)
        for fmt in screen_formats(transparent)
        for w in widths
    ]
    # AVIF first: the slowest, so the threads finish together.
    jobs.sort(key=lambda job: (job[1] != "avif", -job[2]))

    def one(job) -> Encoded:
        purpose, fmt, width, options = job
        frame = sized[width]
        return Encoded(
            purpose.value, fmt, frame.width, frame.height, _encode(frame, fmt, options[fmt])
        )

    if not parallel:
        return [one(job) for job in jobs]
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        return list(pool.map(one, jobs))


# Storing ----------------------------------------------------------------------


def store(encoded: Encoded, image_id: int, storage) -> str:
    """Write one rendition under its content-hashed name (kept if already there)."""
    name = encoded.name(image_id)
    if not storage.exists(name):
        saved = storage.save(name, ContentFile(encoded.data))
        if saved != name:  # written meanwhile by another process: same bytes
            storage.delete(saved)
    return name
