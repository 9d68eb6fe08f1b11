"""One scale of urgency for care cards, the safety net, triage outcomes and printouts."""

from articles.models import CareAdvice
from clinic.urgency import Urgency
from triage import engine
from triage.models import Outcome, SafetyNetItem, Submission
from triage.safety_net import GROUP_URGENCY


def test_the_scale_is_the_triage_engines():
    assert tuple(Urgency.values) == engine.URGENCIES


def test_every_model_takes_its_levels_from_the_one_scale():
    def values(model, field):
        return [value for value, _label in model._meta.get_field(field).choices]

    assert values(Outcome, "urgency") == values(Submission, "urgency") == Urgency.values
    # The safety net's three groups (CLINICAL.md v3.1) each belong to one level of the scale.
    assert values(SafetyNetItem, "level") == ["emergency", "urgent_doctor", "urgent"]
    assert {group: str(level) for group, level in GROUP_URGENCY.items()} == {
        "emergency": Urgency.EMERGENCY,
        "urgent_doctor": Urgency.URGENT,
        "urgent": Urgency.URGENT,
    }
    assert values(CareAdvice, "urgency") == [Urgency.EMERGENCY, Urgency.URGENT, Urgency.ROUTINE]


def test_care_cards_keep_the_nhs_banners():
    card = CareAdvice(urgency=Urgency.EMERGENCY)
    assert card.get_urgency_display() == "Immediate action required"
    assert Urgency.URGENT.card_label == "Urgent advice"
