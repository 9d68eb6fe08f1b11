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

from django.urls import reverse_lazy
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


def RichTextField(**kwargs):  # noqa: N802 - reads like a field class at call sites
    return ProseEditorField(extensions=EXTENSIONS, sanitize=True, **kwargs)


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
