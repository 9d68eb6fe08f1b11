"""Writes with side effects for publishable content: the editorial workflow.

Every transition checks the acting user's permission on the server, so hiding
a button is never the only protection. Each one locks the row, checks the
state it finds there (and, when the form sent one, the version the user was
looking at), and saves only the workflow fields, so a transition can never
overwrite someone's text.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from articles.models import Publishable, Status, one_year_after

WORKFLOW_FIELDS = [
    "status",
    "reviewed_by",
    "reviewed_on",
    "next_review_due",
    "approved_version",
    "is_demo",
    "updated_by",
    "version",
    "updated",
]


def _perm(item: Publishable, action: str) -> str:
    opts = item._meta
    return f"{opts.app_label}.{action}_{opts.model_name}"


def _require(user, item: Publishable, action: str) -> None:
    if not user.has_perm(_perm(item, action)):
        raise PermissionDenied(_("You do not have permission to do this."))


def _require_status(item: Publishable, *allowed: Status) -> None:
    if item.status not in allowed:
        raise ValidationError(
            _("This cannot be done while the item is “%(status)s”.")
            % {"status": item.get_status_display()}
        )


def _locked(item: Publishable, expected_version: int | None) -> Publishable:
    current = type(item).objects.select_for_update(of=("self",)).get(pk=item.pk)
    if expected_version is not None and current.version != expected_version:
        raise ValidationError(
            _(
                "Someone changed this item after you opened it. Look at the new version, then try again."
            )
        )
    return current


def _save_transition(item: Publishable, current: Publishable, user, **changes) -> Publishable:
    for field, value in changes.items():
        setattr(current, field, value)
    current.updated_by = user
    current._history_user = user
    current.save(update_fields=WORKFLOW_FIELDS)
    item.refresh_from_db()
    return item


@transaction.atomic
def publishable_submit_for_review(*, item: Publishable, user, expected_version=None) -> Publishable:
    _require(user, item, "change")
    current = _locked(item, expected_version)
    _require_status(current, Status.DRAFT)
    return _save_transition(item, current, user, status=Status.REVIEW)


@transaction.atomic
def publishable_approve(*, item: Publishable, user, expected_version=None) -> Publishable:
    """Record a clinical review of the current text; the next one is due 12 months later.

    A reviewed item is no longer sample content: patients see its real review
    dates instead of the sample notice.
    """
    _require(user, item, "review")
    current = _locked(item, expected_version)
    _require_status(current, Status.REVIEW, Status.PUBLISHED)
    if user.pk in (current.author_id, current.updated_by_id):
        # Four eyes: the clinical review is by someone who neither wrote the
        # item nor made its latest change.
        raise PermissionDenied(
            _(
                "Someone other than the author or the last person to change it must do the clinical review."
            )
        )
    today = timezone.localdate()
    # The approval itself is a save, so it approves the version it creates.
    return _save_transition(
        item,
        current,
        user,
        reviewed_by=user,
        reviewed_on=today,
        next_review_due=one_year_after(today),
        approved_version=current.version + 1,
        is_demo=False,
    )


@transaction.atomic
def publishable_publish(*, item: Publishable, user, expected_version=None) -> Publishable:
    _require(user, item, "publish")
    current = _locked(item, expected_version)
    _require_status(current, Status.REVIEW)
    if not current.is_approved:
        raise ValidationError(
            _("A clinical reviewer must approve this version before it can be published.")
        )
    return _save_transition(item, current, user, status=Status.PUBLISHED)


@transaction.atomic
def publishable_archive(*, item: Publishable, user, expected_version=None) -> Publishable:
    _require(user, item, "publish")
    current = _locked(item, expected_version)
    _require_status(current, Status.PUBLISHED)
    return _save_transition(item, current, user, status=Status.ARCHIVED)


@transaction.atomic
def publishable_return_to_draft(*, item: Publishable, user, expected_version=None) -> Publishable:
    """Send an item in review (or archived) back to its author for more work."""
    if not (user.has_perm(_perm(item, "review")) or user.has_perm(_perm(item, "publish"))):
        raise PermissionDenied(_("You do not have permission to do this."))
    current = _locked(item, expected_version)
    _require_status(current, Status.REVIEW, Status.ARCHIVED)
    return _save_transition(item, current, user, status=Status.DRAFT)


def publishable_content_changed(*, item: Publishable, user) -> bool:
    """After a content change: a published item goes back to review (True if it did).

    Patients only ever see text a clinical reviewer approved, so an edit of a
    live page takes it offline until it is approved and published again.
    """
    if item.status != Status.PUBLISHED:
        return False
    item.status = Status.REVIEW
    item.updated_by = user
    item._history_user = user
    item.save(update_fields=WORKFLOW_FIELDS)
    return True


TRANSITIONS = {
    "submit": publishable_submit_for_review,
    "approve": publishable_approve,
    "publish": publishable_publish,
    "archive": publishable_archive,
    "return_to_draft": publishable_return_to_draft,
}
