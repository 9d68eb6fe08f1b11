"""The publishable base shared by articles and conditions.

Workflow: draft -> in review -> approved -> published -> archived, declared
once in ``publishing/workflow.py`` and run by ``publishing/services.py``; models
only derive fields. Changes to a live item wait in a ``Draft`` (revision.py).
"""

from datetime import date
from html import escape

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from publishing.readability import measure
from publishing.richtext import rich_text_fields, sanitize_rich_text, strip_control_characters


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    REVIEW = "review", _("In review")
    APPROVED = "approved", _("Approved, ready to publish")
    PUBLISHED = "published", _("Published")
    ARCHIVED = "archived", _("Archived")


class PublishableQuerySet(models.QuerySet):
    def published(self):
        """What the public may see: published, and live if scheduled."""
        return self.filter(status=Status.PUBLISHED).filter(
            Q(publish_at__isnull=True) | Q(publish_at__lte=timezone.now())
        )

    def not_archived(self):
        """Items staff may still link to: a draft's link works once it is published."""
        return self.exclude(status=Status.ARCHIVED)

    def due_for_review(self, on: date | None = None):
        """Published items whose next clinical review date has come."""
        return self.filter(status=Status.PUBLISHED, next_review_due__lte=on or timezone.localdate())

    def above_reading_target(self, target):
        return self.filter(reading_grade__gt=target)


def one_year_after(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


class Publishable(models.Model):
    """Fields and behaviour shared by everything staff write and publish."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"), max_length=200, unique=True, help_text=_("The last part of the page address.")
    )
    summary = models.TextField(
        _("summary"),
        max_length=300,
        help_text=_("One or two plain sentences. Shown in lists and search results."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    publish_at = models.DateTimeField(
        _("publish at"),
        null=True,
        blank=True,
        help_text=_("Leave empty to go live when published. A future time schedules it."),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("clinically reviewed by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    reviewed_on = models.DateField(_("reviewed on"), null=True, blank=True)
    next_review_due = models.DateField(_("next review due"), null=True, blank=True)
    # Only the demo loader sets it and only a clinical approval clears it
    # (publishing/services.py): patients never see review dates nobody gave.
    is_demo = models.BooleanField(
        _("sample content"),
        default=False,
        db_index=True,
        help_text=_(
            "Sample content shipped with the portal; patients see a sample notice "
            "instead of review dates until a clinical reviewer approves it."
        ),
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted for review by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("last changed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # Edit-conflict detection: every save adds one; a form that was opened at
    # an older version may not overwrite a newer one.
    version = models.PositiveIntegerField(default=1, editable=False)
    # Counts the times new text went live (a publish): translations record the
    # revision they were approved against, and are out of date past it.
    revision = models.PositiveIntegerField(_("published revision"), default=0, editable=False)
    last_published = models.DateTimeField(
        _("last published"), null=True, blank=True, editable=False
    )
    reading_grade = models.FloatField(_("reading grade"), default=0, editable=False)
    smog = models.FloatField(_("SMOG index"), default=0, editable=False)
    word_count = models.PositiveIntegerField(_("words"), default=0, editable=False)
    reading_minutes = models.PositiveIntegerField(_("reading minutes"), default=0, editable=False)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        sanitize_rich_text(self)
        strip_control_characters(self)
        self.refresh_readability()
        if not self._state.adding:
            self.version += 1
        super().save(*args, **kwargs)

    def readable_parts(self) -> list[str]:
        """The patient-facing text, as HTML fragments, in reading order."""
        parts = [f"<h1>{escape(self.title)}</h1>", f"<p>{escape(self.summary)}</p>"]
        return parts + [getattr(self, f.attname) for f in rich_text_fields(type(self))]

    def refresh_readability(self) -> None:
        figures = measure(*self.readable_parts())
        self.reading_grade = figures.grade
        self.smog = figures.smog
        self.word_count = figures.word_count
        self.reading_minutes = figures.reading_minutes

    def reviewed_against(self) -> dict:
        """Fields a clinical approval pins to what was approved (translations: the source)."""
        return {}

    @property
    def is_live(self) -> bool:
        return self.status == Status.PUBLISHED and (
            self.publish_at is None or self.publish_at <= timezone.now()
        )

    @property
    def review_overdue(self) -> bool:
        return bool(self.next_review_due and self.next_review_due <= timezone.localdate())
