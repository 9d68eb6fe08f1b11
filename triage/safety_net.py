"""The safety net's groups (CLINICAL.md v3.1) on the one urgency scale.

Care cards have a level of the scale (emergency, urgent, routine); the safety
net has three groups. An emergency card shows the emergency group, an urgent
card both "today" groups (see a doctor today; get seen today): so a condition
page's cards show the whole list, each sign once.
"""

from clinic.urgency import Urgency
from triage.models import SafetyGroup

GROUP_URGENCY = {
    SafetyGroup.EMERGENCY: Urgency.EMERGENCY,
    SafetyGroup.URGENT_DOCTOR: Urgency.URGENT,
    SafetyGroup.URGENT: Urgency.URGENT,
}


def groups_for(urgencies: str = "") -> list[str]:
    """The groups shown for care cards of ``urgencies`` ("emergency", "urgent" or
    both, comma-separated), most urgent first; all three without."""
    levels = {level.strip() for level in (urgencies or "").split(",") if level.strip()}
    return [group.value for group in SafetyGroup if not levels or GROUP_URGENCY[group] in levels]


def signs_for_card(signs, urgency: str) -> list:
    """The signs an emergency or urgent care card shows, in the list's order."""
    wanted = set(groups_for(urgency)) if urgency in (Urgency.EMERGENCY, Urgency.URGENT) else set()
    return [sign for sign in signs if sign.level in wanted]
