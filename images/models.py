"""The image library: one row per picture, its default alt texts per language,
and its renditions (the only files patients ever get).

Images are library items, not versioned with pages: pages refer to them by id
(a lead image's foreign key, a figure's ``data-image`` in rich text).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from images import storage


class Source(models.TextChoices):
    CLINIC = "clinic", _("Drawn or photographed by the clinic")
    OPEN_LICENCE = "open", _("Under an open licence (for example CC BY 4.0)")
    LICENSED = "licensed", _("Licensed from a supplier")


def original_name(image, filename: str) -> str:
    """Originals are kept under their content hash, never the uploader's file name."""
    return f"{image.content_hash[:2]}/{image.content_hash}"


FRACTION = [MinValueValidator(0.0), MaxValueValidator(1.0)]


class Image(models.Model):
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(
        _("file"), storage=storage.originals, upload_to=original_name, max_length=255
    )
    width = models.PositiveIntegerField(_("width"), editable=False)
    height = models.PositiveIntegerField(_("height"), editable=False)
    file_size = models.PositiveIntegerField(_("file size (bytes)"), editable=False)
    # The uploaded file's format as Pillow decoded it (jpeg, png, webp, avif).
    format = models.CharField(_("format"), max_length=10, editable=False)
    # sha256 of the uploaded bytes: the same file uploaded again finds this image.
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    # What must stay in view when a picture is cropped: fractions from the left and the top.
    focal_x = models.FloatField(_("focal point across"), null=True, blank=True, validators=FRACTION)
    focal_y = models.FloatField(_("focal point down"), null=True, blank=True, validators=FRACTION)
    source = models.CharField(_("source"), max_length=20, choices=Source.choices)
    credit = models.CharField(
        _("credit"),
        max_length=300,
        blank=True,
        help_text=_(
            "Who made it, and the licence: for example “Ana Silva, CC BY 4.0”. Needed for "
            "a picture under an open licence or licensed from a supplier."
        ),
    )
    source_url = models.URLField(
        _("source address"),
        blank=True,
        help_text=_(
            "Where the picture came from. Needed for a picture under an open licence, "
            "so that readers can find the original and its licence."
        ),
    )
    alt_text = models.CharField(
        _("alt text (English)"),
        max_length=300,
        blank=True,
        help_text=_(
            "What the picture shows, for people who cannot see it. Each use may change it."
        ),
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)
    # Two staff editing the same image: the second save is refused, not lost.
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        verbose_name = _("image")
        verbose_name_plural = _("images")
        ordering = ["title", "id"]

    def __str__(self):
        return self.title

    def clean(self):
        """A picture made by others names them: open licences (CC BY) ask for the
        author, the licence and a link to the original; a supplier's licence asks
        for its credit line."""
        errors = {}
        if self.source in (Source.OPEN_LICENCE, Source.LICENSED) and not self.credit.strip():
            errors["credit"] = _(
                "Say who made the picture and under which licence, for example "
                "“Ana Silva, CC BY 4.0”."
            )
        if self.source == Source.OPEN_LICENCE and not self.source_url:
            errors["source_url"] = _(
                "Give the address where you found the picture, so that readers can find "
                "the original and its licence."
            )
        if errors:
            raise ValidationError(errors)


class ImageAltText(models.Model):
    """The default alt text in a language other than English."""

    image = models.ForeignKey(Image, on_delete=models.CASCADE, related_name="alt_texts")
    language = models.CharField(_("language"), max_length=10)
    alt_text = models.CharField(_("alt text"), max_length=300)

    class Meta:
        verbose_name = _("alt text")
        verbose_name_plural = _("alt texts in other languages")
        constraints = [
            models.UniqueConstraint(fields=["image", "language"], name="one_alt_text_per_language")
        ]

    def __str__(self):
        return f"{self.language}: {self.alt_text}"


class Purpose(models.TextChoices):
    SCREEN = "screen", _("Screen")
    PRINT = "print", _("Print")


class Rendition(models.Model):
    """A re-encoded copy of an image: no metadata, orientation applied."""

    image = models.ForeignKey(Image, on_delete=models.CASCADE, related_name="renditions")
    purpose = models.CharField(max_length=10, choices=Purpose.choices)
    format = models.CharField(max_length=10)  # avif, webp, jpeg, png
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    file = models.FileField(storage=storage.renditions, max_length=255)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["image", "purpose", "format", "width"], name="one_rendition_per_kind"
            )
        ]

    def __str__(self):
        return f"{self.image_id} {self.purpose} {self.format} {self.width}w"
