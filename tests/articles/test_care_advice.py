"""Care cards: emergency and urgent cards may leave their own points empty (they
show the clinic's shared red-flag list); routine cards must bring points."""

import pytest
from django.core.exceptions import ValidationError

from articles.models import CareAdvice, Urgency


def card(urgency, points):
    return CareAdvice(urgency=urgency, heading="Get help if:", points=points, action="Act.")


@pytest.mark.parametrize("urgency", [Urgency.URGENT, Urgency.EMERGENCY])
def test_urgent_and_emergency_cards_may_have_no_points(urgency):
    card(urgency, "").clean()
    card(urgency, "  \n - \n").clean()


def test_routine_card_without_points_is_refused():
    with pytest.raises(ValidationError) as error:
        card(Urgency.ROUTINE, "").clean()
    assert "points" in error.value.message_dict


@pytest.mark.parametrize("urgency", [Urgency.ROUTINE, Urgency.URGENT, Urgency.EMERGENCY])
def test_at_most_five_points_still_applies_to_every_card(urgency):
    card(urgency, "\n".join(["One", "Two", "Three", "Four", "Five"])).clean()
    with pytest.raises(ValidationError) as error:
        card(urgency, "\n".join(["One", "Two", "Three", "Four", "Five", "Six"])).clean()
    assert "at most 5" in error.value.message_dict["points"][0]


def test_points_may_be_blank_in_forms():
    assert CareAdvice._meta.get_field("points").blank is True
