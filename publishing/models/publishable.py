"""The publishable base shared by articles and conditions.

Workflow: draft -> in review -> approved -> published -> archived, declared
once in ``publishing/workflow.py`` and run by ``publishing/services.py``; models
only derive fields. Changes to a live item wait in a ``Draft`` (revision.py).
"""

from datetime import date
from html import escape

from django.conf import settings
from django.core import serializers
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


# What only the workflow changes (publishing/services.py): an item's content
# (a draft of changes, a content save, a revert) never carries or overwrites them.
WORKFLOW_FIELDS = (
    "status",
    "author",
    "reviewed_by",
    "reviewed_on",
    "next_review_due",
    "submitted_by",
    "is_demo",
    "updated_by",
    "version",
    "revision",
    "last_published",
    "created",
    "updated",
)
# Figures derived from the text on save.
DERIVED_FIELDS = ("reading_grade", "smog", "word_count", "reading_minutes")


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

    # Relations whose rows are part of the content (e.g. a condition's care
    # cards): a draft of changes carries them, publishing it restores them.
    content_children: tuple[str, ...] = ()

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

    # Content as data (as Wagtail's RevisionMixin) ------------------------------
    #
    # {"fields": {name: value}, "m2m": {name: [sorted ids]}, "inlines": {relation: [rows]}}:
    # the format a ``Draft`` stores. A row is a child's field values (foreign keys
    # as ``<name>_id``); it may carry the child's "id" to change that row in place.

    def content_data(self, *, m2m: dict | None = None, children: dict | None = None) -> dict:
        """This item's content (its unsaved values too) as data; many-to-many choices
        and child rows are read from the database unless given."""
        fields = serializers.serialize("python", [self])[0]["fields"]
        for name in (*WORKFLOW_FIELDS, *DERIVED_FIELDS):
            fields.pop(name, None)
        for field in self._meta.many_to_many:
            fields.pop(field.name, None)
        if m2m is None:
            m2m = {field.name: self.related_ids(field.name) for field in self._meta.many_to_many}
        if children is None:
            children = {name: self.child_rows(name) for name in self.content_children}
        return {"fields": fields, "m2m": m2m, "inlines": children}

    def related_ids(self, name: str) -> list:
        """A many-to-many choice as sorted ids: a set, whatever order the database gives."""
        return sorted(getattr(self, name).values_list("pk", flat=True))

    def child_rows(self, name: str, *, with_ids: bool = False) -> list[dict]:
        """The saved rows of one content relation, as data."""
        related = getattr(self, name)
        names = _row_fields(related.model, parent=related.field)
        rows = []
        for child in related.all():
            row = {key: getattr(child, attname) for key, attname in names}
            rows.append({"id": child.pk, **row} if with_ids else row)
        return rows

    @classmethod
    def content_child_for(cls, model) -> str | None:
        """The content relation whose rows are ``model`` rows (e.g. "care_advice")."""
        for name in cls.content_children:
            if getattr(cls, name).rel.related_model is model:
                return name
        return None

    def with_content(self, data: dict):
        """Set the data's fields on this (unsaved) instance, as ``Revision.as_object``:
        for the change form, previews, and before a save."""
        edited = next(
            serializers.deserialize(
                "python",
                [{"model": self._meta.label_lower, "pk": self.pk, "fields": data["fields"]}],
            )
        ).object
        for name in data["fields"]:
            field = self._meta.get_field(name)
            setattr(self, field.attname, getattr(edited, field.attname))
        return self

    def restore_relations(self, data: dict) -> None:
        """Write the data's many-to-many choices and child rows to this saved item.

        Only the relations the data names change. A row with the "id" of a child
        changes it in place (saved only when a value differs); other children are
        deleted and rows without an id are added, one by one so that each child's
        history records it (credited like the item, to ``_history_user``).
        """
        for name, ids in data.get("m2m", {}).items():
            getattr(self, name).set(ids)
        for name, rows in data.get("inlines", {}).items():
            self._restore_children(name, rows)

    def _restore_children(self, name: str, rows: list[dict]) -> None:
        related = getattr(self, name)
        existing = {child.pk: child for child in related.all()}
        kept = {row["id"] for row in rows if row.get("id") in existing}
        if kept != existing.keys():
            related.exclude(pk__in=kept).delete()
        for row in rows:
            values = {key: value for key, value in row.items() if key != "id"}
            child = existing.get(row.get("id")) or related.model(**{related.field.name: self})
            if child.pk and all(getattr(child, key) == value for key, value in values.items()):
                continue
            for key, value in values.items():
                setattr(child, key, value)
            if hasattr(self, "_history_user"):
                child._history_user = self._history_user
            child.save()


def _row_fields(model, *, parent) -> list[tuple[str, str]]:
    """(key in a row, attribute) of a child model's editable fields, the parent's link left out."""
    return [
        (field.attname if field.is_relation else field.name, field.attname)
        for field in model._meta.concrete_fields
        if field.editable and not field.primary_key and field != parent
    ]
