"""Marking text that is not in the page's language (WCAG 3.1.2, language of parts),
and naming a language inside a sentence."""

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language_info, pgettext, pgettext_lazy

from articles.localise import page_language

register = template.Library()

IN_A_SENTENCE = "language name within a sentence"
# A language's name as it reads inside a sentence ("no está disponible en
# español"), which may differ from the switcher's "Español". A new language adds
# its English name here, for the catalogue; without it, Django's name is used.
# (The context is written out: the catalogue tools read only literal strings.)
NAMES = [
    pgettext_lazy("language name within a sentence", "English"),
    pgettext_lazy("language name within a sentence", "Spanish"),
]


@register.filter
def content_lang(item) -> str:
    """` lang="en"` when ``item`` shows text in another language than the page's."""
    language = getattr(item, "content_language", None)
    if not language or language == page_language():
        return ""
    return format_html(' lang="{}"', language)


@register.simple_tag
def language_in_a_sentence(code: str) -> str:
    """The name of the language ``code`` in the page's language, as written mid-sentence."""
    info = get_language_info(code)
    name = pgettext(IN_A_SENTENCE, info["name"])
    return name if name != info["name"] else info["name_translated"]
