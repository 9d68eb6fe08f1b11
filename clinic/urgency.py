"""How soon a patient needs help: the one scale used by care cards, the
safety net, triage outcomes and printouts (most urgent first).

The values are CLINICAL.md's outcome levels and the triage engine's constants
(``triage.engine.URGENCIES``); a test keeps the two in step.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Urgency(models.TextChoices):
    EMERGENCY = "emergency", _("Emergency")
    URGENT = "urgent", _("Urgent: get seen today")
    ROUTINE = "routine", _("Routine: book an appointment")
    SELF_CARE = "self_care", _("Self-care at home")

    @property
    def card_label(self) -> str:
        """The banner on a care card, in the NHS website's words."""
        return CARD_LABELS[self]

    @classmethod
    def subset(cls, *members: "Urgency", labels=None) -> list[tuple[str, str]]:
        """Choices for a field that takes only some levels."""
        return [(m.value, (labels or {}).get(m, m.label)) for m in members]


CARD_LABELS = {
    Urgency.EMERGENCY: _("Immediate action required"),
    Urgency.URGENT: _("Urgent advice"),
    Urgency.ROUTINE: _("Non-urgent advice"),
    Urgency.SELF_CARE: _("Self-care"),
}
