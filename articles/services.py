"""Writes with side effects for publishable content: the editorial workflow.

Every transition checks the acting user's permission on the server, so hiding
a button is never the only protection.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from articles.models import Publishable, Status, one_year_after


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


def _save_transition(item: Publishable, user, **changes) -> Publishable:
    for field, value in changes.items():
        setattr(item, field, value)
    item.updated_by = user
    item._history_user = user
    item.save()
    return item


@transaction.atomic
def publishable_submit_for_review(*, item: Publishable, user) -> Publishable:
    _require(user, item, "change")
    _require_status(item, Status.DRAFT)
    return _save_transition(item, user, status=Status.REVIEW)


@transaction.atomic
def publishable_approve(*, item: Publishable, user) -> Publishable:
    """Record a clinical review; the next one is due 12 months later."""
    _require(user, item, "review")
    _require_status(item, Status.REVIEW, Status.PUBLISHED)
    if item.author_id == user.pk and not user.is_superuser:
        # Four eyes: the clinical review is by someone other than the writer.
        raise PermissionDenied(_("Someone other than the author must do the clinical review."))
    today = timezone.localdate()
    # The approval itself is a save, so it approves the version it creates.
    return _save_transition(
        item,
        user,
        reviewed_by=user,
        reviewed_on=today,
        next_review_due=one_year_after(today),
        approved_version=item.version + 1,
    )


@transaction.atomic
def publishable_publish(*, item: Publishable, user) -> Publishable:
    _require(user, item, "publish")
    _require_status(item, Status.REVIEW)
    if not item.is_approved:
        raise ValidationError(
            _("A clinical reviewer must approve this version before it can be published.")
        )
    return _save_transition(item, user, status=Status.PUBLISHED)


@transaction.atomic
def publishable_archive(*, item: Publishable, user) -> Publishable:
    _require(user, item, "publish")
    _require_status(item, Status.PUBLISHED)
    return _save_transition(item, user, status=Status.ARCHIVED)


@transaction.atomic
def publishable_return_to_draft(*, item: Publishable, user) -> Publishable:
    """Send an item in review (or archived) back to its author for more work."""
    if not (user.has_perm(_perm(item, "review")) or user.has_perm(_perm(item, "publish"))):
        raise PermissionDenied(_("You do not have permission to do this."))
    _require_status(item, Status.REVIEW, Status.ARCHIVED)
    return _save_transition(item, user, status=Status.DRAFT)


TRANSITIONS = {
    "submit": publishable_submit_for_review,
    "approve": publishable_approve,
    "publish": publishable_publish,
    "archive": publishable_archive,
    "return_to_draft": publishable_return_to_draft,
}
