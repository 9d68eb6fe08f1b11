"""Library images with real, small renditions, for tests of pages that show pictures.

Real Pillow files (JPEG and WebP at two widths, made directly: quicker than the
upload service's full set), written to the test's temporary storages
(``picture_storage``, imported by the conftest of each test folder that uses it).
"""

import hashlib
import io
import itertools
import uuid

import pytest
from django.core.files.base import ContentFile
from PIL import Image as PillowImage

from images.models import Image, ImageAltText, Purpose, Rendition, Source

_counter = itertools.count(1)
WIDTHS = (320, 640)


@pytest.fixture
def picture_storage(image_storage):
    """Image files in a temporary folder for one test (import it into a conftest):
    the suite's ``image_storage``."""
    return image_storage


def encoded(width: int, height: int, fmt: str, colour=(200, 80, 60)) -> bytes:
    buffer = io.BytesIO()
    PillowImage.new("RGB", (width, height), colour).save(buffer, format=fmt.upper())
    return buffer.getvalue()


def make_image(
    *,
    title: str | None = None,
    alt_text: str = "A knee seen from the front",
    alt_texts: dict | None = None,
    credit: str = "",
    formats=("webp", "jpeg"),
    widths=WIDTHS,
) -> Image:
    """A library image (1280x853 original) with screen renditions in ``formats``
    at ``widths``; ``alt_texts``: default alt texts in other languages."""
    n = next(_counter)
    original = encoded(1280, 853, "jpeg", colour=(n % 255, 90, 120))
    image = Image(
        title=title or f"Knee picture {n}",
        width=1280,
        height=853,
        file_size=len(original),
        # Unique per test image (similar small JPEGs can encode to the same bytes).
        content_hash=hashlib.sha256(original + uuid.uuid4().bytes).hexdigest(),
        source=Source.CLINIC,
        credit=credit,
        alt_text=alt_text,
    )
    image.file.save("original", ContentFile(original), save=False)
    image.save()
    for language, text in (alt_texts or {}).items():
        ImageAltText.objects.create(image=image, language=language, alt_text=text)
    for fmt, width in itertools.product(formats, widths):
        height = round(width * 853 / 1280)
        rendition = Rendition(
            image=image, purpose=Purpose.SCREEN, format=fmt, width=width, height=height
        )
        name = f"{image.content_hash[:12]}-{width}.{fmt}"
        rendition.file.save(name, ContentFile(encoded(width, height, fmt)), save=False)
        rendition.save()
    return image


def figure(image, *, alt: str = "", decorative: bool = False, caption: str = "") -> str:
    """The stored reference to ``image`` in rich text (publishing/richtext.py)."""
    attrs = f'data-image="{image.pk}" data-alt="{alt}"'
    if decorative:
        attrs += ' data-decorative="true"'
    inner = f"<figcaption>{caption}</figcaption>" if caption else ""
    return f"<figure {attrs}>{inner}</figure>"
