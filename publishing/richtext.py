"""Rich text: one editor toolbar and one sanitiser for every rich-text field.

django-prose-editor derives its nh3 allow-list from the toolbar's extensions,
so what an author can make in the editor is exactly what survives sanitising.
The field only sanitises in ``full_clean()``; ``sanitize_rich_text`` below is
called from ``save()`` and from a ``pre_save`` receiver (for raw saves such as
``loaddata``), so shell edits, the demo loader and imports are cleaned too.

Three of the extensions below are the clinic's own versions, loaded from
``static/js/editor_extensions.js`` (declared in ``DJANGO_PROSE_EDITOR_EXTENSIONS``
in the settings): ``Link`` adds a chooser of our own pages to the link dialog,
``Table`` starts tables with a header row, and ``SpellCheck`` turns the
browser's spell-checker on. They keep the built-in names and allow-lists, so
the sanitiser is unchanged, and if the file ever fails to load the editor
falls back to the built-in ``Link`` and ``Table`` rather than losing links.
Links to our own pages are checked on save by ``articles.internal_links``.

Pictures: the fourth extension, ``Picture`` (same file), inserts a figure of
the image library as a *reference*, never an address or an ``<img>``::

    <figure data-image="12" data-alt="The kneecap, seen from the front">
      <figcaption>Your kneecap sits in a groove of the thighbone.</figcaption>
    </figure>

- ``data-image``: the library image's id (digits only, else the attribute is
  dropped and the figure shows nothing);
- ``data-alt``: the alt text for this use, in the text's language;
- a decorative picture: ``data-alt=""`` and ``data-decorative="true"`` (its
  only allowed value), so an empty alt is always a choice, never forgotten;
- ``<figcaption>`` is optional and holds inline text.

Pages render the reference to ``<picture>`` when they are read
(``images.figures``, from ``articles.selectors``); the image must exist and the
alt text is required unless decorative (``articles.pictures``, on save).
``<img>``, ``<picture>`` and any image address are never allowed: pasting one
is refused with a message pointing to the Picture button.
"""

import re
from collections import Counter
from html import unescape
from html.parser import HTMLParser

import nh3
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django_prose_editor.config import allowlist_from_extensions, expand_extensions
from django_prose_editor.fields import ProseEditorField

from clinic.plaintext import without_control_characters

EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Heading": {"levels": [2, 3]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HardBreak": True,
    # No target attribute, and only these link schemes: javascript: and data:
    # links are dropped by nh3. Paths on this site (/articles/...) are relative
    # links, which nh3 keeps. pagesUrl feeds the dialog's chooser of our pages.
    "Link": {
        "enableTarget": False,
        "protocols": ["http", "https", "mailto", "tel"],
        "pagesUrl": reverse_lazy("admin:articles_link_targets"),
    },
    "Table": True,
    "TableRow": True,
    "TableHeader": True,
    "TableCell": True,
    # django-prose-editor turns the browser's spell-checker off by default;
    # clinicians want misspelt drug and condition names underlined.
    "NoSpellCheck": False,
    "SpellCheck": True,
    # A figure of the image library, stored as a reference (see above);
    # picturesUrl feeds its chooser of images.
    "Picture": {"picturesUrl": reverse_lazy("admin:articles_picture_choices")},
}


# A link may ask browsers not to pass on the page or the reader (rel), nothing
# else: "opener" would hand the new page control of ours.
SAFE_REL = {"noopener", "noreferrer", "nofollow"}


def _attribute_filter(element: str, attribute: str, value: str) -> str | None:
    if element == "a" and attribute == "rel":
        kept = [token for token in value.split() if token.lower() in SAFE_REL]
        return " ".join(kept) or None
    if element == "figure":
        if attribute == "data-image":
            return value if value.isascii() and value.isdigit() else None
        if attribute == "data-decorative":
            return "true" if value == "true" else None
    return value


def _sanitizer():
    """nh3 with the toolbar's allow-list (as django-prose-editor builds it) and
    ``rel`` limited to SAFE_REL."""
    cleaner = nh3.Cleaner(
        **allowlist_from_extensions(expand_extensions(EXTENSIONS)),
        attribute_filter=_attribute_filter,
    )

    def sanitize(html: str) -> str:
        cleaned = cleaner.clean(html)
        # An editor's empty document is "<p></p>": store it as empty (a picture
        # alone is not empty).
        if not re.sub(r"<[^>]*>|\s", "", cleaned) and 'data-image="' not in cleaned:
            return ""
        return cleaned

    return sanitize


sanitize_html = _sanitizer()


def RichTextField(**kwargs):  # noqa: N802 - reads like a field class at call sites
    return ProseEditorField(extensions=EXTENSIONS, sanitize=sanitize_html, **kwargs)


_HIDDEN_BLOCK = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.I | re.S)
_FOREIGN = re.compile(r"<(math|svg)\b", re.I)


def _visible_words(html: str) -> list[str]:
    """The words a reader sees, read naively: every tag removed, whatever it is,
    so text that a parser hides (after an unclosed <style>, say) still counts.
    Closed script and style blocks are not text, except inside <math> or <svg>,
    where browsers show a <style>'s content."""
    if not _FOREIGN.search(html):
        html = _HIDDEN_BLOCK.sub("", html)
    return re.findall(r"\w+", unescape(re.sub(r"<[^>]*>", " ", html)))


def words_lost(html: str) -> list[str]:
    """Words of ``html`` that sanitising would drop, in order."""
    words = _visible_words(html or "")
    lost = Counter(words) - Counter(_visible_words(sanitize_html(html or "")))
    return [word for word in words if lost.pop(word, 0)]


def validate_no_text_lost(html: str) -> None:
    """Refuse rich text that sanitising would cut, instead of losing it silently."""
    lost = words_lost(html or "")
    if lost:
        raise ValidationError(
            _(
                "Some of your text would be lost when saved: “%(words)s”. It sits "
                "inside formatting this editor does not allow (often a style or script "
                "block pasted from another program). Retype that text or paste it as "
                "plain text, then save again."
            )
            % {"words": " ".join(lost[:12]) + (" …" if len(lost) > 12 else "")},
            code="text_lost",
        )


# What sanitising may drop that a reader would miss, though no word is lost:
# links (an address of a kind we do not allow), pictures, form fields, frames.
_DROPPABLE = {
    "a": "link",
    "img": "image",
    "picture": "image",
    "input": "form field",
    "select": "form field",
    "textarea": "form field",
    "button": "form field",
    "iframe": "embedded page or media",
    "embed": "embedded page or media",
    "object": "embedded page or media",
    "video": "embedded page or media",
    "audio": "embedded page or media",
}


class _ElementCounter(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.counts = Counter()
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:  # an anchor without an address is no link
                self.counts["link"] += 1
                self.links.append(href)
        elif tag in _DROPPABLE:
            self.counts[_DROPPABLE[tag]] += 1


def _elements(html: str) -> _ElementCounter:
    counter = _ElementCounter()
    counter.feed(html or "")
    counter.close()
    return counter


def elements_dropped(html: str) -> dict[str, int]:
    """How many links, images, form fields and embedded frames of ``html``
    sanitising would drop, by kind."""
    before = _elements(html).counts
    return dict(before - _elements(sanitize_html(html or "")).counts)


def validate_nothing_dropped(html: str) -> None:
    """Refuse rich text whose links, images or form fields sanitising would
    remove, and say which: the author would otherwise find them gone later."""
    dropped = elements_dropped(html or "")
    if not dropped:
        return
    kept = set(_elements(sanitize_html(html or "")).links)
    removed_links = [href for href in _elements(html).links if href not in kept]
    parts = []
    if dropped.get("link"):
        parts.append(
            _("a link to “%(address)s” (links may go to http, https, mailto or tel addresses)")
            % {"address": removed_links[0][:80] if removed_links else ""}
        )
    if dropped.get("image"):
        parts.append(
            _(
                "pictures pasted or linked from elsewhere (add pictures with the "
                "Picture button: it uses the clinic's image library)"
            )
        )
    if dropped.get("form field"):
        parts.append(_("form fields (boxes, buttons or lists)"))
    if dropped.get("embedded page or media"):
        parts.append(_("embedded pages, video or sound"))
    raise ValidationError(
        _(
            "Saving would remove %(things)s. Take them out, or replace them with plain "
            "text, then save again."
        )
        % {"things": "; ".join(parts)},
        code="content_dropped",
    )


def rich_text_fields(model) -> list[ProseEditorField]:
    return [f for f in model._meta.concrete_fields if isinstance(f, ProseEditorField)]


def sanitize_rich_text(instance) -> None:
    """Sanitise every rich-text field of ``instance`` in place (idempotent)."""
    for field in rich_text_fields(type(instance)):
        value = getattr(instance, field.attname)
        if value:
            setattr(instance, field.attname, field.sanitize(value))


def strip_control_characters(instance) -> None:
    """Replace control characters in every plain-text field of ``instance`` (a
    title, a summary, names) with spaces, in place: pasted from Word, they are
    invisible on screen and make XML (the Infobutton's Atom feed) invalid."""
    for field in type(instance)._meta.concrete_fields:
        if isinstance(field, ProseEditorField) or not isinstance(
            field, models.CharField | models.TextField
        ):
            continue
        value = getattr(instance, field.attname)
        if isinstance(value, str):
            single_line = isinstance(field, models.CharField)
            setattr(
                instance,
                field.attname,
                without_control_characters(value, single_line=single_line),
            )


def sanitize_raw_saves(sender, instance, raw=False, **kwargs):
    """pre_save receiver: raw saves (loaddata, fixtures) skip ``save()``, so clean them here."""
    if raw:
        sanitize_rich_text(instance)
