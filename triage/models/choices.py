"""Choices and validators shared by the triage models."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from clinic.urgency import Urgency
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


# The safety net lists what is an emergency and what needs help today.
SAFETY_NET_LEVELS = Urgency.subset(
    Urgency.EMERGENCY,
    Urgency.URGENT,
    labels={Urgency.EMERGENCY: _("Emergency: call the emergency number")},
)
