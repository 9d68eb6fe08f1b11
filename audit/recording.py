"""The one place that writes audit events.

Callers pass what happened; this module adds who and from where. Receivers of
Django's auth signals hand over their request; writes made deeper down (a
service, a model save) take the request of the moment, which django-simple-
history's ``HistoryRequestMiddleware`` keeps for the length of each request.
Nothing here is given a password, one-time code, session key, CSRF token or
patient answer, and ``detail`` is cut short, so a row stays a line.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from simple_history.models import HistoricalRecords

from audit.models import Action, AuditEvent
from clinic.clientip import client_ip

DETAIL_LENGTH = 1000

_paused: ContextVar[bool] = ContextVar("audit_paused", default=False)


@contextmanager
def paused() -> Iterator[None]:
    """Record nothing inside: for restoring a backup, whose rows are old events, not new ones."""
    token = _paused.set(True)
    try:
        yield
    finally:
        _paused.reset(token)


def current_request():
    return getattr(HistoricalRecords.context, "request", None)


def _signed_in_user(request):
    user = getattr(request, "user", None)
    return user if user is not None and user.is_authenticated else None


def record(
    *,
    action: Action,
    actor=None,
    username: str = "",
    obj=None,
    detail: str = "",
    request=None,
) -> AuditEvent | None:
    """Write one event; ``actor`` defaults to whoever is signed in on the current request."""
    if _paused.get():
        return None
    request = request if request is not None else current_request()
    if actor is None and request is not None:
        actor = _signed_in_user(request)
    event = AuditEvent(
        action=action,
        actor=actor,
        actor_username=(username or (actor.get_username() if actor else ""))[:150],
        client_address=client_ip(request)[:45] if request is not None else "",
        detail=detail[:DETAIL_LENGTH],
    )
    if obj is not None:
        event.object_type = obj._meta.label_lower
        event.object_id = str(obj.pk)[:64]
        event.object_repr = str(obj)[:200]
    event.save()
    return event
