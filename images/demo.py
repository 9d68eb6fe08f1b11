"""The demo pictures in the image library: drawn by the project (images/demo_pictures),
licensed with it, each with its English and Spanish default alt texts.

``load_demo_content`` (portal/) calls ``ensure_demo_pictures``. It is idempotent: a
picture is found by its stable title (no drawing needed), else by its content
hash (the same bytes every time, so a renamed one is found too); only a missing
one is drawn and added. Nothing a clinic changed (a title, an alt text) is changed back.

Another app's pictures (the exercises' demo pictures) go in the same way: pass
its catalogue as ``pictures``; a picture needs a key, title, alt_en, alt_es and
``draw()`` returning PNG bytes, and is hashable (a frozen dataclass).
"""

import functools
import hashlib
import io

from django.core.files.base import ContentFile
from django.db import transaction
from PIL import Image as PILImage

from images.demo_pictures.catalogue import CREDIT, PICTURES
from images.models import Image, ImageAltText, Purpose, Rendition, Source
from images.storage import originals, renditions


def drawn(key: str, pictures=PICTURES) -> bytes:
    """The PNG of the picture ``key`` of the catalogue ``pictures``."""
    return _drawn(next(p for p in pictures if p.key == key))


@functools.cache
def _drawn(picture) -> bytes:
    """The picture's PNG (drawn once per process: it takes a few tenths of a second)."""
    return picture.draw()


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@transaction.atomic
def ensure_demo_pictures(*, user=None, pictures=PICTURES) -> dict[str, Image]:
    """Every demo picture of ``pictures`` in the library, by key (by default the
    knee pictures, catalogue.PICTURES)."""
    return {picture.key: _ensure(picture, user) for picture in pictures}


def _ensure(picture, user) -> Image:
    found = Image.objects.filter(title=picture.title, source=Source.CLINIC, credit=CREDIT).first()
    if found is not None:
        return found
    data = _drawn(picture)
    found = Image.objects.filter(content_hash=content_hash(data)).first()
    return found or _add(picture, data, user)


def _add(picture, data: bytes, user) -> Image:
    """The image, its original and its renditions.

    (Until the library's upload service is merged: then this is
    ``images.services.image_create(file=ContentFile(data, name=...), title=...,
    source=Source.CLINIC, credit=CREDIT, alt_text=picture.alt_en,
    alt_texts={"es": picture.alt_es}, user=user)``.)"""
    digest = content_hash(data)
    width, height = PILImage.open(io.BytesIO(data)).size
    image = Image(
        title=picture.title,
        width=width,
        height=height,
        file_size=len(data),
        content_hash=digest,
        source=Source.CLINIC,
        credit=CREDIT,
        alt_text=picture.alt_en,
        uploaded_by=user,
    )
    image.format = "png"  # the original's format, as the library's upload records it
    image.file.name = _saved(originals(), f"{digest[:2]}/{digest}", data)
    image.save()
    ImageAltText.objects.create(image=image, language="es", alt_text=picture.alt_es)
    for purpose, fmt, size, encoded in _renditions(picture):
        # Named by content alone (not the image's id): loading the demo again, in
        # another database or test, finds its files there and writes nothing.
        name = f"demo/{content_hash(encoded)[:16]}-{size[0]}.{fmt}"
        Rendition.objects.create(
            image=image,
            purpose=purpose,
            format=fmt,
            width=size[0],
            height=size[1],
            file=_saved(renditions(), name, encoded),
        )
    return image


def _saved(storage, name: str, data: bytes) -> str:
    """``data`` stored as ``name`` (content-hashed: a file already there is the same)."""
    if storage.exists(name):
        return name
    return storage.save(name, ContentFile(data))


SCREEN_WIDTHS = (320, 640, 960, 1280)


@functools.cache
def _renditions(picture) -> tuple[tuple[str, str, tuple[int, int], bytes], ...]:
    """(purpose, format, size, bytes) of each rendition, made once per process:
    screen sizes in WebP and PNG, and the full picture in PNG for print.
    (The library's own rendition maker replaces this when it is merged.)"""
    data = _drawn(picture)
    image = PILImage.open(io.BytesIO(data))
    made = [(Purpose.PRINT.value, "png", image.size, data)]
    for width in SCREEN_WIDTHS:
        size = (width, round(image.height * width / image.width))
        smaller = image.resize(size, PILImage.Resampling.LANCZOS)
        for fmt, options in (("webp", {"quality": 85, "method": 4}), ("png", {})):
            out = io.BytesIO()
            smaller.save(out, fmt.upper(), **options)
            made.append((Purpose.SCREEN.value, fmt, size, out.getvalue()))
    return tuple(made)
