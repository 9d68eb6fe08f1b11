"""Whole-page caching of public pages for visitors who are not signed in.

A page is cached under the current content version (``ContentVersion``), which
every save or delete of articles, conditions and their parts, and the clinic
settings, moves on. So publishing shows at once everywhere, with no list of
keys to clear; old entries simply expire. Scheduled items go live within
``PAGE_SECONDS``, the longest a page is kept.

Signed-in staff (a session cookie) always get a fresh page: they may see
previews, and their pages are never stored.
"""

from functools import wraps

from django.conf import settings
from django.utils.cache import patch_cache_control
from django.views.decorators.cache import cache_page

from portal.models import ContentVersion

PAGE_SECONDS = 300
# Browsers may keep a page this long; the server's copy follows every change.
BROWSER_SECONDS = 60
# Apps whose models are public content; history and the search index follow
# their items' saves, so they need not move the version themselves.
# The triage questionnaire counts: its one safety-net list is on condition and
# article pages. A patient's submission is not content.
CONTENT_APPS = {"articles", "portal", "triage"}
# Nor is a draft of changes to a live page or the workflow's log: patients see
# the live row, which moves the version when the draft is published.
NOT_CONTENT = {"SearchEntry", "ContentVersion", "Submission", "Draft", "WorkflowEvent"}


def cache_public_page(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD") or settings.SESSION_COOKIE_NAME in request.COOKIES:
            return view(request, *args, **kwargs)
        cached_view = cache_page(PAGE_SECONDS, key_prefix=f"content-{ContentVersion.current()}")
        response = cached_view(view)(request, *args, **kwargs)
        if "Expires" in response:
            del response["Expires"]
            patch_cache_control(response, max_age=BROWSER_SECONDS)
        return response

    return wrapped


def is_content(model) -> bool:
    meta = model._meta
    return (
        meta.app_label in CONTENT_APPS
        and model.__name__ not in NOT_CONTENT
        and not model.__name__.startswith("Historical")
    )


def content_changed(sender, action=None, **kwargs):
    """post_save, post_delete and m2m_changed receiver."""
    if action and not action.startswith("post_"):
        return  # m2m_changed also fires before each change: count it once
    if is_content(sender) or (
        getattr(sender._meta, "auto_created", None) and is_content(sender._meta.auto_created)
    ):
        ContentVersion.bump()
