"""Changes to a live page, kept beside it until they are published; the workflow's log.

A published item is what patients see. When staff edit it, the change is
saved as a ``Draft`` (its content as data), not into the live row: the page,
search, sitemap, handouts and page cache keep serving the live version until
the draft is approved and published (as Wagtail keeps "live + draft").

Every workflow transition is written to ``WorkflowEvent`` with who did it and
their comment, so the author sees why a draft was returned.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.translation import gettext_lazy as _

from publishing.models.publishable import Status


class DraftQuerySet(models.QuerySet):
    def of(self, item):
        return self.filter(
            content_type=ContentType.objects.get_for_model(type(item)), object_id=item.pk
        )


class Draft(models.Model):
    """Unpublished changes to a live item: at most one per item."""

    STATES = [Status.DRAFT, Status.REVIEW, Status.APPROVED]

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    item = GenericForeignKey("content_type", "object_id")
    # The item's edited content (``Publishable.content_data``): fields, many-to-many
    # as sorted lists of ids, child rows such as care cards as lists of dicts.
    data = models.JSONField(encoder=DjangoJSONEncoder)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=[(s.value, s.label) for s in STATES],
        default=Status.DRAFT,
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    # The last person who changed the text (``updated_by`` also moves with workflow
    # steps): the history credits the published version to them, not to the publisher.
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    approved_on = models.DateField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = DraftQuerySet.as_manager()

    class Meta:
        db_table = "articles_draft"  # made before the publishing app existed
        verbose_name = _("draft of changes")
        verbose_name_plural = _("drafts of changes")
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id"], name="one_draft_per_item")
        ]

    def __str__(self):
        return f"{self.content_type.model} {self.object_id}: {self.get_status_display()}"


class WorkflowEventQuerySet(models.QuerySet):
    def of(self, item):
        return self.filter(
            content_type=ContentType.objects.get_for_model(type(item)), object_id=item.pk
        ).select_related("user")


class WorkflowEvent(models.Model):
    """One workflow transition: who, what, when and why."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    item = GenericForeignKey("content_type", "object_id")
    transition = models.CharField(_("action"), max_length=30)
    from_state = models.CharField(_("from"), max_length=12)
    to_state = models.CharField(_("to"), max_length=12)
    # Whether the transition acted on the draft of changes to a live item.
    on_draft = models.BooleanField(default=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    comment = models.TextField(_("comment"), blank=True)
    created = models.DateTimeField(auto_now_add=True, db_index=True)

    objects = WorkflowEventQuerySet.as_manager()

    class Meta:
        db_table = "articles_workflowevent"
        verbose_name = _("workflow event")
        ordering = ["-created", "-pk"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return f"{self.transition}: {self.from_state} → {self.to_state}"
