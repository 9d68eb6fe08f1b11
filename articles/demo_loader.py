"""Idempotent loading of the demo articles and conditions. (The project's
``load_demo_content`` command, in ``portal/``, calls each app's demo loader:
clinic and staff, these, handout packs, the default questionnaire.)

Only what is missing is created: `make run` loads it on every start, so
nothing a clinic has edited, archived or replaced is ever changed back."""

from django.db import transaction
from django.utils import timezone

from articles.models import Activity, Article, CareAdvice, Condition
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
        Activity.objects.get_or_create(slug=slug, defaults={"name": name, "order": order})
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


@transaction.atomic
def load_demo_content(staff: DemoStaff) -> dict:
    """The articles app's demo data, by the demo staff; returns counts."""
    from articles.demo.articles import ARTICLES
    from articles.demo.conditions import CONDITIONS

    articles_created = sum(ensure_article(data, staff)[1] for data in ARTICLES)
    activities = ensure_activities()
    conditions_created = sum(ensure_condition(data, staff, activities)[1] for data in CONDITIONS)
    return {
        "articles": len(ARTICLES),
        "articles_created": articles_created,
        "conditions": len(CONDITIONS),
        "conditions_created": conditions_created,
    }
