"""Pictures on article and condition pages: checks on save, and the page's pictures read
at once and rendered (figures in the rich text, the lead image).

A page's pictures cost one ``images.selectors.pictures`` call (two queries),
whatever their number. The page is rendered from plain ``Picture`` data, so
template tags never query and the memo keeps text only.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.html import conditional_escape, format_html
from django.utils.translation import gettext as _

from images.figures import alt_for, caption_html, figure_ids, figures, render_figures
from images.html import picture_html
from images.models import Image
from images.pictures import MIME
from images.selectors import pictures
from publishing.richtext import rich_text_fields

LEAD_SIZES = "(min-width: 48rem) 45rem, 100vw"


# Checks on save -------------------------------------------------------------


def check_figures(instance, *, alt_required: bool = True) -> None:
    """Every figure in ``instance``'s rich text refers to an image of the library,
    and has alt text unless marked decorative. A translation (``alt_required``
    False) may leave alt text empty: the page then shows the image's default alt
    text in that language, else the English one. Errors stand on their field."""
    found = {
        field.name: figures(getattr(instance, field.attname) or "")
        for field in rich_text_fields(type(instance))
    }
    wanted = {ref.image_id for refs in found.values() for ref in refs if ref.image_id}
    existing = set(Image.objects.filter(pk__in=wanted).values_list("pk", flat=True))
    errors = {}
    for name, refs in found.items():
        messages = _figure_problems(refs, existing, alt_required=alt_required)
        if messages:
            errors[name] = messages
    if errors:
        raise ValidationError(errors)


def _figure_problems(refs, existing: set, *, alt_required: bool) -> list[str]:
    problems = []
    for number, ref in enumerate(refs, start=1):
        if ref.image_id is None or ref.image_id not in existing:
            problems.append(
                _(
                    "Picture %(number)d is no longer in the image library. Remove it, "
                    "or choose another one with the Picture button."
                )
                % {"number": number}
            )
        elif alt_required and not ref.alt and not ref.decorative:
            problems.append(
                _(
                    "Picture %(number)d has no alt text. Say what it shows for people "
                    "who cannot see it, or tick “Decorative” if it adds nothing to the text."
                )
                % {"number": number}
            )
    return problems


def check_lead_image(instance) -> None:
    """A lead image that is not decorative needs alt text: this page's own, or the image's."""
    image = instance.lead_image if instance.lead_image_id else None
    if image is None or instance.lead_image_decorative or instance.lead_image_alt.strip():
        return
    if not image.alt_text.strip():
        raise ValidationError(
            {
                "lead_image_alt": _(
                    "This picture has no alt text yet. Say what it shows for people who "
                    "cannot see it, or tick “Decorative” if it adds nothing to the text."
                )
            }
        )


# Reading a page's pictures ---------------------------------------------------


def picture_ids(item) -> list[int]:
    """The library images ``item``'s page shows: its lead image, then its figures."""
    ids = [item.lead_image_id] if item.lead_image_id else []
    for field in rich_text_fields(type(item)):
        ids += figure_ids(getattr(item, field.attname) or "")
    return list(dict.fromkeys(ids))


def illustrate(item, *, language: str) -> None:
    """Render ``item``'s pictures in place (a page's copy, never saved): its rich-text
    fields get ``<picture>`` for each figure (their stored text stays in
    ``item.rich_text_source``) and ``item.lead_picture`` the lead image's HTML
    ("" without one). ``language``: the language of the words shown. The first
    picture on the page is loaded eagerly, the others lazily."""
    found = pictures(picture_ids(item))
    item.pictures = found
    item.rich_text_source = {}
    item.lead_picture = lead_picture_html(item, found, language=language)
    eager = not item.lead_picture
    for field in rich_text_fields(type(item)):
        html = getattr(item, field.attname) or ""
        item.rich_text_source[field.attname] = html
        if not figure_ids(html):
            continue
        setattr(
            item, field.attname, render_figures(html, found, language=language, first_eager=eager)
        )
        if any(i in found for i in figure_ids(html)):
            eager = False


def lead_picture_html(item, found: dict, *, language: str) -> str:
    """The lead image as ``<figure>`` (eager: it is the first thing on the page)."""
    picture = found.get(item.lead_image_id) if item.lead_image_id else None
    if picture is None:
        return ""
    alt, alt_lang = lead_alt(item, picture, language=language)
    return format_html(
        '<figure class="figure figure--lead">{}{}</figure>',
        picture_html(picture, alt=alt, alt_lang=alt_lang, eager=True, sizes=LEAD_SIZES),
        # The lead caption is plain text: escaped here.
        caption_html(conditional_escape(item.lead_image_caption), picture.credit),
    )


def lead_alt(item, picture, *, language: str) -> tuple[str, str | None]:
    """The lead image's alt text on ``item``'s page and its language when not ``language``."""
    return alt_for(
        picture,
        alt=(item.lead_image_alt or "").strip(),
        decorative=item.lead_image_decorative,
        language=language or settings.LANGUAGE_CODE,
    )


# As data (the API, JSON-LD) -----------------------------------------------------

FORMAT_OF_MIME = {mime: fmt for fmt, mime in MIME.items()}


def renditions_of(picture) -> list[dict]:
    """Each screen rendition of ``picture``: its address (relative to the site),
    width and format, best formats first, narrow to wide."""
    renditions = []
    for source in picture.sources:
        for candidate in source.srcset.split(", "):
            url, width = candidate.rsplit(" ", 1)
            renditions.append(
                {"url": url, "width": int(width.rstrip("w")), "format": FORMAT_OF_MIME[source.mime]}
            )
    return renditions


def lead_image_data(item, *, language: str) -> dict | None:
    """``item``'s lead image as plain data, as its page shows it (``illustrate`` read
    it); None without one, or when the item was not read through ``live_page``."""
    picture = getattr(item, "pictures", {}).get(item.lead_image_id) if item.lead_image_id else None
    if picture is None:
        return None
    alt, alt_lang = lead_alt(item, picture, language=language)
    return {
        "id": picture.id,
        "alt": alt,
        "alt_language": alt_lang or language,
        "decorative": item.lead_image_decorative,
        "caption": item.lead_image_caption,
        "credit": picture.credit,
        "width": picture.width,
        "height": picture.height,
        "renditions": renditions_of(picture),
    }
