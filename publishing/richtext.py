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
"""

import re
from collections import Counter
from html import unescape

import nh3
from django.core.exceptions import ValidationError
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django_prose_editor.config import allowlist_from_extensions, expand_extensions
from django_prose_editor.fields import ProseEditorField

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
}


# A link may ask browsers not to pass on the page or the reader (rel), nothing
# else: "opener" would hand the new page control of ours.
SAFE_REL = {"noopener", "noreferrer", "nofollow"}


def _attribute_filter(element: str, attribute: str, value: str) -> str | None:
    if element == "a" and attribute == "rel":
        kept = [token for token in value.split() if token.lower() in SAFE_REL]
        return " ".join(kept) or None
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
        # An editor's empty document is "<p></p>": store it as empty.
        return "" if not re.sub(r"<[^>]*>|\s", "", cleaned) else cleaned

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


def rich_text_fields(model) -> list[ProseEditorField]:
    return [f for f in model._meta.concrete_fields if isinstance(f, ProseEditorField)]


def sanitize_rich_text(instance) -> None:
    """Sanitise every rich-text field of ``instance`` in place (idempotent)."""
    for field in rich_text_fields(type(instance)):
        value = getattr(instance, field.attname)
        if value:
            setattr(instance, field.attname, field.sanitize(value))


def sanitize_raw_saves(sender, instance, raw=False, **kwargs):
    """pre_save receiver: raw saves (loaddata, fixtures) skip ``save()``, so clean them here."""
    if raw:
        sanitize_rich_text(instance)
