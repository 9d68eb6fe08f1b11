from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from articles.models.lead_image import LeadImage
from articles.pictures import check_figures, check_lead_image
from publishing.models.publishable import Publishable
from publishing.richtext import RichTextField


class Topic(models.TextChoices):
    CAUSES = "causes", _("Causes")
    PREVENTION = "prevention", _("Prevention")
    TECHNIQUE = "technique", _("Technique")
    TREATMENT = "treatment", _("Treatment")
    RECOVERY = "recovery", _("Recovery")
    WHEN_TO_GET_HELP = "when_to_get_help", _("When to get help")


class Article(Publishable, LeadImage):
    body = RichTextField(verbose_name=_("body"))
    topic = models.CharField(_("topic"), max_length=20, choices=Topic.choices, db_index=True)

    history = HistoricalRecords(excluded_fields=["updated"])

    # What a translation (articles/models/translation.py) translates.
    translated_fields = ["title", "summary", "body", *LeadImage.LEAD_IMAGE_WORDS]

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        ordering = ["title"]
        permissions = [
            ("review_article", _("Can approve articles after clinical review")),
            ("publish_article", _("Can publish and archive articles")),
        ]

    def clean(self):
        super().clean()
        check_lead_image(self)
        check_figures(self)

    def get_absolute_url(self):
        return reverse("articles:detail", args=[self.slug])
