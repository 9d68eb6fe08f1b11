"""Plain immutable data kept in this process's memory per content version.

For what only changes when patients' content does: a results page of a
search, an API answer, the body of a list page. Nothing is pickled on the way
in or out, so every caller gets the same object: that is safe only because a
value must be plain immutable data (``PLAIN``: text, numbers, ``None``, and
tuples, frozensets, frozen dataclasses and ``MappingProxyType`` of those),
checked when it is built. A model instance, a queryset, a list or a dict is
refused with a ``TypeError``, so no caller can change what another is
handed (docs/architecture.md, "One caching rule"). Entries are keyed on the
shared content version (and the active language), so a
change shows everywhere within ``ContentVersion.LOCAL_SECONDS``; each is kept
at most ``SECONDS`` (scheduled items go live on time) and the least recently
used go first beyond ``ENTRIES``, or beyond ``PAGE_CACHE_MAX_BYTES`` of page
bodies (text: a list page's body is kept per address, query string included,
so many distinct query strings must not grow the process without bound).
"""

import dataclasses
import hashlib
import sys
import threading
import time
import types
from collections import OrderedDict

from django.conf import settings
from django.shortcuts import render
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from clinic.models import ContentVersion

SECONDS = 300
ENTRIES = 2000

_entries: OrderedDict[str, tuple[float, object, int]] = OrderedDict()
_lock = threading.Lock()  # runserver serves requests in threads
_text = {"bytes": 0}  # the text the entries hold, counted against the bound

# Exact types, not subclasses: a subclass may carry attributes one could
# change. SafeString is str marked as escaped, and has no attributes of its own.
PLAIN = (str, SafeString, bytes, int, float, bool, type(None))


def cached_per_version(key: str, load):
    """``load()``, kept under ``key`` and the current content version.

    ``load()`` must return plain immutable data (``PLAIN``, see the module):
    anything else raises ``TypeError`` naming the key's prefix (its part
    before the first ":") and the offending type.
    """
    prefix = key.split(":", 1)[0]
    # Hashed: a key may hold a patient's search words.
    digest = hashlib.blake2b(key.encode(), digest_size=16).hexdigest()
    # Per language too: what is kept may hold words already translated.
    key = f"{ContentVersion.current()}:{get_language()}:{digest}"
    now = time.monotonic()
    with _lock:
        found = _entries.get(key)
        if found is not None and found[0] > now:
            _entries.move_to_end(key)
            return found[1]
    value = load()
    # Checked on a miss only: the cost is paid once, when the value is built.
    refuse_unless_plain(value, prefix)
    size = text_size(value)
    limit = settings.PAGE_CACHE_MAX_BYTES
    if size > limit:
        return value  # served, never kept
    with _lock:
        if key in _entries:
            _drop(key)
        _entries[key] = (now + SECONDS, value, size)
        _text["bytes"] += size
        while len(_entries) > ENTRIES or _text["bytes"] > limit:
            _drop(next(iter(_entries)))
    return value


def refuse_unless_plain(value, prefix: str) -> None:
    """Raise ``TypeError`` unless ``value`` is plain immutable data, all the way down."""
    kind = type(value)
    if kind in PLAIN:
        return
    if kind is tuple or kind is frozenset or _is_named_tuple(kind):
        parts = value
    elif kind is types.MappingProxyType:
        parts = (*value.keys(), *value.values())
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        if not kind.__dataclass_params__.frozen:
            raise TypeError(f"{prefix!r} memo: {kind.__qualname__} is not a frozen dataclass")
        parts = tuple(getattr(value, field.name) for field in dataclasses.fields(value))
    else:
        raise TypeError(
            f"{prefix!r} memo keeps plain immutable data only, not {kind.__module__}.{kind.__qualname__}"
        )
    for part in parts:
        refuse_unless_plain(part, prefix)


def _is_named_tuple(kind) -> bool:
    """A ``typing.NamedTuple``: a tuple with named fields and no room for more
    (``__slots__ = ()``), so as immutable as a tuple."""
    return issubclass(kind, tuple) and hasattr(kind, "_fields") and kind.__slots__ == ()


def _drop(key: str) -> None:
    _expires, _value, size = _entries.pop(key)
    _text["bytes"] -= size


def text_size(value) -> int:
    """Bytes of the text in ``value`` (plain data, see ``PLAIN``); other
    values count by entry only."""
    if isinstance(value, str | bytes):
        return sys.getsizeof(value)
    if isinstance(value, tuple | frozenset):
        return sum(text_size(part) for part in value)
    if isinstance(value, types.MappingProxyType):
        return sum(text_size(part) for part in (*value.keys(), *value.values()))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return sum(text_size(getattr(value, field.name)) for field in dataclasses.fields(value))
    return 0


def text_bytes() -> int:
    return _text["bytes"]


def forget() -> None:
    """Drop every entry (tests start empty; a test database reuses versions)."""
    with _lock:
        _entries.clear()
        _text["bytes"] = 0


class BodyForEveryoneMixin:
    """For a list of live items only: its body is the same for everyone at one
    content version, staff included, so each process builds it once per
    address and version. ``template_name`` renders the body alone;
    ``page_template`` puts it in the page."""

    page_template: str

    def get(self, request, *args, **kwargs):
        key = f"body:{request.scheme}://{request.get_host()}{request.get_full_path()}"
        status, body = cached_per_version(key, lambda: self.body(request, *args, **kwargs))
        # Our own template's output, rendered with autoescaping.
        return render(request, self.page_template, {"body": mark_safe(body)}, status=status)  # noqa: S308

    def body(self, request, *args, **kwargs) -> tuple[int, str]:
        response = super().get(request, *args, **kwargs)
        response.render()
        return response.status_code, response.content.decode()
