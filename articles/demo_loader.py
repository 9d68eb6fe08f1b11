"""Idempotent loading of the demo content: clinic settings, staff, articles,
conditions and handout packs. (The project's ``load_demo_content`` command,
in ``portal/``, also loads the triage app's default questionnaire.)

Only what is missing is created: `make run` loads it on every start, so
nothing a clinic has edited, archived or replaced is ever changed back."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from articles.models import (
    Activity,
    Article,
    CareAdvice,
    Condition,
    HandoutPack,
    HandoutPackItem,
    Publishable,
    Status,
    one_year_after,
)
from articles.roles import AUTHOR, PUBLISHER, REVIEWER, ensure_roles
from portal.models import ClinicSettings

DEMO_PASSWORD = "knee-demo-2026"

DEMO_STAFF = [
    # username, first name, last name, role
    ("author", "Alex", "Author", AUTHOR),
    ("reviewer", "Robin", "Reviewer", REVIEWER),
    ("publisher", "Pat", "Publisher", PUBLISHER),
]

# A clinic in the United States (CLINICAL.md: one locale per clinic). 555-01xx
# numbers are reserved for fiction, so the demo phone reaches no one.
DEMO_CLINIC = {
    "name": "Riverside Knee Clinic",
    "phone": "(312) 555-0142",
    "address": "12 River Street\nSpringfield, IL 62701",
    "emergency_number": "911",
    "paper_size": "Letter",
    "urgent_care": "urgent care",
    "out_of_hours": "call the after-hours nurse line at (312) 555-0199, or go to the emergency room",
}


@dataclass
class DemoStaff:
    author: object
    reviewer: object
    publisher: object


def ensure_clinic_settings() -> ClinicSettings:
    """Fill in the demo clinic only where the clinic has not set its own values."""
    settings = ClinicSettings.load()
    defaults = ClinicSettings()
    changed = False
    for field, value in DEMO_CLINIC.items():
        if getattr(settings, field) in ("", getattr(defaults, field)):
            setattr(settings, field, value)
            changed = True
    if changed:
        settings.save()
    return settings


def ensure_demo_staff(*, set_passwords: bool) -> DemoStaff:
    User = get_user_model()
    users = []
    for username, first, last, role in DEMO_STAFF:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={"first_name": first, "last_name": last, "is_staff": True},
        )
        if created or set_passwords:
            if set_passwords:
                user.set_password(DEMO_PASSWORD)
            else:
                user.set_unusable_password()
            user.is_staff = True
            user.save()
        user.groups.add(Group.objects.get(name=role))
        users.append(user)
    return DemoStaff(*users)


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


@transaction.atomic
def load_demo_content(*, set_passwords: bool = False) -> dict:
    """The articles app's demo data; returns counts and the demo staff."""
    from articles.demo.articles import ARTICLES
    from articles.demo.conditions import CONDITIONS

    ensure_roles()
    ensure_clinic_settings()
    staff = ensure_demo_staff(set_passwords=set_passwords)
    articles_created = sum(ensure_article(data, staff)[1] for data in ARTICLES)
    activities = ensure_activities()
    conditions_created = sum(ensure_condition(data, staff, activities)[1] for data in CONDITIONS)
    ensure_packs()
    return {
        "staff": staff,
        "articles": len(ARTICLES),
        "articles_created": articles_created,
        "conditions": len(CONDITIONS),
        "conditions_created": conditions_created,
    }
