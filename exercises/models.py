"""Exercises and programme templates: published content, like articles.

An exercise is reviewed, published and translated as an article is (the same
workflow, review dates, live + draft and history): its name, what it is for,
numbered steps, a start and an end picture from the image library, a default
dose, easier and harder versions, equipment, position, stage and the
conditions it helps. A programme template is an ordered list of exercises,
each with its dose ("Runner's knee: first 2 weeks"), from which staff start a
patient's programme at the visit (handouts/programme.py).

"Stop and get help if" is not written here: every exercise page and programme
shows the clinic's one safety net (CLINICAL.md), never new text.
"""

from html import escape

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from articles.fields import ChoiceListField
from articles.models.condition import text_lines
from articles.models.translation import Translation, translated_text
from exercises.dose import LIMITS, Dose
from publishing.models.publishable import Publishable


class Stage(models.TextChoices):
    EARLY = "early", _("Early: the first days and weeks")
    MIDDLE = "middle", _("Middle: building strength")
    LATE = "late", _("Late: back to your activities")


class Position(models.TextChoices):
    LYING = "lying", _("Lying on your back")
    SIDE_LYING = "side_lying", _("Lying on your side")
    FRONT_LYING = "front_lying", _("Lying on your front")
    SITTING = "sitting", _("Sitting")
    STANDING = "standing", _("Standing")


class Equipment(models.TextChoices):
    NONE = "none", _("No equipment")
    CHAIR = "chair", _("A chair")
    STEP = "step", _("A step or stair")
    WALL = "wall", _("A wall")
    TOWEL = "towel", _("A towel")
    BAND = "band", _("An exercise band")
    BALL = "ball", _("A ball")


def _limited(name: str):
    low, high = LIMITS[name]
    return [MinValueValidator(low), MaxValueValidator(high)]


class DoseFields(models.Model):
    """The five parts of a dose (exercises/dose.py), within the same limits everywhere."""

    sets = models.PositiveSmallIntegerField(_("sets"), default=1, validators=_limited("sets"))
    repetitions = models.PositiveSmallIntegerField(
        _("repetitions"), default=10, validators=_limited("repetitions")
    )
    hold_seconds = models.PositiveSmallIntegerField(
        _("hold (seconds)"),
        default=0,
        validators=_limited("hold_seconds"),
        help_text=_("0 if there is no hold."),
    )
    times_a_day = models.PositiveSmallIntegerField(
        _("times a day"), default=1, validators=_limited("times_a_day")
    )
    days_a_week = models.PositiveSmallIntegerField(
        _("days a week"), default=7, validators=_limited("days_a_week")
    )

    class Meta:
        abstract = True

    @property
    def dose(self) -> Dose:
        return Dose.of(self)


MAX_STEPS = 8


class ExerciseWords:
    """What an exercise and its translation do alike with their words: other names
    and steps one a line (kept tidy on save, at least one step and at most
    ``MAX_STEPS``), and the purpose and steps counted in the readability figures."""

    def save(self, *args, **kwargs):
        self.also_known_as = "\n".join(self.aliases)
        self.steps = "\n".join(self.step_list)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        check_steps(self.steps, max_steps=MAX_STEPS)

    def readable_parts(self) -> list[str]:
        steps = [f"<p>{escape(step)}</p>" for step in self.step_list]
        return [*super().readable_parts(), f"<p>{escape(self.purpose)}</p>", *steps]

    @property
    def aliases(self) -> list[str]:
        return text_lines(self.also_known_as)

    @property
    def step_list(self) -> list[str]:
        return step_lines(self.steps)


class Exercise(ExerciseWords, Publishable, DoseFields):
    also_known_as = models.TextField(
        _("also known as"),
        blank=True,
        help_text=_("Other names patients or staff use: one per line."),
    )
    purpose = models.TextField(
        _("what it is for"),
        max_length=400,
        help_text=_("In plain words, e.g. “Makes the muscle at the front of your thigh stronger.”"),
    )
    steps = models.TextField(
        _("steps"),
        help_text=_("One step per line, in order. They are numbered for you."),
    )
    start_image = models.ForeignKey(
        "images.Image",
        verbose_name=_("start picture"),
        on_delete=models.PROTECT,
        null=True,
        related_name="+",
        help_text=_("How to start: a picture from the image library."),
    )
    end_image = models.ForeignKey(
        "images.Image",
        verbose_name=_("end picture"),
        on_delete=models.PROTECT,
        null=True,
        related_name="+",
        help_text=_("How it ends, or the movement: a picture from the image library."),
    )
    easier = models.ForeignKey(
        "self",
        verbose_name=_("easier version"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    harder = models.ForeignKey(
        "self",
        verbose_name=_("harder version"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    equipment = ChoiceListField(
        _("equipment"),
        choice_values=Equipment.choices,
        blank=False,
        help_text=_("What the patient needs. Tick “No equipment” alone when nothing is needed."),
    )
    position = models.CharField(
        _("position"), max_length=12, choices=Position.choices, db_index=True
    )
    stage = models.CharField(_("stage"), max_length=8, choices=Stage.choices, db_index=True)
    conditions = models.ManyToManyField(
        "articles.Condition",
        verbose_name=_("conditions it helps"),
        blank=True,
        related_name="exercises",
    )

    history = HistoricalRecords(excluded_fields=["updated"])

    # What a translation translates (articles/models/translation.py); the dose,
    # pictures, equipment and links stay the exercise's.
    translated_fields = ["title", "also_known_as", "summary", "purpose", "steps"]

    class Meta:
        verbose_name = _("exercise")
        verbose_name_plural = _("exercises")
        ordering = ["title"]
        permissions = [
            ("review_exercise", _("Can approve exercises after clinical review")),
            ("publish_exercise", _("Can publish and archive exercises")),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("exercises:detail", args=[self.slug])

    def clean(self):
        super().clean()
        errors = {}
        if Equipment.NONE in (self.equipment or []) and len(self.equipment) > 1:
            errors["equipment"] = _("“No equipment” cannot go with other equipment.")
        if self.pk and self.easier_id == self.pk:
            errors["easier"] = _("An exercise cannot be its own easier version.")
        if self.pk and self.harder_id == self.pk:
            errors["harder"] = _("An exercise cannot be its own harder version.")
        if self.easier_id and self.easier_id == self.harder_id:
            errors["harder"] = _("Choose a different exercise for the easier and harder versions.")
        if self.start_image_id and self.start_image_id == self.end_image_id:
            errors["end_image"] = _("Choose a different picture for the start and the end.")
        if errors:
            raise ValidationError(errors)

    def get_equipment_display(self) -> list[str]:
        labels = dict(Equipment.choices)
        return [labels[value] for value in self.equipment if value in labels]


def step_lines(text: str) -> list[str]:
    """The steps, one a line, without a number or bullet a writer may type ("1.", "-")."""
    lines = []
    for line in text_lines(text or ""):
        line = line.lstrip("-•*\t ")
        head, dot, rest = line.partition(".")
        if dot and head.isdigit() and rest.strip():
            line = rest.strip()
        lines.append(line)
    return lines


def check_steps(text: str, *, max_steps: int) -> None:
    count = len(step_lines(text))
    if count == 0:
        raise ValidationError({"steps": _("Write at least one step.")})
    if count > max_steps:
        raise ValidationError(
            {"steps": _("Use at most %(max)d steps: one a line.") % {"max": max_steps}}
        )


class ProgrammeTemplate(Publishable):
    """An ordered list of exercises with their doses, reviewed and published like
    the rest, from which staff start a patient's programme."""

    conditions = models.ManyToManyField(
        "articles.Condition",
        verbose_name=_("conditions"),
        blank=True,
        related_name="programme_templates",
    )

    history = HistoricalRecords(excluded_fields=["updated"])

    # The exercises and their doses are part of the template: drafts carry them.
    content_children = ("items",)
    translated_fields = ["title", "summary"]
    MAX_ITEMS = 12

    class Meta:
        verbose_name = _("programme template")
        verbose_name_plural = _("programme templates")
        ordering = ["title"]
        permissions = [
            (
                "review_programmetemplate",
                _("Can approve programme templates after clinical review"),
            ),
            ("publish_programmetemplate", _("Can publish and archive programme templates")),
        ]

    def get_absolute_url(self):
        return reverse("exercises:template", args=[self.slug])


class ProgrammeTemplateItem(DoseFields):
    template = models.ForeignKey(ProgrammeTemplate, on_delete=models.CASCADE, related_name="items")
    exercise = models.ForeignKey(
        Exercise, verbose_name=_("exercise"), on_delete=models.PROTECT, related_name="+"
    )
    order = models.PositiveSmallIntegerField(
        _("order"), default=0, validators=[MaxValueValidator(99)]
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("exercise in the programme")
        verbose_name_plural = _("exercises in the programme")
        ordering = ["order", "pk"]

    def __str__(self):
        return str(self.exercise) if self.exercise_id else ""


class ExerciseTranslation(ExerciseWords, Translation, translated_text(Exercise)):
    source = models.ForeignKey(
        Exercise,
        verbose_name=_("English exercise"),
        on_delete=models.CASCADE,
        related_name="translations",
    )

    history = HistoricalRecords(excluded_fields=["updated"])
    source_url_name = "exercises:detail"

    class Meta:
        verbose_name = _("exercise translation")
        verbose_name_plural = _("exercise translations")
        ordering = ["source__title", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "language"], name="one_exercise_translation_per_language"
            )
        ]
        permissions = [
            ("review_exercisetranslation", _("Can approve exercise translations")),
            ("publish_exercisetranslation", _("Can publish and archive exercise translations")),
        ]


class ProgrammeTemplateTranslation(Translation, translated_text(ProgrammeTemplate)):
    source = models.ForeignKey(
        ProgrammeTemplate,
        verbose_name=_("English programme template"),
        on_delete=models.CASCADE,
        related_name="translations",
    )

    history = HistoricalRecords(excluded_fields=["updated"])
    source_url_name = "exercises:template"

    class Meta:
        verbose_name = _("programme template translation")
        verbose_name_plural = _("programme template translations")
        ordering = ["source__title", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "language"], name="one_template_translation_per_language"
            )
        ]
        permissions = [
            (
                "review_programmetemplatetranslation",
                _("Can approve programme template translations"),
            ),
            (
                "publish_programmetemplatetranslation",
                _("Can publish and archive programme template translations"),
            ),
        ]
