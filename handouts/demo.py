"""The demo handout packs: created once; a clinic's edits to them are kept."""

from articles.models import Article, Condition
from handouts.models import HandoutPack, HandoutPackItem

DEMO_PACKS = [
    (
        "Runner's knee: first visit",
        "For a new patient with pain at the front of the knee from running.",
        [
            "patellofemoral-pain-syndrome",
            "preventing-knee-pain-from-exercise",
            "exercise-technique-and-knee-alignment",
        ],
    ),
    (
        "After a knee injury",
        "For a patient seen soon after a twist or fall.",
        [
            "knee-ligament-sprain",
            "meniscus-tear",
            "what-to-do-when-your-knee-hurts-after-exercise",
            "when-to-get-help-for-knee-pain",
        ],
    ),
]


def ensure_packs() -> None:
    """Create the demo packs once; a clinic's edits to them are kept."""
    for name, description, slugs in DEMO_PACKS:
        pack, created = HandoutPack.objects.get_or_create(
            name=name, defaults={"description": description}
        )
        if not created:
            continue
        for order, slug in enumerate(slugs):
            article = Article.objects.filter(slug=slug).first()
            condition = None if article else Condition.objects.get(slug=slug)
            HandoutPackItem.objects.create(
                pack=pack, order=order, article=article, condition=condition
            )
