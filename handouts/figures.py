"""A page's figures for paper: each figure reference in its rich text made the
print rendition's ``<img>`` (images/figures.py, medium "print"), read from
storage by the renderer (handouts/pdf.py), never over HTTP."""

from images.figures import figure_ids, render_figures
from images.selectors import pictures
from publishing.richtext import rich_text_fields


def with_print_figures(item, language: str):
    """``item`` (an article or condition as ``live_page`` gives it, never saved
    afterwards) with its rich-text fields' figures rendered for print: one read
    of the library whatever the number of figures."""
    stored = {
        field.attname: _stored_text(item, field.attname) for field in rich_text_fields(type(item))
    }
    ids = [image_id for html in stored.values() for image_id in figure_ids(html)]
    if not ids:
        return item
    found = pictures(ids)
    for name, html in stored.items():
        setattr(item, name, render_figures(html, found, language=language, medium="print"))
    return item


def _stored_text(item, name: str) -> str:
    """The field's text as stored (with figure references), even when the page's
    selector has already rendered it for screens (and kept the stored text in
    ``rich_text_source``, as articles.pictures.illustrate does)."""
    return getattr(item, "rich_text_source", {}).get(name, getattr(item, name)) or ""
