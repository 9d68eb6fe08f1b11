"""A page's pictures for paper: each figure reference in its rich text, and its
lead image, made the print rendition's ``<img>`` (images/printing.py, through
images/figures.py's ``render``), read from storage by the renderer
(handouts/pdf.py), never over HTTP."""

from django.utils.html import conditional_escape, format_html

from articles.localise import words_language
from images.figures import alt_for, caption_html, figure_ids, render_figures
from images.printing import print_img_html
from images.selectors import pictures
from publishing.richtext import rich_text_fields


def with_print_figures(item):
    """``item`` (an article or condition as ``live_page`` gives it, never saved
    afterwards) with its pictures for print: one read of the library whatever
    their number. Alt texts fall back in the language of the words shown."""
    stored = {
        field.attname: _stored_text(item, field.attname) for field in rich_text_fields(type(item))
    }
    lead_id = getattr(item, "lead_image_id", None)
    ids = [image_id for html in stored.values() for image_id in figure_ids(html)]
    if not ids and not lead_id:
        return item
    found = pictures([lead_id, *ids] if lead_id else ids)
    language = words_language(item)
    for name, html in stored.items():
        setattr(item, name, render_figures(html, found, language=language, render=print_img_html))
    if lead_id:
        item.lead_picture = _lead_picture(item, found.get(lead_id), language)
    return item


def _stored_text(item, name: str) -> str:
    """The field's text as stored (with figure references), even when the page's
    selector has already rendered it for screens (and kept the stored text in
    ``rich_text_source``, as articles.pictures.illustrate does)."""
    return getattr(item, "rich_text_source", {}).get(name, getattr(item, name)) or ""


def _lead_picture(item, picture, language: str) -> str:
    """The lead image on paper (articles' lead_picture, with the print rendition)."""
    if picture is None:
        return ""
    alt, alt_lang = alt_for(
        picture,
        alt=(item.lead_image_alt or "").strip(),
        decorative=item.lead_image_decorative,
        language=language,
    )
    return format_html(
        '<figure class="figure figure--lead">{}{}</figure>',
        print_img_html(picture, alt=alt, alt_lang=alt_lang),
        caption_html(conditional_escape(item.lead_image_caption), picture.credit),
    )
