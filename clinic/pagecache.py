"""Whole-page caching of public pages for visitors who are not signed in.

A page is cached under the current content version (``ContentVersion``), which
every save or delete of a model that patients see moves on. Each app names its
content models in its ``ready()`` with ``watch(...)``: articles, conditions and
their parts, the questionnaire's texts, the clinic settings. Drafts, the
workflow's log, history rows, the search index and triage submissions are not
watched: patients see the live rows, which move the version when published.
So publishing shows at once everywhere, with no list of keys to clear; old
entries simply expire. Scheduled items go live within
``PAGE_SECONDS``, the longest a page is kept.

Page bodies stay in each process's memory (``store``, a ``PageStore``): their
keys carry the content version, which every process reads from the database at
most once a second, so a hit costs no round trip and a change is everywhere
within a second. The store is bounded in bytes (``PAGE_CACHE_MAX_BYTES``, the
pickled pages' sizes added up), not in entries: a visitor who asks for many
distinct query strings pushes out the least recently used pages, never grows
the process beyond the bound.

Signed-in staff (a session cookie) always get a fresh page: they may see
previews, and their pages are never stored.

``PublicPageCacheMiddleware`` comes first in ``MIDDLEWARE``: a visitor's GET
of a page already stored is answered there, before any other middleware or
the URL resolver runs. What is stored is the finished response, with the
headers the other middleware added (CSP, Permissions-Policy, frame options,
HSTS), so a hit sends the same bytes as the miss that stored it. A page whose
form carries a CSRF token (the triage questionnaire) is stored with a
placeholder in place of the token; each hit gets a fresh token and cookie.
"""

import hashlib
import pickle
import re
import threading
import time
from collections import OrderedDict
from functools import wraps

from django.conf import settings
from django.db import DatabaseError
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.utils.cache import patch_cache_control, patch_vary_headers

from clinic.models import ContentVersion

PAGE_SECONDS = 300
# Browsers may keep a page this long; the server's copy follows every change.
BROWSER_SECONDS = 60
# What the view asks of the middleware, set on the request.
CACHEABLE = "public_page_cacheable"
CSRF_FORM = "public_page_has_csrf_form"
# A CSRF form token: 64 letters and digits (django.middleware.csrf).
TOKEN_FIELD = re.compile(rb'(name="csrfmiddlewaretoken" value=")[A-Za-z0-9]{64}(")')
PLACEHOLDER = b"csrf-token-placeholder-" + b"x" * 41  # as long as a token


def cache_public_page(view=None, *, csrf_form=False):
    """Let ``PublicPageCacheMiddleware`` keep this view's pages for visitors.

    ``csrf_form``: the page holds a POST form; it is stored without its token
    and browsers are told not to keep it (each visitor needs a fresh token).
    """
    if view is None:
        return lambda view: cache_public_page(view, csrf_form=csrf_form)

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if request.method in ("GET", "HEAD") and not is_signed_in(request):
            setattr(request, CACHEABLE, True)
            setattr(request, CSRF_FORM, csrf_form)
            if not csrf_form:
                # Browsers keep a page a minute, hit or miss alike.
                patch_cache_control(response, max_age=BROWSER_SECONDS)
        return response

    return wrapped


def is_signed_in(request) -> bool:
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def page_key(request) -> str:
    """The page's key under the current content version. ``get_host()`` checks
    ALLOWED_HOSTS, as the rest of the stack would."""
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.blake2b(address.encode(), digest_size=16).hexdigest()
    return f"page:{ContentVersion.current()}:{digest}"


class PageStore:
    """Pickled pages by key, each kept at most its timeout, at most
    ``settings.PAGE_CACHE_MAX_BYTES`` in all: past it, the least recently used
    go first. A page bigger than the bound is not kept."""

    def __init__(self):
        self._entries: OrderedDict[str, tuple[float, bytes]] = OrderedDict()
        self._lock = threading.Lock()  # runserver serves requests in threads
        self.bytes = 0

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, key: str) -> bool:
        return key in self._entries

    def get(self, key: str):
        now = time.monotonic()
        with self._lock:
            found = self._entries.get(key)
            if found is None:
                return None
            expires, blob = found
            if expires <= now:
                self._drop(key)
                return None
            self._entries.move_to_end(key)
        return pickle.loads(blob)  # our own responses, pickled by this process

    def set(self, key: str, value, timeout: float) -> bool:
        blob = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        limit = settings.PAGE_CACHE_MAX_BYTES
        if self.size_of(key, blob) > limit:
            return False
        with self._lock:
            if key in self._entries:
                self._drop(key)
            self._entries[key] = (time.monotonic() + timeout, blob)
            self.bytes += self.size_of(key, blob)
            while self.bytes > limit:
                self._drop(next(iter(self._entries)))
        return True

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self.bytes = 0

    def _drop(self, key: str) -> None:
        _expires, blob = self._entries.pop(key)
        self.bytes -= self.size_of(key, blob)

    @staticmethod
    def size_of(key: str, blob: bytes) -> int:
        return len(key) + len(blob)


store = PageStore()


def forget() -> None:
    """Drop every stored page (tests start empty; a test database reuses versions)."""
    store.clear()


class PublicPageCacheMiddleware:
    """Answers visitors' GETs of stored public pages before the rest of the stack."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.csrf = CsrfViewMiddleware(get_response)
        # Never pages of ours to store: static files (WhiteNoise) and the admin.
        self.passed_on = (settings.STATIC_URL, f"/{settings.ADMIN_URL}")

    def __call__(self, request):
        if (
            request.method != "GET"
            or is_signed_in(request)
            or request.path_info.startswith(self.passed_on)
        ):
            return self.get_response(request)
        try:
            key = page_key(request)
        except DatabaseError:
            # The database is down: the rest of the stack answers (503 pages, /healthz).
            return self.get_response(request)
        stored = store.get(key)
        if stored is not None:
            response, csrf_form = stored
            return self.with_fresh_token(request, response) if csrf_form else response
        response = self.get_response(request)
        if getattr(request, CACHEABLE, False) and self.storable(request, response):
            store.set(key, self.for_storage(request, response), PAGE_SECONDS)
        return response

    @staticmethod
    def storable(request, response) -> bool:
        csp = response.get("Content-Security-Policy", "")
        return (
            response.status_code == 200
            and not response.streaming
            and "nonce-" not in csp  # a nonce is for one response only
            # A cookie is for one visitor; a CSRF form's token and cookie are
            # made afresh on each hit.
            and (
                TOKEN_FIELD.search(response.content)
                if getattr(request, CSRF_FORM, False)
                else not response.cookies
            )
        )

    @staticmethod
    def for_storage(request, response) -> tuple:
        if not getattr(request, CSRF_FORM, False):
            return (response, False)
        stored = response.__class__(
            TOKEN_FIELD.sub(rb"\1" + PLACEHOLDER + rb"\2", response.content),
            status=response.status_code,
        )
        for header, value in response.items():
            stored[header] = value
        return (stored, True)

    def with_fresh_token(self, request, response):
        self.csrf.process_request(request)
        response.content = response.content.replace(PLACEHOLDER, get_token(request).encode())
        response["Content-Length"] = str(len(response.content))
        patch_vary_headers(response, ("Cookie",))
        return self.csrf.process_response(request, response)


def content_changed(sender, action=None, **kwargs):
    """post_save, post_delete and m2m_changed receiver for watched models."""
    if action and not action.startswith("post_"):
        return  # m2m_changed also fires before each change: count it once
    ContentVersion.bump()


def watch(*models) -> None:
    """Move the content version on every save or delete of ``models``, and on
    changes to their many-to-many fields."""
    for model in models:
        uid = f"clinic.pagecache.{model._meta.label_lower}"
        post_save.connect(content_changed, sender=model, dispatch_uid=uid)
        post_delete.connect(content_changed, sender=model, dispatch_uid=uid)
        for field in model._meta.local_many_to_many:
            through = field.remote_field.through
            m2m_changed.connect(content_changed, sender=through, dispatch_uid=f"{uid}.{field.name}")
