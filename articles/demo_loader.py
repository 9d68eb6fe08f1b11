"""Idempotent loading of the demo articles and conditions. (The project's
``load_demo_content`` command, in ``portal/``, calls each app's demo loader:
clinic and staff, these, handout packs, the default questionnaire.)

Only what is missing is created: `make run` loads it on every start, so
nothing a clinic has edited, archived or replaced is ever changed back.

Shipped text that changes (CLINICAL.md 3.1: medicines, Spanish wording) reaches
a database that already has the demo items the same way: a text field of a live
demo item (still sample content, no changes waiting for review) that holds,
word for word, a text an earlier release shipped (``articles/demo/earlier.py``
keeps their fingerprints) is replaced by today's text, with a history entry by
the demo publisher. A field holding anything else is the clinic's and stays."""

import hashlib

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
from images.figures import without_figures
from publishing.models import Publishable, Status, one_year_after
from publishing.richtext import rich_text_fields, sanitize_html
from publishing.services import draft_of, publishable_load_live

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
    publishable_load_live(item=item)
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


# Other apps' demo loaders (exercises) publish their demo items the same way.
publish_demo = _publish_demo


# The text fields of each kind of demo item, as the loader stores them ----------------


def article_texts(data: dict) -> dict[str, str]:
    """An article's (or its translation's) words, field by field."""
    return {key: data[key] for key in ("title", "summary", "body")}


def condition_texts(data: dict) -> dict[str, str]:
    """A condition's (or its translation's) words, field by field."""
    return {
        "title": data["name"],
        "summary": data["summary"],
        "also_known_as": "\n".join(data["also_known_as"]),
        "search_aliases": "\n".join(data.get("search_aliases", [])),
        # A section the demo content has no text for stays empty (sections are optional).
        **{section: data.get(section, "") for section in Condition.SECTIONS},
    }


def card_texts(card: dict) -> dict[str, str]:
    """A care card's (or its translation's) words, field by field."""
    return {
        "heading": card["heading"],
        "points": "\n".join(card["points"]),
        "action": card["action"],
    }


def fingerprint(key: str, field: str, value: str) -> str:
    """A shipped text's fingerprint: the item (``article:<slug>``, ``condition:<slug>``,
    ``card:<slug>:<order>``, with ``:<language>`` for a translation), field and words."""
    return hashlib.sha256(f"{key}\x00{field}\x00{value}".encode()).hexdigest()[:24]


def ensure_article(data: dict, staff: DemoStaff) -> tuple[Article, bool]:
    """Create a demo article unless one with its slug exists: staff edits are never undone."""
    existing = Article.objects.filter(slug=data["slug"]).first()
    if existing is not None:
        return existing, False
    fields = {"topic": data["topic"], **article_texts(data)}
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
        **condition_texts(data),
        "icd10_codes": " ".join(data["icd10_codes"]),
        "onset": data["onset"],
        "areas": data["areas"],
    }
    condition = _publish_demo(Condition(slug=data["slug"]), fields, staff)
    condition.activities.set([activities[slug] for slug in data["activities"]])
    condition.related_articles.set(Article.objects.filter(slug__in=data["related_articles"]))
    CareAdvice.objects.bulk_create(
        CareAdvice(condition=condition, urgency=card["urgency"], order=order, **card_texts(card))
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
    return ensure_translation(article, "es", article_texts(data), staff) is not None


def ensure_condition_translation(condition: Condition, data: dict, staff: DemoStaff) -> bool:
    translation = ensure_translation(condition, "es", condition_texts(data), staff)
    if translation is None:
        return False
    cards = list(condition.care_advice.all())
    if len(cards) == len(data["care_advice"]):  # the clinic may have changed the cards
        CareAdviceTranslation.objects.bulk_create(
            CareAdviceTranslation(translation=translation, card=card, **card_texts(text))
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


# Shipped text updates for databases that already have the demo items ----------------

REFRESHED = "Updated to the newly shipped demo text (CLINICAL.md 3.1)"


def _stored(model, field: str, value: str) -> str:
    """``value`` as a save stores it (rich text is sanitised on save)."""
    rich = {f.name for f in rich_text_fields(model)}
    return sanitize_html(value) if field in rich else value


def _refresh_fields(obj, key: str, texts: dict[str, str]) -> list[str]:
    """Set each field of ``obj`` that still holds an earlier shipped text to today's;
    returns the fields changed. A field with any other words is left alone.
    (A still-demo item holds no figure but the demo's own: staff changes that
    are published make an item the clinic's, ``is_demo`` off.)"""
    from articles.demo.earlier import EARLIER

    changed = []
    for field, text in texts.items():
        current, shipped = getattr(obj, field), _stored(type(obj), field, text)
        # A demo picture added to the words (portal/demo_pictures.py) is not an
        # edit: compare the words alone. The picture goes in again after the refresh.
        words = without_figures(current) if isinstance(current, str) else current
        if words != shipped and fingerprint(key, field, words) in EARLIER:
            setattr(obj, field, shipped)
            changed.append(field)
    return changed


def _still_demo(item: Publishable) -> bool:
    """A live demo item nobody has taken over: still sample content, no changes waiting."""
    return item.is_demo and item.status == Status.PUBLISHED and draft_of(item) is None


def _save_refreshed(item: Publishable, staff: DemoStaff) -> None:
    item.updated_by = staff.publisher
    item._history_user = staff.publisher
    item._change_reason = REFRESHED
    item.save()


def _refresh_cards(condition: Condition, translation, slug: str, cards: list, texts: list):
    """The care cards' shipped words, by order, in English and in the translation."""
    changed = 0
    for card in condition.care_advice.all():
        if card.order >= len(cards):
            continue
        if _refresh_fields(card, f"card:{slug}:{card.order}", card_texts(cards[card.order])):
            card.save()
            changed += 1
        if translation is None or texts is None or card.order >= len(texts):
            continue
        for text in CareAdviceTranslation.objects.filter(translation=translation, card=card):
            key = f"card:{slug}:{card.order}:{translation.language}"
            if _refresh_fields(text, key, card_texts(texts[card.order])):
                text.save()
                changed += 1
    return changed


def _refresh_item(item, key: str, texts: dict, translation_texts: dict | None, staff) -> int:
    """One demo item and its Spanish translation; returns how many rows changed.

    When the English words change, the item's revision moves on. A translation
    that was up to date and now holds today's shipped words follows it; any other
    translation shows as out of date, for the clinic to check."""
    changed = 0
    translation = item.translations.filter(language="es").first()
    was_in_step = translation is not None and translation.source_revision == item.revision
    english_moved = _still_demo(item) and bool(_refresh_fields(item, key, texts))
    if english_moved:
        item.revision += 1
        item.last_published = timezone.now()
        _save_refreshed(item, staff)
        changed += 1
    if translation is None or translation_texts is None or not _still_demo(translation):
        return changed
    refreshed = _refresh_fields(translation, f"{key}:es", translation_texts)
    shipped = all(
        getattr(translation, field) == _stored(type(translation), field, text)
        for field, text in translation_texts.items()
    )
    follows = english_moved and was_in_step and shipped
    if follows:
        translation.source_revision = item.revision
    if refreshed or follows:
        _save_refreshed(translation, staff)
        changed += 1
    return changed


def _refresh_shipped(model, kind: str, shipped: list, shipped_es: dict, texts, staff):
    """Refresh each shipped item of ``model`` still in the database, with its
    Spanish translation; yields (item, its data, its Spanish data or None,
    rows changed) for what else the caller refreshes."""
    for data in shipped:
        item = model.objects.filter(slug=data["slug"]).first()
        if item is None:
            continue
        spanish = shipped_es.get(item.slug)
        changed = _refresh_item(
            item,
            f"{kind}:{item.slug}",
            texts(data),
            texts(spanish) if spanish else None,
            staff,
        )
        yield item, data, spanish, changed


def refresh_demo_texts(staff: DemoStaff) -> int:
    """Bring the live demo items nobody has changed up to today's shipped words, in
    English and in Spanish, cards included; returns how many rows changed."""
    from articles.demo.articles import ARTICLES
    from articles.demo.articles_es import ARTICLES_ES
    from articles.demo.conditions import CONDITIONS
    from articles.demo.conditions_es import CONDITIONS_ES

    articles = _refresh_shipped(Article, "article", ARTICLES, ARTICLES_ES, article_texts, staff)
    changed = sum(rows for *_, rows in articles)
    conditions = _refresh_shipped(
        Condition, "condition", CONDITIONS, CONDITIONS_ES, condition_texts, staff
    )
    for condition, data, spanish, rows in conditions:
        changed += rows
        condition.refresh_from_db()
        if not _still_demo(condition):
            continue
        translation = condition.translations.filter(language="es").first()
        if translation is not None and not _still_demo(translation):
            translation = None
        changed += _refresh_cards(
            condition,
            translation,
            condition.slug,
            data["care_advice"],
            spanish["care_advice"] if spanish else None,
        )
    return changed


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
    refreshed = refresh_demo_texts(staff)
    return {
        "translations_created": translations_created,
        "refreshed": refreshed,
        "articles": len(ARTICLES),
        "articles_created": articles_created,
        "conditions": len(CONDITIONS),
        "conditions_created": conditions_created,
    }
