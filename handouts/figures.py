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
    fields = [field.attname for field in rich_text_fields(type(item))]
    ids = [image_id for name in fields for image_id in figure_ids(getattr(item, name))]
    if not ids:
        return item
    found = pictures(ids)
    for name in fields:
        html = getattr(item, name)
        setattr(item, name, render_figures(html, found, language=language, medium="print"))
    return item
