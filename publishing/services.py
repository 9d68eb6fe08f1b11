"""Writes with side effects for publishable content: the editorial workflow.

``publishable_transition`` runs any transition of ``publishing/workflow.py``'s
table: it locks the row, checks the state it finds there (and, when the form
sent one, the version the user was looking at), the user's permission and the
rules about people, then applies the transition's effect and logs it. Hiding a
button is never the only protection.

``publishable_save`` saves an edit of an item's content, given as data
(``Publishable.content_data``): a live item's edit waits in its ``Draft``;
publishing the approved draft copies it into the live row. The admin, the
history's revert and any script go through it. Only this module writes an
item's ``status`` (tests/publishing/test_status_writes.py).
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from audit.models import Action
from audit.recording import record
from publishing import workflow
from publishing.models import (
    DERIVED_FIELDS,
    WORKFLOW_FIELDS,
    Draft,
    Publishable,
    Status,
    WorkflowEvent,
    one_year_after,
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


def draft_of(item: Publishable, *, lock: bool = False) -> Draft | None:
    """The draft of changes to a live item, if there is one."""
    if item.pk is None:
        return None
    queryset = Draft.objects.of(item)
    return (queryset.select_for_update() if lock else queryset).first()


def _bump_version(item: Publishable, user) -> None:
    """Move the edit-conflict counter without saving (or re-indexing) the live row."""
    type(item).objects.filter(pk=item.pk).update(
        version=models.F("version") + 1, updated_by=user, updated=timezone.now()
    )


# Transitions --------------------------------------------------------------------


def _record_review(target, user) -> None:
    today = timezone.localdate()
    target.reviewed_by = user
    target.reviewed_on = today
    target.next_review_due = one_year_after(today)
    # A reviewed item is no longer sample content: patients see its real dates.
    target.is_demo = False
    for name, value in target.reviewed_against().items():
        setattr(target, name, value)


def _effect_submit(target, user):
    target.submitted_by = user


def _effect_approve(target, user):
    if isinstance(target, Draft):
        target.approved_by = user
        target.approved_on = timezone.localdate()
        # Published with the draft: the approval was of this source revision.
        target.data["fields"].update(target.item.reviewed_against())
    else:
        _record_review(target, user)


def _effect_withdraw(target, user):
    target.submitted_by = None


REFUSALS = {
    workflow.NO_PERMISSION: _lazy("You do not have permission to do this."),
    workflow.NOT_SUBMITTER: _lazy("Only the person who submitted it can withdraw it."),
    workflow.OWN_WORK: _lazy(
        "Someone other than the author or the last person to change it must do the clinical review."
    ),
}

EFFECTS = {
    "confirm_review": _record_review,
    "submit": _effect_submit,
    "withdraw": _effect_withdraw,
    "approve": _effect_approve,
}


@transaction.atomic
def publishable_transition(
    *, item: Publishable, name: str, user, expected_version=None, comment: str = ""
) -> Publishable:
    """Run one transition of the workflow table; returns the item as saved."""
    transition = workflow.BY_NAME.get(name)
    if transition is None:
        raise ValidationError(_("Unknown workflow action."))
    current = _locked(item, expected_version)
    draft = draft_of(current, lock=True)
    if not workflow.applies(transition, current, draft):
        raise ValidationError(
            _("“%(action)s” cannot be done while the item is “%(state)s”.")
            % {"action": transition.label, "state": workflow.state_label(current, draft)}
        )
    refusal = workflow.why_not(transition, current, draft, user)
    if refusal is not None:
        raise PermissionDenied(REFUSALS[refusal])
    comment = (comment or "").strip()
    if transition.needs_comment and not comment:
        raise ValidationError(_("Say why in the comment, so that the author knows what to change."))
    on_draft = draft is not None and current.status == Status.PUBLISHED and not transition.on_live
    from_state = draft.status if on_draft else current.status
    if transition.name == "publish":
        current.revision += 1
        current.last_published = timezone.now()
    if on_draft:
        _run_on_draft(transition, current, draft, user)
    else:
        _run_on_item(transition, current, draft, user)
    _log(current, transition.name, from_state, transition.target, on_draft, user, comment)
    item.refresh_from_db()
    return item


def _log(item, name: str, from_state: str, to_state: str, on_draft: bool, user, comment="") -> None:
    """A change of state in the workflow's log and the audit trail."""
    WorkflowEvent.objects.create(
        content_type=ContentType.objects.get_for_model(type(item)),
        object_id=item.pk,
        transition=name,
        from_state=from_state,
        to_state=to_state,
        on_draft=on_draft,
        user=user,
        comment=comment,
    )
    # The audit trail names the transition, not the comment (it stays in the workflow's log).
    where = " (the changes waiting for the live page)" if on_draft else ""
    record(
        action=Action.WORKFLOW,
        actor=user,
        obj=item,
        detail=f"{name}: {from_state} → {to_state}{where}",
    )


def _run_on_draft(transition, current, draft, user) -> None:
    if transition.applies_draft:
        # The approval of the draft becomes the live item's review record.
        current.with_content(draft.data)
        current.reviewed_by_id = draft.approved_by_id
        current.reviewed_on = draft.approved_on
        current.next_review_due = one_year_after(draft.approved_on)
        current.is_demo = False
        current.updated_by = user
        _credit_the_editor(current, draft, user, _("Approved changes published by %(user)s"))
        current.save()
        current.restore_relations(draft.data)
        draft.delete()
        return
    EFFECTS.get(transition.name, lambda *_: None)(draft, user)
    draft.status = transition.target
    if not transition.not_by_author_or_editor:  # a review is not an edit (four eyes)
        draft.updated_by = user
    draft.save()
    _bump_version(current, user)


def _credit_the_editor(current, draft, user, reason: str) -> None:
    """The version that takes in a draft's text is the work of who wrote it: the
    history names them, and says who published (or restored) it."""
    current._history_user = draft.edited_by or draft.created_by or user
    current._change_reason = reason % {"user": user.get_full_name() or user.get_username()}


def _run_on_item(transition, current, draft, user) -> None:
    EFFECTS.get(transition.name, lambda *_: None)(current, user)
    current.status = transition.target
    if not transition.not_by_author_or_editor:  # a review is not an edit (four eyes)
        current.updated_by = user
    current._history_user = user
    # The history says which step this save was (e.g. "Saved: Publish").
    current._change_reason = str(transition.label)
    if transition.applies_draft and draft is not None:
        # Not live any more: the waiting changes become the item's own text.
        current.with_content(draft.data)
        _credit_the_editor(
            current, draft, user, _("Back to draft with the changes that were waiting (%(user)s)")
        )
        current.save()
        current.restore_relations(draft.data)
        draft.delete()
        return
    current.save(update_fields=[*WORKFLOW_FIELDS, *current.reviewed_against()])


# Content saves and drafts of live items --------------------------------------------


@transaction.atomic
def publishable_save(
    *, item: Publishable, user, data: dict, expected_version: int | None = None
) -> Publishable | Draft:
    """Save an edit of an existing item's content (``Publishable.content_data``'s format).

    A live item keeps its row: the edit becomes (or updates) its draft of changes,
    returned; no draft is made when nothing changed. Any other item is saved with
    the edit, returned. Relations the data leaves out stay as they are. An edit of
    approved text sends it back to review (``workflow.AFTER_EDIT``).
    """
    data = _content_only(data)
    current = _locked(item, expected_version)
    if current.status == Status.PUBLISHED:
        draft = draft_of(current, lock=True)
        if draft is None and not _changes(current, data):
            return current
        return _save_draft(current, draft, user=user, data=_without_row_ids(data))
    return _save_row(current, user=user, data=data)


def publishable_load_live(*, item: Publishable) -> Publishable:
    """Mark shipped or imported content, before its first save, as live.

    Loading is not publishing: nobody here wrote or approved it, so no workflow
    event is logged; the loader sets its review record and saves it.
    """
    item.status = Status.PUBLISHED
    return item


def _content_only(data: dict) -> dict:
    """The data without workflow fields or figures: only the workflow's services set those."""
    left_out = {*WORKFLOW_FIELDS, *DERIVED_FIELDS}
    fields = {name: value for name, value in data["fields"].items() if name not in left_out}
    return {**data, "fields": fields}


def _changes(current: Publishable, data: dict) -> bool:
    """Whether the data differs from the item's saved content (rows compared without ids).

    Only the relations the data names are read.
    """
    edited = _without_row_ids(data)
    return (
        edited["fields"] != current.content_data(m2m={}, children={})["fields"]
        or any(current.related_ids(name) != ids for name, ids in edited.get("m2m", {}).items())
        or any(current.child_rows(name) != rows for name, rows in edited["inlines"].items())
    )


def _without_row_ids(data: dict) -> dict:
    inlines = {
        name: [{key: value for key, value in row.items() if key != "id"} for row in rows]
        for name, rows in data.get("inlines", {}).items()
    }
    return {**data, "inlines": inlines}


def _rows_replaced(current: Publishable, data: dict) -> bool:
    """Whether child rows were added or taken away (rows name the children they keep)."""
    return any(
        [row.get("id") for row in rows]
        != [row["id"] for row in current.child_rows(name, with_ids=True)]
        for name, rows in data.get("inlines", {}).items()
    )


def _after_edit(target: Publishable | Draft, *, item: Publishable, user) -> None:
    """An edit of approved text needs a new review: the one place ``AFTER_EDIT``
    applies. The workflow's log and the audit trail say so (``workflow.EDITED``)."""
    state = workflow.state_after_edit(target.status)
    if state == target.status:
        return
    _log(item, workflow.EDITED, target.status, state, isinstance(target, Draft), user)
    target.status = state
    if isinstance(target, Draft):
        target.approved_by = None
        target.approved_on = None


def _save_row(current: Publishable, *, user, data: dict) -> Publishable:
    if _changes(current, data) or _rows_replaced(current, data):
        _after_edit(current, item=current, user=user)
    current.with_content(data)
    current.updated_by = user
    current._history_user = user
    current.save()
    current.restore_relations(data)
    return current


def _save_draft(current: Publishable, draft: Draft | None, *, user, data: dict) -> Draft:
    """Save the edit of a live item as its draft of changes; the live row is untouched."""
    if draft is None:
        draft = Draft(
            content_type=ContentType.objects.get_for_model(type(current)),
            object_id=current.pk,
            created_by=user,
        )
    else:
        _after_edit(draft, item=current, user=user)
        # Relations the edit leaves out (a revert has no child rows) keep the draft's.
        data = {
            **data,
            "m2m": {**draft.data.get("m2m", {}), **data.get("m2m", {})},
            "inlines": {**draft.data.get("inlines", {}), **data.get("inlines", {})},
        }
    draft.data = data
    draft.updated_by = user
    draft.edited_by = user
    draft.save()
    _bump_version(current, user)
    return draft


@transaction.atomic
def publishable_save_draft(*, item: Publishable, user, data: dict) -> Draft:
    """Save staff's edit of a live item as its draft of changes, changed or not."""
    current = type(item).objects.select_for_update(of=("self",)).get(pk=item.pk)
    if current.status != Status.PUBLISHED:
        raise ValidationError(_("Only a live item keeps its changes in a draft."))
    return _save_draft(current, draft_of(current, lock=True), user=user, data=data)


def draft_data(item: Publishable, *, m2m: dict, inlines: dict) -> dict:
    """An item's edited content as data, with the given relations (``Publishable.content_data``)."""
    return item.content_data(m2m=m2m, children=inlines)


def with_draft_applied(item: Publishable, draft: Draft) -> Publishable:
    """The item as the draft would make it (not saved): for the change form and previews."""
    item.with_content(draft.data)
    item._draft = draft
    return item
