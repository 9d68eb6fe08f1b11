"""Data kept in this process's memory per content version, as it is.

For what only changes when patients' content does: the published
questionnaire with its compiled rules, a live article or condition with its
related rows, search results, the body of a list page. Unlike the "local"
cache, nothing is pickled on the way in or out (unpickling the questionnaire's
200-odd rows cost more than building its page), so callers must treat what
they get as read-only. Entries are keyed on the shared content version (and
the active language), so a
change shows everywhere within ``ContentVersion.LOCAL_SECONDS``; each is kept
at most ``SECONDS`` (scheduled items go live on time) and the least recently
used go first beyond ``ENTRIES``.
"""

import hashlib
import threading
import time
from collections import OrderedDict

from django.shortcuts import render
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from clinic.models import ContentVersion

SECONDS = 300
ENTRIES = 2000

_entries: OrderedDict[str, tuple[float, object]] = OrderedDict()
_lock = threading.Lock()  # runserver serves requests in threads


def cached_per_version(key: str, load):
    """``load()``, kept under ``key`` and the current content version."""
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
    with _lock:
        _entries[key] = (now + SECONDS, value)
        while len(_entries) > ENTRIES:
            _entries.popitem(last=False)
    return value


def forget() -> None:
    """Drop every entry (tests start empty; a test database reuses versions)."""
    with _lock:
        _entries.clear()


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
