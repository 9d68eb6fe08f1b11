"""Pictures as HTML: ``<picture>`` for screens, one ``<img>`` of the print
rendition for PDFs. Pure functions of a Picture and the words of one use."""

from django.utils.html import format_html, format_html_join

# A figure spans the text column: at most about 45rem (720 px) wide.
DEFAULT_SIZES = "(min-width: 48rem) 45rem, 100vw"


def picture_html(
    picture,
    *,
    alt: str,
    alt_lang: str | None = None,
    eager: bool = False,
    sizes: str = DEFAULT_SIZES,
) -> str:
    """``<picture>`` with a ``<source>`` per modern format, and an ``<img>`` with its
    width and height (no layout shift). ``alt`` "" is a decorative picture.
    ``alt_lang``: the alt text's language when it is not the page's (a fallback)."""
    sources = format_html_join(
        "",
        '<source type="{}" srcset="{}" sizes="{}">',
        ((source.mime, source.srcset, sizes) for source in picture.sources[:-1]),
    )
    fallback = picture.sources[-1] if picture.sources else None
    return format_html(
        '<picture>{}<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}"{}'
        ' loading="{}" decoding="async"></picture>',
        sources,
        picture.fallback_src,
        fallback.srcset if fallback else "",
        sizes,
        picture.width,
        picture.height,
        alt,
        format_html(' lang="{}"', alt_lang) if alt_lang else "",
        "eager" if eager else "lazy",
    )
