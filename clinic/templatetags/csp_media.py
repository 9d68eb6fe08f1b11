"""Form media with the request's CSP nonce.

django-prose-editor's widget brings an inline ``<script type="importmap">``
(django-js-asset); a strict Content-Security-Policy blocks it unless the tag
carries this request's nonce.
"""

from django import template
from js_asset import Media

register = template.Library()


@register.simple_tag(takes_context=True)
def media_with_nonce(context, media):
    request = context.get("request")
    nonce = getattr(request, "csp_nonce", "") if request is not None else ""
    return Media.from_media(media, nonce=nonce).render()
