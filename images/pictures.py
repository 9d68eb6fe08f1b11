"""A picture as pages use it: plain immutable data (kept in the memo, never a model)."""

from dataclasses import dataclass

MIME = {"avif": "image/avif", "webp": "image/webp", "jpeg": "image/jpeg", "png": "image/png"}


@dataclass(frozen=True)
class SourceSet:
    """One format's screen renditions: ``srcset`` is "url 320w, url 640w, ..."."""

    mime: str
    srcset: str


@dataclass(frozen=True)
class Picture:
    id: int
    title: str
    width: int  # the largest screen rendition's size (for width/height: no layout shift)
    height: int
    sources: tuple[SourceSet, ...]  # modern formats first (AVIF, WebP); the fallback last
    fallback_src: str  # a middle-sized JPEG (or PNG) for browsers without srcset
    print_name: str  # the print rendition's name in the renditions storage ("" if none)
    print_width: int
    print_height: int
    # Default alt texts by language code (English under "en"); a use may override them.
    alt_texts: tuple[tuple[str, str], ...]
    credit: str

    def default_alt(self, language: str) -> tuple[str, str]:
        """(alt text, its language): this language's default, else English's."""
        texts = dict(self.alt_texts)
        if texts.get(language):
            return texts[language], language
        return texts.get("en", ""), "en"
