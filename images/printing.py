"""A picture on paper: one ``<img>`` of its print rendition, for PDF handouts.

The address is not a web address: ``print-rendition:<name>`` names a file in the
renditions storage, which the handout renderer (handouts/pdf.py) opens from
storage itself (``open_print_rendition``). So a PDF never fetches anything over
HTTP, and only print renditions can be embedded. The HTML is made by pure
functions of a Picture and the words of one use.
"""

from urllib.parse import quote, unquote

from django.utils.html import format_html

from images.models import Purpose, Rendition
from images.pictures import MIME
from images.storage import renditions

SCHEME = "print-rendition:"


def print_src(name: str) -> str:
    """The address of the print rendition stored as ``name``."""
    return SCHEME + quote(name, safe="/")


def print_name(url: str) -> str | None:
    """The rendition's name in ``url`` (made by ``print_src``), or None for any other address."""
    if not url.startswith(SCHEME):
        return None
    return unquote(url.removeprefix(SCHEME))


def print_img_html(picture, *, alt: str, alt_lang: str | None = None, eager: bool = True) -> str:
    """``<img>`` of ``picture``'s print rendition with its pixel size and ``alt``
    (WeasyPrint puts it in the tagged PDF: a /Figure with /Alt). ``alt`` "" is a
    decorative picture. ``alt_lang``: the alt text's language when it is not the
    page's. No print rendition yet: nothing (the figure's caption still prints).
    ``eager`` means nothing on paper: taken so that this can stand in for
    ``picture_html`` (``images.figures.render_figures(..., render=print_img_html)``)."""
    if not picture.print_name:
        return ""
    return format_html(
        '<img class="print-picture" src="{}" width="{}" height="{}" alt="{}"{}>',
        print_src(picture.print_name),
        picture.print_width,
        picture.print_height,
        alt,
        format_html(' lang="{}"', alt_lang) if alt_lang else "",
    )


def open_print_rendition(name: str) -> tuple[bytes, str]:
    """The bytes and MIME type of the print rendition stored as ``name``, read from
    the renditions storage (the file system or object storage alike, never over
    HTTP). ``LookupError`` unless ``name`` is a print rendition of the library."""
    rendition = Rendition.objects.filter(file=name, purpose=Purpose.PRINT).only("format").first()
    if rendition is None:
        raise LookupError(f"{name!r} is not a print rendition.")
    with renditions().open(name, "rb") as file:
        return file.read(), MIME.get(rendition.format, "application/octet-stream")
