"""Figures in rich text: the stored reference made into HTML for a medium.

Rich text keeps a figure as a reference only:
``<figure data-image="12" data-alt="..."><figcaption>...</figcaption></figure>``
(a decorative picture: ``data-alt=""`` and ``data-decorative="true"``).
``render_figures`` makes each one ``<figure>`` with the picture for the medium:
``<picture>`` for screens (images/html.py), the print rendition's ``<img>`` for
PDFs (images/printing.py). A reference to an image that is not there renders
nothing. Pure functions: the pictures are read beforehand (selectors.pictures).

(print helper: the minimal version the PDFs need; "content" owns this module.
On merge keep content's and add the ``medium`` keyword: ``_picture_for``.)
"""

import re
from html import unescape

from django.utils.html import format_html
from django.utils.safestring import mark_safe

from images.html import picture_html
from images.printing import print_img_html

FIGURE = re.compile(r"<figure\b([^>]*)>(.*?)</figure>", re.DOTALL)
ATTRIBUTE = re.compile(r'([\w-]+)="([^"]*)"')
CAPTION = re.compile(r"<figcaption\b[^>]*>.*?</figcaption>", re.DOTALL)


def _attributes(text: str) -> dict[str, str]:
    return {name: unescape(value) for name, value in ATTRIBUTE.findall(text)}


def _image_id(attributes: dict[str, str]) -> int | None:
    value = attributes.get("data-image", "")
    return int(value) if value.isdigit() else None


def figure_ids(html: str) -> list[int]:
    """The images the figures in ``html`` show, in order of appearance."""
    found = (_image_id(_attributes(m.group(1))) for m in FIGURE.finditer(html or ""))
    return [image_id for image_id in found if image_id is not None]


def _picture_for(picture, *, alt: str, alt_lang: str | None, eager: bool, medium: str) -> str:
    if medium == "print":
        return print_img_html(picture, alt=alt, alt_lang=alt_lang)
    return picture_html(picture, alt=alt, alt_lang=alt_lang, eager=eager)


def render_figures(
    html: str, pictures: dict, *, language: str, first_eager: bool = True, medium: str = "screen"
) -> str:
    """``html`` with each figure reference rendered for ``medium`` ("screen" or "print")."""
    count = 0

    def render(match) -> str:
        nonlocal count
        attributes = _attributes(match.group(1))
        picture = pictures.get(_image_id(attributes))
        if picture is None:
            return ""
        alt, alt_lang = attributes.get("data-alt", ""), None
        if not alt and attributes.get("data-decorative") != "true":
            alt, fallback_lang = picture.default_alt(language)
            alt_lang = fallback_lang if fallback_lang != language else None
        eager = first_eager and count == 0
        count += 1
        caption = CAPTION.search(match.group(2))
        return format_html(
            '<figure class="figure">{}{}</figure>',  # the caption: sanitised rich text
            _picture_for(picture, alt=alt, alt_lang=alt_lang, eager=eager, medium=medium),
            mark_safe(caption.group(0)) if caption else "",
        )

    return FIGURE.sub(render, html or "")
