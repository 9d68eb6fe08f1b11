"""Marking text that is not in the page's language (WCAG 3.1.2, language of parts)."""

from django import template
from django.utils.html import format_html

from articles.translations import page_language

register = template.Library()


@register.filter
def content_lang(item) -> str:
    """` lang="en"` when ``item`` shows text in another language than the page's."""
    language = getattr(item, "content_language", None)
    if not language or language == page_language():
        return ""
    return format_html(' lang="{}"', language)
