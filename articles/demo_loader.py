"""Idempotent loading of the demo articles and conditions. (The project's
``load_demo_content`` command, in ``portal/``, calls each app's demo loader:
clinic and staff, these, handout packs, the default questionnaire.)

Only what is missing is created: `make run` loads it on every start, so
nothing a clinic has edited, archived or replaced is ever changed back."""

from django.db import transaction
from django.utils import timezone

from articles.models import (
    Activity,
    ActivityName,
    Article,
    CareAdvice,
    CareAdviceTranslation,
    Condition,
)
from clinic.demo import DemoStaff
from publishing.models import Publishable, Status, one_year_after

DEMO_ACTIVITIES = [
    ("running", "Running"),
    ("jumping", "Jumping"),
    ("squatting", "Squatting"),
    ("pivoting", "Pivoting sports"),
    ("cycling", "Cycling"),
    ("stairs", "Stairs"),
    ("kneeling", "Kneeling"),
    ("walking", "Walking"),
]
# The activities' names on Spanish pages (other languages are rows: ActivityName).
DEMO_ACTIVITY_NAMES_ES = {
    "running": "Correr",
    "jumping": "Saltar",
    "squatting": "Ponerse en cuclillas",
    "pivoting": "Deportes con giros",
    "cycling": "Andar en bicicleta",
    "stairs": "Subir o bajar escaleras",
    "kneeling": "Arrodillarse",
    "walking": "Caminar",
}


def _publish_demo(item: Publishable, fields: dict, staff: DemoStaff) -> Publishable:
    """Save a new demo item as written, reviewed and published, marked as sample content.

    The demo reviewer's dates are not a clinician's: patients see a sample
    notice instead until a real clinical reviewer approves the item.
    """
    for key, value in fields.items():
        setattr(item, key, value)
    item.author = staff.author
    today = timezone.localdate()
    item.status = Status.PUBLISHED
    item.reviewed_by = staff.reviewer
    item.reviewed_on = today
    item.next_review_due = one_year_after(today)
    item.updated_by = staff.publisher
    item._history_user = staff.publisher
    item.is_demo = True
    item.revision = 1
    item.last_published = timezone.now()
    item.save()
    return item


def ensure_article(data: dict, staff: DemoStaff) -> tuple[Article, bool]:
    """Create a demo article unless one with its slug exists: staff edits are never undone."""
    existing = Article.objects.filter(slug=data["slug"]).first()
    if existing is not None:
        return existing, False
    fields = {key: data[key] for key in ("title", "topic", "summary", "body")}
    return _publish_demo(Article(slug=data["slug"]), fields, staff), True


def ensure_activities() -> dict[str, Activity]:
    for order, (slug, name) in enumerate(DEMO_ACTIVITIES):
        activity, _ = Activity.objects.get_or_create(
            slug=slug, defaults={"name": name, "order": order}
        )
        ActivityName.objects.get_or_create(
            activity=activity, language="es", defaults={"name": DEMO_ACTIVITY_NAMES_ES[slug]}
        )
    return {activity.slug: activity for activity in Activity.objects.all()}


def ensure_condition(data: dict, staff: DemoStaff, activities: dict) -> tuple[Condition, bool]:
    """Create a demo condition unless one with its slug exists."""
    existing = Condition.objects.filter(slug=data["slug"]).first()
    if existing is not None:
        return existing, False
    fields = {
        "title": data["name"],
        "summary": data["summary"],
        "also_known_as": "\n".join(data["also_known_as"]),
        "search_aliases": "\n".join(data.get("search_aliases", [])),
        "icd10_codes": " ".join(data["icd10_codes"]),
        "onset": data["onset"],
        "areas": data["areas"],
        **{section: data[section] for section in Condition.SECTIONS},
    }
    condition = _publish_demo(Condition(slug=data["slug"]), fields, staff)
    condition.activities.set([activities[slug] for slug in data["activities"]])
    condition.related_articles.set(Article.objects.filter(slug__in=data["related_articles"]))
    CareAdvice.objects.bulk_create(
        CareAdvice(
            condition=condition,
            urgency=card["urgency"],
            heading=card["heading"],
            points="\n".join(card["points"]),
            action=card["action"],
            order=order,
        )
        for order, card in enumerate(data["care_advice"])
    )
    return condition, True


def ensure_translation(source, language: str, fields: dict, staff: DemoStaff):
    """A live demo translation of ``source``, unless it has one in ``language`` (or is
    not live: a translation is approved against the published English page)."""
    if not source.is_live or source.translations.filter(language=language).exists():
        return None
    model = source.translations.model
    translation = model(source=source, language=language, source_revision=source.revision)
    return _publish_demo(translation, fields, staff)


def ensure_article_translation(article: Article, data: dict, staff: DemoStaff) -> bool:
    fields = {key: data[key] for key in ("title", "summary", "body")}
    return ensure_translation(article, "es", fields, staff) is not None


def ensure_condition_translation(condition: Condition, data: dict, staff: DemoStaff) -> bool:
    fields = {
        "title": data["name"],
        "summary": data["summary"],
        "also_known_as": "\n".join(data["also_known_as"]),
        "search_aliases": "\n".join(data.get("search_aliases", [])),
        **{section: data[section] for section in Condition.SECTIONS},
    }
    translation = ensure_translation(condition, "es", fields, staff)
    if translation is None:
        return False
    cards = list(condition.care_advice.all())
    if len(cards) == len(data["care_advice"]):  # the clinic may have changed the cards
        CareAdviceTranslation.objects.bulk_create(
            CareAdviceTranslation(
                translation=translation,
                card=card,
                heading=text["heading"],
                points="\n".join(text["points"]),
                action=text["action"],
            )
            for card, text in zip(cards, data["care_advice"], strict=True)
        )
    return True


def load_spanish(articles: list[Article], conditions: list[Condition], staff: DemoStaff) -> int:
    """The Spanish demo texts of the demo items that are still there; returns how many were new."""
    from articles.demo.articles_es import ARTICLES_ES
    from articles.demo.conditions_es import CONDITIONS_ES

    created = sum(
        ensure_article_translation(article, ARTICLES_ES[article.slug], staff)
        for article in articles
        if article.slug in ARTICLES_ES
    )
    created += sum(
        ensure_condition_translation(condition, CONDITIONS_ES[condition.slug], staff)
        for condition in conditions
        if condition.slug in CONDITIONS_ES
    )
    return created


@transaction.atomic
def load_demo_content(staff: DemoStaff) -> dict:
    """The articles app's demo data, by the demo staff; returns counts."""
    from articles.demo.articles import ARTICLES
    from articles.demo.conditions import CONDITIONS

    articles = [ensure_article(data, staff) for data in ARTICLES]
    activities = ensure_activities()
    conditions = [ensure_condition(data, staff, activities) for data in CONDITIONS]
    articles_created = sum(created for _, created in articles)
    conditions_created = sum(created for _, created in conditions)
    translations_created = load_spanish(
        [article for article, _ in articles], [condition for condition, _ in conditions], staff
    )
    return {
        "translations_created": translations_created,
        "articles": len(ARTICLES),
        "articles_created": articles_created,
        "conditions": len(CONDITIONS),
        "conditions_created": conditions_created,
    }
