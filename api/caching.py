"""What every API answer shares: one format, per-version memory, ETag and Cache-Control.

A 200 answer's data is kept in this process per content version
(``clinic.memo``), so a publish shows at once and a repeat costs no content
query; the throttle still counts every request. Clients may keep an answer a
minute, and revalidate it with ``If-None-Match`` (304 when unchanged).
"""

import hashlib

from django.utils.cache import get_conditional_response, patch_cache_control
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response

from clinic.memo import cached_per_version
from clinic.pagecache import BROWSER_SECONDS


class FirstRendererOnly(BaseContentNegotiation):
    """JSON whatever ``Accept`` says: the format is the address's (or, for
    the Infobutton, ``knowledgeResponseType``), never a 406."""

    def select_parser(self, request, parsers):
        return parsers[0] if parsers else None

    def select_renderer(self, request, renderers, format_suffix=None):
        return (renderers[0], renderers[0].media_type)


def with_validators(request, response):
    """ETag and Cache-Control on a successful read; 304 when the client has it."""
    if request.method not in ("GET", "HEAD") or response.status_code != 200:
        return response
    if hasattr(response, "render") and not response.is_rendered:
        response.render()
    etag = '"' + hashlib.blake2b(response.content, digest_size=16).hexdigest() + '"'
    response["ETag"] = etag
    patch_cache_control(response, public=True, max_age=BROWSER_SECONDS)
    return get_conditional_response(request, etag=etag, response=response)


class ProblemsInJSONMixin:
    """Problems are JSON even where answers have another format (the schema's YAML)."""

    content_negotiation_class = FirstRendererOnly

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if isinstance(response, Response) and response.status_code >= 400:
            response.accepted_renderer = JSONRenderer()
            response.accepted_media_type = JSONRenderer.media_type
        return response


class CachedReadMixin(ProblemsInJSONMixin):
    def dispatch(self, request, *args, **kwargs):
        response = super().dispatch(request, *args, **kwargs)
        return with_validators(request, response)

    @staticmethod
    def remembered(request, load):
        """``load()`` kept per content version under this exact address (host included:
        the data holds absolute links)."""
        return cached_per_version(f"api:{request.build_absolute_uri()}", load)
