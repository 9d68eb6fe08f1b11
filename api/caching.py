"""What every API answer shares: one format, per-version memory, ETag and Cache-Control.

A 200 answer's data is kept in this process per content version
(``clinic.memo``), so a publish shows at once and a repeat costs no content
query; the throttle still counts every request. The memo keeps plain
immutable data only, so the data goes in deeply frozen (``frozen``) and each
request gets its own plain copy back (``thawed``), which renders to the same
bytes. Clients may keep an answer a
minute, and revalidate it with ``If-None-Match`` (304 when unchanged).
"""

import datetime
import decimal
import hashlib
import uuid
from collections.abc import Mapping
from types import MappingProxyType

from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.functional import Promise
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.utils.encoders import JSONEncoder

from clinic.memo import PLAIN, cached_per_version
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
        data = cached_per_version(f"api:{request.build_absolute_uri()}", lambda: frozen(load()))
        return thawed(data)


# Values JSON has no type for: the JSON renderer writes them as text (a
# decimal as a number).
AS_JSON_TEXT = (datetime.date, datetime.time, datetime.timedelta, decimal.Decimal, uuid.UUID)


def frozen(data):
    """``data`` (a serializer's, a feed's: dicts, lists, text, numbers) as plain
    immutable data: mappings read-only, lists tuples, lazy text words (in the
    active language, which the memo's key holds), dates and decimals as the
    JSON renderer writes them (its own encoder, so the bytes are the same)."""
    if isinstance(data, Mapping):
        return MappingProxyType({frozen(key): frozen(value) for key, value in data.items()})
    if isinstance(data, list | tuple):
        return tuple(frozen(part) for part in data)
    if isinstance(data, Promise) or isinstance(data, AS_JSON_TEXT):
        return JSONEncoder().default(data)
    if isinstance(data, str) and type(data) not in PLAIN:
        # A choice (e.g. Urgency): JSON writes a str subclass as its text.
        return str.__str__(data)
    return data


def thawed(data):
    """A plain copy of ``frozen`` data (dicts and lists) for one response to render."""
    if isinstance(data, MappingProxyType):
        return {key: thawed(value) for key, value in data.items()}
    if isinstance(data, tuple):
        return [thawed(part) for part in data]
    return data
