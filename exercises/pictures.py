"""An exercise's start and end pictures, rendered for its page or its PDF.

Read from the image library at once (``images.selectors.pictures``: two queries),
with the library's alt text in the language of the words shown (English, marked
so, when the picture has none in that language). Plain HTML on a page's copy,
never saved, so the per-version memo keeps text only.
"""

from images.figures import alt_for
from images.html import picture_html
from images.selectors import pictures

# Side by side from 40em (about 22rem each), one above the other on phones.
SIZES = "(min-width: 40em) 22rem, 100vw"


def illustrate_exercise(page, *, language: str, render=None) -> None:
    """Set ``page.start_picture`` and ``page.end_picture`` ("" when missing) and
    ``page.pictures`` (by id). ``render``: ``picture_html`` for screens (the
    default), ``images.printing.print_img_html`` for paper; a page already read
    (``page.pictures``) is not read again."""
    found = getattr(page, "pictures", None)
    if found is None:
        found = pictures([i for i in (page.start_image_id, page.end_image_id) if i])
        page.pictures = found
    page.start_picture = picture_of(page.start_image_id, found, language, render, eager=True)
    page.end_picture = picture_of(page.end_image_id, found, language, render, eager=True)


def picture_of(image_id, found: dict, language: str, render, *, eager: bool) -> str:
    picture = found.get(image_id) if image_id else None
    if picture is None:
        return ""
    alt, alt_lang = alt_for(picture, alt="", decorative=False, language=language)
    if render is None:
        return picture_html(picture, alt=alt, alt_lang=alt_lang, eager=eager, sizes=SIZES)
    return render(picture, alt=alt, alt_lang=alt_lang, eager=eager)


def alt_texts(page, *, language: str) -> dict[str, tuple[str, str | None]]:
    """{"start"|"end": (alt text, its language if not ``language``)} of the pictures read."""
    found = getattr(page, "pictures", {}) or {}
    texts = {}
    for moment, image_id in (("start", page.start_image_id), ("end", page.end_image_id)):
        picture = found.get(image_id) if image_id else None
        if picture is not None:
            texts[moment] = alt_for(picture, alt="", decorative=False, language=language)
    return texts
