"""The library images staff can put in a page, for the editor's Picture button
(static/js/editor_extensions.js): id, title, a small thumbnail's address and
the default alt texts by language (the dialog prefills the one of the text's
language, else English)."""

from django.http import JsonResponse

from articles.models import Article, Condition
from images.models import Image, Purpose

FALLBACK_FORMATS = ("jpeg", "png", "webp", "avif")  # what every browser shows first


def may_illustrate(user) -> bool:
    """Staff who may change articles or conditions (or their translations) choose pictures."""
    return any(
        user.has_perm(f"articles.change_{model._meta.model_name}")
        or user.has_perm(f"articles.change_{model._meta.model_name}translation")
        for model in (Article, Condition)
    )


def thumbnail_url(image) -> str:
    """The smallest screen rendition in the most widely read format ("" if none)."""
    screen = [r for r in image.renditions.all() if r.purpose == Purpose.SCREEN]
    for fmt in FALLBACK_FORMATS:
        of_format = [r for r in screen if r.format == fmt]
        if of_format:
            return min(of_format, key=lambda r: r.width).file.url
    return ""


def picture_choices() -> list[dict]:
    """Every library image, by title: three queries, whatever their number."""
    images = Image.objects.order_by("title", "pk").prefetch_related("renditions", "alt_texts")
    return [
        {
            "id": image.pk,
            "title": image.title,
            "thumbnail": thumbnail_url(image),
            "width": image.width,
            "height": image.height,
            "alt_texts": {
                "en": image.alt_text,
                **{alt.language: alt.alt_text for alt in image.alt_texts.all()},
            },
        }
        for image in images
    ]


def picture_choices_view(request):
    """JSON for the Picture dialog; the admin site wraps it (staff only, never cached)."""
    if not may_illustrate(request.user):
        return JsonResponse({"images": []}, status=403)
    return JsonResponse({"images": picture_choices()})
