"""The questionnaire's one safety-net list, for content pages (care cards and the
"When to get help" article): ``{% live_safety_net as items %}``."""

from django import template

from triage.models import SafetyNetItem

register = template.Library()


@register.simple_tag(takes_context=True)
def live_safety_net(context):
    """The published questionnaire's warning signs, read once per request."""
    request = context.get("request")
    cached = getattr(request, "_live_safety_net", None)
    if cached is None:
        cached = list(SafetyNetItem.objects.live())
        if request is not None:
            request._live_safety_net = cached
    return cached
