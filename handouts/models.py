"""Handout packs: named, ordered sets of articles and conditions printed together."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class HandoutPack(models.Model):
    """A named, ordered set of articles and conditions printed together at a visit."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    description = models.CharField(_("when to use it"), max_length=250, blank=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "articles_handoutpack"  # made before the handouts app existed
        verbose_name = _("handout pack")
        verbose_name_plural = _("handout packs")
        ordering = ["name"]

    def __str__(self):
        return self.name


class HandoutPackItem(models.Model):
    pack = models.ForeignKey(HandoutPack, on_delete=models.CASCADE, related_name="items")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    condition = models.ForeignKey(
        "articles.Condition", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )

    class Meta:
        db_table = "articles_handoutpackitem"
        verbose_name = _("item")
        ordering = ["order", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(article__isnull=False, condition__isnull=True)
                | Q(article__isnull=True, condition__isnull=False),
                name="pack_item_is_article_or_condition",
            )
        ]

    def __str__(self):
        return str(self.item)

    @property
    def item(self):
        return self.article or self.condition

    def clean(self):
        if bool(self.article_id) == bool(self.condition_id):
            raise ValidationError(_("Choose either an article or a condition for each item."))
