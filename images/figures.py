"""Figures in rich text: the stored reference, rendered to ``<picture>``.

Rich text stores a figure as a reference to a library image (the format is
documented in ``publishing/richtext.py``)::

    <figure data-image="12" data-alt="..."><figcaption>...</figcaption></figure>

Pure functions of the (sanitised) HTML and plain ``Picture`` data: no queries,
so a page reads all of its pictures at once (``images.selectors.pictures``).
"""

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from django.utils.html import format_html
from django.utils.safestring import mark_safe

from images.html import picture_html

# The sanitiser (nh3) writes figures in one shape: "<figure" attributes ">" ...
# "</figure>", and a figure holds no other figure.
# Quoted attribute values may hold ">" (nh3 escapes it, but be safe).
_FIGURE = re.compile(r"""<figure\b((?:[^>"']|"[^"]*"|'[^']*')*)>(.*?)</figure\s*>""", re.S | re.I)
_CAPTION = re.compile(r"<figcaption\b[^>]*>(.*?)</figcaption\s*>", re.S | re.I)


@dataclass(frozen=True)
class FigureReference:
    image_id: int | None  # None: no valid data-image
    alt: str
    decorative: bool
    caption_html: str  # the caption's inner HTML (sanitised), "" if none


class _Attributes(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.attrs: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        self.attrs = {name: value or "" for name, value in attrs}


def _reference(attributes: str, inner: str) -> FigureReference:
    parser = _Attributes()
    parser.feed(f"<figure{attributes}>")
    parser.close()
    attrs = parser.attrs
    raw_id = attrs.get("data-image", "")
    caption = _CAPTION.search(inner)
    return FigureReference(
        image_id=int(raw_id) if raw_id.isascii() and raw_id.isdigit() else None,
        alt=attrs.get("data-alt", "").strip(),
        decorative=attrs.get("data-decorative") == "true",
        caption_html=caption.group(1).strip() if caption else "",
    )


def figures(html: str) -> list[FigureReference]:
    """The figures referenced in ``html``, in reading order."""
    return [_reference(m.group(1), m.group(2)) for m in _FIGURE.finditer(html or "")]


def figure_ids(html: str) -> list[int]:
    """The library image ids ``html`` refers to, in reading order, each once."""
    ids = (figure.image_id for figure in figures(html))
    return list(dict.fromkeys(i for i in ids if i is not None))


def alt_for(picture, *, alt: str, decorative: bool, language: str) -> tuple[str, str | None]:
    """(alt text, its language if not ``language``) for one use of ``picture``:
    "" when decorative; the use's own text; else the image's default alt in
    ``language``, else English (then marked ``"en"``)."""
    if decorative:
        return "", None
    if alt:
        return alt, None
    text, text_language = picture.default_alt(language)
    return text, (text_language if text and text_language != language else None)


def figure_html(
    picture, reference: FigureReference, *, language: str, eager: bool, render=picture_html
) -> str:
    """One figure: the picture (``render``: ``picture_html``, or a print version
    taking the same arguments), then its caption and the image's credit."""
    alt, alt_lang = alt_for(
        picture, alt=reference.alt, decorative=reference.decorative, language=language
    )
    return format_html(
        '<figure class="figure">{}{}</figure>',
        render(picture, alt=alt, alt_lang=alt_lang, eager=eager),
        caption_html(reference.caption_html, picture.credit),
    )


def caption_html(caption: str, credit: str) -> str:
    """``<figcaption>`` with the (sanitised) caption and the credit; "" if neither."""
    if not caption and not credit:
        return ""
    return format_html(
        "<figcaption>{}{}</figcaption>",
        mark_safe(caption),  # noqa: S308 - sanitised rich text (nh3)
        format_html('<span class="figure__credit">{}</span>', credit) if credit else "",
    )


def render_figures(
    html: str, pictures: dict, *, language: str, first_eager: bool = True, render=picture_html
) -> str:
    """``html`` with each figure reference rendered as ``<figure><picture>...``.

    ``pictures``: by id, as ``images.selectors.pictures`` gives them. A reference
    to an image that is not there (deleted, or never was) renders nothing. The
    first picture rendered is loaded eagerly when ``first_eager``, the others lazily.
    ``render`` draws each picture (a PDF may pass one that embeds the print rendition).
    """
    eager = first_eager

    def one(match: re.Match) -> str:
        nonlocal eager
        reference = _reference(match.group(1), match.group(2))
        picture = pictures.get(reference.image_id)
        if picture is None:
            return ""
        rendered = figure_html(picture, reference, language=language, eager=eager, render=render)
        eager = False
        return rendered

    return _FIGURE.sub(one, html or "")


def without_figures(html: str) -> str:
    """``html`` with its figure references taken out (the words alone)."""
    return _FIGURE.sub("", html or "")
