"""The demo pictures in the demo content (load_demo_content): the knee diagram as a
figure in "How your knee works" (the Spanish-labelled one in its Spanish
translation), each demo condition's picture as its lead image.

Only a live demo item nobody has taken over (still sample content, no changes
waiting) is illustrated, and only once: an item that has a figure or a lead
image already is left as it is. Lives in the project layer: it joins the
image library (images) and the content (articles), which do not import each other.
"""

from django.utils.html import format_html

from articles.models import Article, Condition
from images.demo_pictures.catalogue import BY_KEY
from images.models import Image
from publishing.models import Publishable, Status
from publishing.services import draft_of

ANATOMY_ARTICLE = "how-your-knee-works"
FIGURES = {  # language: (picture key, caption)
    "en": ("knee-anatomy", "The main parts of your knee"),
    "es": ("knee-anatomy-es", "Las partes principales de su rodilla"),
}
LEAD_IMAGES = {
    "patellofemoral-pain-syndrome": "patellofemoral-pain",
    "knee-ligament-sprain": "knee-ligament-sprain",
    "knee-osteoarthritis": "knee-osteoarthritis",
    "meniscus-tear": "meniscus-tear",
}
ILLUSTRATED = "Demo picture added"


def illustrate_demo_content(pictures: dict[str, Image], staff) -> int:
    """Add the demo pictures to the demo items still as shipped; returns rows changed."""
    changed = 0
    article = Article.objects.filter(slug=ANATOMY_ARTICLE).first()
    if article is not None:
        changed += _add_figure(article, "en", pictures, staff)
        for translation in article.translations.filter(language__in=FIGURES):
            changed += _add_figure(translation, translation.language, pictures, staff)
    for condition in Condition.objects.filter(slug__in=LEAD_IMAGES, lead_image=None):
        changed += _add_lead_image(condition, pictures[LEAD_IMAGES[condition.slug]], staff)
    return changed


def figure_html(image: Image, *, alt: str, caption: str) -> str:
    """A figure reference as rich text stores it (publishing/richtext.py)."""
    return format_html(
        '<figure data-image="{}" data-alt="{}"><figcaption>{}</figcaption></figure>',
        image.pk,
        alt,
        caption,
    )


def _add_figure(item: Publishable, language: str, pictures: dict, staff) -> int:
    """The diagram before the first heading of a still-shipped body without a figure."""
    key, caption = FIGURES[language]
    picture = BY_KEY[key]
    figure = figure_html(
        pictures[key], alt=picture.alt_es if language == "es" else picture.alt_en, caption=caption
    )
    if not _still_demo(item) or "<figure" in item.body or "<h2>" not in item.body:
        return 0
    item.body = item.body.replace("<h2>", figure + "<h2>", 1)
    _save(item, staff)
    return 1


def _add_lead_image(condition: Condition, image: Image, staff) -> int:
    if not _still_demo(condition):
        return 0
    condition.lead_image = image
    _save(condition, staff)
    return 1


def _still_demo(item: Publishable) -> bool:
    """A live demo item nobody has taken over: still sample content, no changes waiting."""
    return item.is_demo and item.status == Status.PUBLISHED and draft_of(item) is None


def _save(item: Publishable, staff) -> None:
    # A picture changes no words: the revision (which translations follow) stays.
    item.updated_by = staff.publisher
    item._history_user = staff.publisher
    item._change_reason = ILLUSTRATED
    item.save()
