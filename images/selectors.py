"""Reads of the image library."""

from collections.abc import Iterable

from images.models import Image, Purpose, Rendition
from images.pictures import MIME, Picture, SourceSet

# Best first; the last is the fallback every browser shows.
SCREEN_ORDER = ("avif", "webp", "jpeg", "png")


def pictures(ids: Iterable[int]) -> dict[int, Picture]:
    """The pictures with these ids, as plain data (two queries, whatever the count).
    An id with no image (deleted, or never there) is simply absent."""
    wanted = {int(i) for i in ids}
    if not wanted:
        return {}
    images = Image.objects.filter(pk__in=wanted).prefetch_related("renditions", "alt_texts")
    return {image.pk: _picture(image) for image in images}


def _picture(image: Image) -> Picture:
    screen = [r for r in image.renditions.all() if r.purpose == Purpose.SCREEN]
    printed = [r for r in image.renditions.all() if r.purpose == Purpose.PRINT]
    formats = sorted({r.format for r in screen}, key=SCREEN_ORDER.index)
    sources = []
    for fmt in formats:
        of_format = sorted((r for r in screen if r.format == fmt), key=lambda r: r.width)
        srcset = ", ".join(f"{r.file.url} {r.width}w" for r in of_format)
        sources.append(SourceSet(MIME[fmt], srcset))
    fallback = (
        sorted((r for r in screen if r.format == formats[-1]), key=lambda r: r.width)
        if formats
        else []
    )
    middle = fallback[len(fallback) // 2] if fallback else None
    largest = fallback[-1] if fallback else None
    best_print = max(printed, key=lambda r: r.width, default=None)
    alt_texts = (("en", image.alt_text),) + tuple(
        (alt.language, alt.alt_text) for alt in image.alt_texts.all()
    )
    return Picture(
        id=image.pk,
        title=image.title,
        width=largest.width if largest else image.width,
        height=largest.height if largest else image.height,
        sources=tuple(sources),
        fallback_src=middle.file.url if middle else "",
        print_name=best_print.file.name if best_print else "",
        print_width=best_print.width if best_print else 0,
        print_height=best_print.height if best_print else 0,
        alt_texts=alt_texts,
        credit=image.credit,
    )


def thumbnail(image: Image, *, wider_than: int = 0) -> Rendition | None:
    """A screen rendition every browser shows (JPEG or PNG) for staff pages: the
    narrowest at least ``wider_than`` pixels wide, else the widest. Reads the
    prefetched renditions when there are."""
    plain = sorted(
        (
            r
            for r in image.renditions.all()
            if r.purpose == Purpose.SCREEN and r.format in ("jpeg", "png")
        ),
        key=lambda r: r.width,
    )
    if not plain:
        return None
    return next((r for r in plain if r.width >= wider_than), plain[-1])
