"""Idempotent loading of the demo content: clinic settings, staff, articles."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from articles.models import Article, Status, one_year_after
from articles.richtext import sanitize_rich_text
from articles.roles import AUTHOR, PUBLISHER, REVIEWER, ensure_roles
from portal.models import ClinicSettings

DEMO_PASSWORD = "knee-demo-2026"

DEMO_STAFF = [
    # username, first name, last name, role
    ("author", "Alex", "Author", AUTHOR),
    ("reviewer", "Robin", "Reviewer", REVIEWER),
    ("publisher", "Pat", "Publisher", PUBLISHER),
]

DEMO_CLINIC = {
    "name": "Riverside Knee Clinic",
    "phone": "0100 555 0142",
    "address": "12 River Street\nSpringfield",
    "emergency_number": "911",
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


def _differs(article: Article, data: dict) -> bool:
    incoming = Article(**data)
    sanitize_rich_text(incoming)
    return any(getattr(article, key) != getattr(incoming, key) for key in data)


def ensure_article(data: dict, staff: DemoStaff) -> tuple[Article, bool]:
    """Create or update one published demo article; returns (article, changed)."""
    fields = {key: data[key] for key in ("title", "topic", "summary", "body")}
    article = Article.objects.filter(slug=data["slug"]).first()
    if article is not None and article.status == Status.PUBLISHED and not _differs(article, fields):
        return article, False
    article = article or Article(slug=data["slug"], author=staff.author)
    for key, value in fields.items():
        setattr(article, key, value)
    today = timezone.localdate()
    article.status = Status.PUBLISHED
    article.reviewed_by = staff.reviewer
    article.reviewed_on = today
    article.next_review_due = one_year_after(today)
    article.updated_by = staff.publisher
    article._history_user = staff.publisher
    # Mark this save's version as the clinically approved one.
    article.approved_version = article.version + (0 if article._state.adding else 1)
    article.save()
    return article, True


@transaction.atomic
def load_demo_content(*, set_passwords: bool = False) -> dict:
    from articles.demo.articles import ARTICLES

    ensure_roles()
    ensure_clinic_settings()
    staff = ensure_demo_staff(set_passwords=set_passwords)
    changed = sum(ensure_article(data, staff)[1] for data in ARTICLES)
    return {"articles": len(ARTICLES), "articles_changed": changed}
