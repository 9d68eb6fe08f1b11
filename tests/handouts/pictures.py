"""Pictures for handout tests: a real image's print rendition, written into the
renditions storage (the suite's ``image_storage``: a folder per test) with its
Rendition row, and readers for what the PDF holds."""

import hashlib
import io

from django.core.files.base import ContentFile
from PIL import Image as PILImage
from PIL import ImageDraw

from images.models import Image, ImageAltText, Purpose, Rendition, Source
from images.storage import renditions


def jpeg_bytes(width: int, height: int) -> bytes:
    picture = PILImage.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(picture)
    draw.ellipse((width // 4, height // 4, 3 * width // 4, 3 * height // 4), fill="#005eb8")
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=85)
    return out.getvalue()


def print_picture(
    *, size=(1600, 1000), alt="A drawing of the knee", alt_es="Un dibujo de la rodilla"
) -> Image:
    """An image with a print rendition of ``size`` pixels (a real JPEG in storage)."""
    data = jpeg_bytes(*size)
    digest = hashlib.sha256(data).hexdigest()
    image = Image.objects.create(
        title="Knee drawing",
        file=f"{digest[:2]}/{digest}",
        width=size[0],
        height=size[1],
        file_size=len(data),
        content_hash=digest,
        source=Source.CLINIC,
        credit="Knee Clinic Portal project",
        alt_text=alt,
    )
    if alt_es:
        ImageAltText.objects.create(image=image, language="es", alt_text=alt_es)
    name = renditions().save(f"{image.pk}/{digest[:16]}-{size[0]}.jpg", ContentFile(data))
    Rendition.objects.create(
        image=image, purpose=Purpose.PRINT, format="jpeg", width=size[0], height=size[1], file=name
    )
    return image


def figure(image: Image, *, alt: str = "", caption: str = "", decorative=False) -> str:
    """A figure reference as rich text stores it."""
    marks = ' data-decorative="true"' if decorative else ""
    text = f"<figcaption>{caption}</figcaption>" if caption else ""
    return f'<figure data-image="{image.pk}" data-alt="{alt}"{marks}>{text}</figure>'


def image_xobjects(reader) -> list[tuple[int, int]]:
    """(width, height) in pixels of every image embedded in the PDF's pages."""
    found = []

    def visit(resources):
        for xobject in (resources or {}).get("/XObject", {}).values():
            xobject = xobject.get_object()
            if xobject["/Subtype"] == "/Image":
                found.append((int(xobject["/Width"]), int(xobject["/Height"])))
            elif xobject["/Subtype"] == "/Form":
                visit(xobject.get("/Resources"))

    for page in reader.pages:
        visit(page.get("/Resources"))
    return found


def tagged_figures(reader) -> list[dict]:
    """The pictures in the PDF's structure tree (/Figure): their /Alt and placed width
    (CSS pixels, as WeasyPrint writes the /BBox)."""
    figures = []

    def visit(node):
        node = node.get_object()
        if isinstance(node, list):
            for child in node:
                visit(child)
            return
        if not hasattr(node, "get"):
            return
        if node.get("/S") == "/Figure":
            x1, _y1, x2, _y2 = (float(v) for v in node["/A"]["/BBox"])
            figures.append({"alt": node.get("/Alt"), "width": x2 - x1})
        if "/K" in node:
            visit(node["/K"])

    visit(reader.trailer["/Root"]["/StructTreeRoot"])
    # The QR code is a figure too: its alt text is the page's address.
    return [f for f in figures if not str(f["alt"] or "").startswith("http")]
