"""The questionnaire's one safety-net list (CLINICAL.md v3.1), for every page that
shows it: ``{% live_safety_net as items %}`` on content pages (care cards and
the "When to get help" article), and ``items|safety_groups`` to render it in
its three groups (``templates/includes/safety_net.html``)."""

from django import template

from clinic.urgency import Urgency
from triage import selectors, texts
from triage.safety_net import GROUP_URGENCY, groups_for

register = template.Library()

__all__ = ["GROUP_URGENCY", "groups_for", "live_safety_net", "safety_groups"]


@register.simple_tag
def live_safety_net():
    """The published questionnaire's warning signs in the page's language (a sign
    without an up-to-date translation stays English): ``selectors.warning_signs``."""
    return selectors.warning_signs(texts.patient_language())


@register.filter
def safety_groups(items, urgencies=""):
    """[(group key, its signs)] most urgent first, in the list's order within a
    group; empty groups left out. With ``urgencies`` (a care card's level), only
    the groups of that level."""
    wanted = groups_for(urgencies)
    items = list(items or ())
    return [
        (group, signs)
        for group in wanted
        if (signs := [item for item in items if item.level == group])
    ]


@register.simple_tag
def groups_without_card(cards) -> str:
    """The urgencies ("emergency", "urgent") that no emergency or urgent care card
    of a condition shows, so that its page still holds all three groups."""
    shown = {card.urgency for card in cards}
    return ",".join(
        urgency for urgency in (Urgency.EMERGENCY, Urgency.URGENT) if urgency not in shown
    )
