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

Page bodies stay in each process's memory (the "local" cache): their keys
carry the content version, which every process reads from the database at
most once a second, so a hit costs no round trip and a change is everywhere
within a second.

Signed-in staff (a session cookie) always get a fresh page: they may see
previews, and their pages are never stored.
"""

from functools import wraps

from django.conf import settings
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.cache import patch_cache_control
from django.views.decorators.cache import cache_page

from clinic.models import ContentVersion

PAGE_SECONDS = 300
# Browsers may keep a page this long; the server's copy follows every change.
BROWSER_SECONDS = 60


def cache_public_page(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD") or settings.SESSION_COOKIE_NAME in request.COOKIES:
            return view(request, *args, **kwargs)
        cached_view = cache_page(
            PAGE_SECONDS, cache="local", key_prefix=f"content-{ContentVersion.current()}"
        )
        response = cached_view(view)(request, *args, **kwargs)
        if hasattr(response, "render") and not response.is_rendered:
            # cache_page sets its headers (max-age=PAGE_SECONDS) when a
            # template response renders: render now, so they can be put right.
            response.render()
        # The server keeps a page up to PAGE_SECONDS; browsers only a minute,
        # hit or miss alike.
        if "Expires" in response:
            del response["Expires"]
        patch_cache_control(response, max_age=BROWSER_SECONDS)
        return response

    return wrapped


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
