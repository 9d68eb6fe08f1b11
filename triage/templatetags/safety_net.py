"""The questionnaire's one safety-net list, for content pages (care cards and the
"When to get help" article): ``{% live_safety_net as items %}``."""

from django import template
from django.conf import settings

from triage import texts
from triage.models import PartKind, SafetyNetItem, Translation

register = template.Library()


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
