"""The conditions catalogue: NHS-style condition pages with care advice cards."""

import re
from functools import cached_property

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from articles.fields import ChoiceListField
from articles.models.languages import translation_languages
from articles.models.lead_image import LeadImage
from articles.pictures import check_figures, check_lead_image
from clinic.urgency import CARD_LABELS, Urgency
from publishing.models.publishable import Publishable
from publishing.richtext import RichTextField


class Onset(models.TextChoices):
    INJURY = "injury", _("Sudden injury")
    OVERUSE = "overuse", _("Overuse")
    # Value kept for stored rows; the label is what patients see as a filter.
    WEAR = "wear", _("Gradual, with age")


class Area(models.TextChoices):
    FRONT = "front", _("Front of the knee")
    INNER = "inner", _("Inner side")
    OUTER = "outer", _("Outer side")
    BACK = "back", _("Back of the knee")
    WHOLE = "whole", _("Whole knee")


# Care cards come in three levels, labelled as on NHS care cards.
CARE_CARD_LEVELS = Urgency.subset(
    Urgency.EMERGENCY, Urgency.URGENT, Urgency.ROUTINE, labels=CARD_LABELS
)


# ICD-10-CM: a letter, two characters, then up to four after the dot.
ICD10_CODE = re.compile(r"^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$")
# What a patient or clinician may type to look a code up: a code or its start.
ICD10_PREFIX = re.compile(r"^[A-Z]([0-9]([0-9A-Z](\.[0-9A-Z]{0,4})?)?)?$")


def icd10_code_match(code: str, field: str = "icd10_codes") -> Q:
    """Rows where a code in ``field`` (codes stored space-separated) starts with ``code``."""
    return Q(**{f"{field}__startswith": code}) | Q(**{f"{field}__contains": f" {code}"})


def parse_icd10_codes(text: str) -> list[str]:
    return [code.upper() for code in re.split(r"[\s,;]+", text or "") if code]


def validate_icd10_codes(text: str) -> None:
    bad = [code for code in parse_icd10_codes(text) if not ICD10_CODE.match(code)]
    if bad:
        raise ValidationError(
            _("Not a valid ICD-10-CM code: %(codes)s. Write codes like M17.11 or S83.511A."),
            params={"codes": ", ".join(bad)},
            code="invalid_icd10",
        )


def _name_key(name: str) -> str:
    """A name as compared for repeats: lower case, letters and digits only."""
    return re.sub(r"[\W_]+", "", name.casefold())


def text_lines(text: str) -> list[str]:
    """The non-empty lines of a one-per-line field, stripped."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def check_names_are_distinct(*, name: str, aliases: list[str]) -> None:
    """The "also known as" lines must not repeat the name or each other.

    Case, spaces and punctuation do not count: "Runners knee" repeats
    "Runner's knee" (such spellings belong in the search aliases). Checked for a
    condition and for each of its translations.
    """
    seen = {_name_key(name)} if name else set()
    repeats = []
    for alias in aliases:
        key = _name_key(alias)
        if key in seen:
            repeats.append(alias)
        seen.add(key)
    if repeats:
        raise ValidationError(
            {
                "also_known_as": _(
                    "Each name must be different from the condition's name and from "
                    "the other names: %(names)s. Put other spellings in search aliases."
                )
                % {"names": ", ".join(repeats)}
            },
            code="duplicate_name",
        )


def bullet_points(text: str) -> list[str]:
    """A card's bullet points: one a line, without the bullet a writer may type."""
    return [line.strip(" -•*\t") for line in text.splitlines() if line.strip(" -•*\t")]


def check_point_count(points: str) -> None:
    """A care card (or its translation) has at most ``CareAdvice.MAX_POINTS`` points."""
    if len(bullet_points(points)) > CareAdvice.MAX_POINTS:
        raise ValidationError(
            {"points": _("Use at most %(max)d bullet points.") % {"max": CareAdvice.MAX_POINTS}}
        )


class Activity(models.Model):
    """Something a patient does that can bring the pain on (running, stairs...)."""

    name = models.CharField(_("name"), max_length=60, unique=True)
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        ordering = ["order", "name"]

    def __str__(self):
        return self.display_name

    @property
    def display_name(self) -> str:
        """The name in the page's language, when its names were loaded with it
        (``prefetch_related("names")``); otherwise the English name."""
        language = get_language()
        if language and language != settings.LANGUAGE_CODE:
            for name in getattr(self, "_prefetched_objects_cache", {}).get("names", ()):
                if name.language == language:
                    return name.name
        return self.name


class ActivityName(models.Model):
    """An activity's name in another language (a third language is rows, not code)."""

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="names")
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=translation_languages,
    )
    name = models.CharField(_("name"), max_length=60)

    class Meta:
        verbose_name = _("name in another language")
        verbose_name_plural = _("names in other languages")
        constraints = [
            models.UniqueConstraint(fields=["activity", "language"], name="one_name_per_language")
        ]

    def __str__(self):
        return self.name


class Condition(Publishable, LeadImage):
    also_known_as = models.TextField(
        _("also known as"),
        blank=True,
        help_text=_(
            "Other names patients use, shown as “Also called”: one per line. "
            "Do not repeat the name or another line."
        ),
    )
    search_aliases = models.TextField(
        _("search aliases"),
        blank=True,
        help_text=_(
            "Other names and abbreviations that search should find but patients "
            "are not shown, e.g. LCA, LCM: one per line. Search already forgives "
            "typing mistakes, so there is no need to add misspellings."
        ),
    )
    icd10_codes = models.CharField(
        _("ICD-10-CM codes"),
        max_length=300,
        blank=True,
        validators=[validate_icd10_codes],
        help_text=_("Separated by spaces or commas, e.g. M17.11 M17.12."),
    )
    onset = models.CharField(
        _("how it starts"), max_length=10, choices=Onset.choices, db_index=True
    )
    areas = ChoiceListField(_("where it hurts"), choice_values=Area.choices)
    activities = models.ManyToManyField(
        Activity, verbose_name=_("brought on by"), blank=True, related_name="conditions"
    )
    overview = RichTextField(verbose_name=_("overview"))
    symptoms = RichTextField(verbose_name=_("symptoms"), blank=True)
    causes = RichTextField(verbose_name=_("causes"), blank=True)
    self_care = RichTextField(verbose_name=_("things you can do yourself"), blank=True)
    treatment = RichTextField(verbose_name=_("treatment"), blank=True)
    prevention = RichTextField(verbose_name=_("prevention"), blank=True)
    related_articles = models.ManyToManyField(
        "articles.Article",
        verbose_name=_("related articles"),
        blank=True,
        related_name="related_conditions",
    )

    history = HistoricalRecords(excluded_fields=["updated"])

    # The page's sections, in the order patients read them.
    SECTIONS = ["overview", "symptoms", "causes", "self_care", "treatment", "prevention"]
    # The care cards are part of the page: drafts carry them (publishing/models/publishable.py).
    content_children = ("care_advice",)
    # What a translation (articles/models/translation.py) translates: its fields,
    # the admin form, the overlay and the search document follow this list.
    translated_fields = [
        "title",
        "also_known_as",
        "search_aliases",
        "summary",
        *SECTIONS,
        *LeadImage.LEAD_IMAGE_WORDS,
    ]

    class Meta:
        verbose_name = _("condition")
        verbose_name_plural = _("conditions")
        ordering = ["title"]
        permissions = [
            ("review_condition", _("Can approve conditions after clinical review")),
            ("publish_condition", _("Can publish and archive conditions")),
        ]

    def save(self, *args, **kwargs):
        self.icd10_codes = " ".join(parse_icd10_codes(self.icd10_codes))
        self.also_known_as = "\n".join(self.aliases)
        self.search_aliases = "\n".join(self.search_alias_list)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        check_names_are_distinct(name=self.title, aliases=self.aliases)
        check_lead_image(self)
        check_figures(self)

    def get_absolute_url(self):
        return reverse("conditions:detail", args=[self.slug])

    @property
    def name(self) -> str:
        return self.title

    @property
    def aliases(self) -> list[str]:
        return text_lines(self.also_known_as)

    @property
    def search_alias_list(self) -> list[str]:
        return text_lines(self.search_aliases)

    @property
    def codes(self) -> list[str]:
        return parse_icd10_codes(self.icd10_codes)

    def get_areas_display(self) -> list[str]:
        labels = dict(Area.choices)
        return [labels[a] for a in self.areas if a in labels]

    @cached_property
    def care_cards(self) -> tuple:
        """Its care cards in reading order, as the page shows them (load them with
        ``prefetch_related("care_advice")``). A page in another language holds its
        translated cards here (articles/localise.py)."""
        return tuple(self.care_advice.all())

    def sections(self) -> list[dict]:
        """Each non-empty section (name, heading, html), in reading order."""
        return [
            {
                "name": name,
                "heading": self._meta.get_field(name).verbose_name,
                "html": getattr(self, name),
            }
            for name in self.SECTIONS
            if getattr(self, name)
        ]


class CareAdvice(models.Model):
    """A care card: when to get help, how urgently, and what to do."""

    MAX_POINTS = 5
    # What a care card translation translates (urgency and order stay the card's).
    translated_fields = ["heading", "points", "action"]

    condition = models.ForeignKey(Condition, on_delete=models.CASCADE, related_name="care_advice")
    urgency = models.CharField(_("urgency"), max_length=10, choices=CARE_CARD_LEVELS)
    heading = models.CharField(
        _("heading"),
        max_length=150,
        help_text=_("When this applies, e.g. “Go to the emergency room (ER) if:”."),
    )
    points = models.TextField(
        _("bullet points"),
        blank=True,
        help_text=_("One per line, at most 5. Short and plain."),
    )
    action = models.CharField(
        _("call to action"), max_length=200, help_text=_("One thing to do, e.g. “Call 911 now.”")
    )
    order = models.PositiveSmallIntegerField(
        _("order"), default=0, validators=[MaxValueValidator(99)]
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("care advice card")
        verbose_name_plural = _("care advice cards")
        ordering = ["order", "pk"]

    def __str__(self):
        return self.heading

    @property
    def anchor(self) -> str:
        """The card heading's id (a draft's new cards have no pk yet)."""
        return f"care-card-{self.pk}" if self.pk else f"care-card-new-{self.order}"

    @property
    def point_list(self) -> list[str]:
        return bullet_points(self.points)

    def clean(self):
        check_point_count(self.points)
        # Emergency and urgent cards render the clinic's one shared red-flag
        # list, so only a routine card must bring its own points.
        if self.urgency == Urgency.ROUTINE and not self.point_list:
            raise ValidationError({"points": _("Add at least one bullet point.")})
