"""Choices and validators shared by the triage models."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from clinic.urgency import Urgency  # noqa: F401  (the models import it from here)
from triage import engine


class QuestionnaireStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")
    RETIRED = "retired", _("Retired")


class QuestionKind(models.TextChoices):
    YES_NO = engine.YES_NO, _("Yes or no")
    CHOICE = engine.CHOICE, _("One choice from a list")
    NUMBER = engine.NUMBER, _("Whole number")


class Operator(models.TextChoices):
    EQ = "eq", _("equals")
    IN = "in", _("is one of (comma-separated)")
    GTE = "gte", "≥"
    GT = "gt", ">"
    LTE = "lte", "≤"
    LT = "lt", "<"


key_validator = RegexValidator(
    r"^[a-z][a-z0-9_]{0,39}$", _("Lower-case letters, digits and _; start with a letter.")
)


class SafetyGroup(models.TextChoices):
    """The safety net's three groups (CLINICAL.md v3.1), most urgent first. Each
    matches the outcome of that rank: a sign the rules send to an outcome must be
    listed in that outcome's group or a more urgent one."""

    EMERGENCY = "emergency", _("Call the emergency number or go to the ER now")
    URGENT_DOCTOR = "urgent_doctor", _("See a doctor today")
    URGENT = "urgent", _("Get seen today at the clinic or urgent care")

    @property
    def rank(self) -> int:
        """1 for the most urgent group: the rank of the outcome it matches."""
        return list(SafetyGroup).index(self) + 1
