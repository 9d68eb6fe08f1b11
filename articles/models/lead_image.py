"""An optional picture at the top of an article's or a condition's page."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class LeadImage(models.Model):
    """The lead image's fields. Its alt text and caption are translated (each model
    names them in ``translated_fields``); whether it is decorative is not."""

    lead_image = models.ForeignKey(
        "images.Image",
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        # An image a page shows cannot be deleted from under it.
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("An optional picture shown at the top of the page."),
    )
    lead_image_alt = models.CharField(
        _("lead image alt text"),
        max_length=300,
        blank=True,
        help_text=_(
            "What the picture shows, for people who cannot see it. Leave empty to use "
            "the image's own alt text."
        ),
    )
    lead_image_decorative = models.BooleanField(
        _("lead image is decorative"),
        default=False,
        help_text=_("Tick if the picture adds nothing to the text: screen readers skip it."),
    )
    lead_image_caption = models.CharField(_("lead image caption"), max_length=300, blank=True)

    # Translated with the page's words (added to each model's translated_fields).
    LEAD_IMAGE_WORDS = ["lead_image_alt", "lead_image_caption"]
    LEAD_IMAGE_FIELDS = [
        "lead_image",
        "lead_image_alt",
        "lead_image_decorative",
        "lead_image_caption",
    ]

    class Meta:
        abstract = True
