"""The questionnaire's one safety-net list (CLINICAL.md v3.1), for every page that
shows it: ``{% live_safety_net as items %}`` on content pages (care cards and
the "When to get help" article), and ``items|safety_groups`` to render it in
its three groups (``templates/includes/safety_net.html``)."""

from django import template
from django.conf import settings

from clinic.urgency import Urgency
from triage import texts
from triage.models import PartKind, SafetyNetItem, Translation
from triage.safety_net import GROUP_URGENCY, groups_for

register = template.Library()

__all__ = ["GROUP_URGENCY", "groups_for", "live_safety_net", "safety_groups"]


@register.simple_tag(takes_context=True)
def live_safety_net(context):
    """The published questionnaire's warning signs in the page's language (a sign
    without an up-to-date translation stays English), read once per request."""
    request = context.get("request")
    language = texts.patient_language()
    cache_name = f"_live_safety_net_{language}"
    cached = getattr(request, cache_name, None)
    if cached is None:
        cached = list(SafetyNetItem.objects.live())
        if language != settings.LANGUAGE_CODE:
            overlay = texts.Overlay(
                Translation.objects.live().for_language(language).filter(part=PartKind.SAFETY_NET)
            )
            for item in cached:
                overlay.safety_net_item(item)
        if request is not None:
            setattr(request, cache_name, cached)
    return cached


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
