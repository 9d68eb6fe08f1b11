"""Writes with side effects for publishable content: the editorial workflow.

``publishable_transition`` runs any transition of ``publishing/workflow.py``'s
table: it locks the row, checks the state it finds there (and, when the form
sent one, the version the user was looking at), the user's permission and the
rules about people, then applies the transition's effect and logs it. Hiding a
button is never the only protection.

Staff edits of a live item go to its ``Draft`` (``publishable_save_draft``);
publishing the approved draft copies it into the live row.
"""

from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from audit.models import Action
from audit.recording import record
from publishing import workflow
from publishing.models import Draft, Publishable, Status, WorkflowEvent, one_year_after

# What only the workflow changes: a content save (or applying a draft) keeps them.
WORKFLOW_FIELDS = [
    "status",
    "author",
    "reviewed_by",
    "reviewed_on",
    "next_review_due",
    "submitted_by",
    "is_demo",
    "updated_by",
    "version",
    "revision",
    "last_published",
    "created",
    "updated",
]
# Figures derived on save.
DERIVED_FIELDS = ["reading_grade", "smog", "word_count", "reading_minutes"]


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
    WorkflowEvent.objects.create(
        content_type=ContentType.objects.get_for_model(type(current)),
        object_id=current.pk,
        transition=transition.name,
        from_state=from_state,
        to_state=transition.target,
        on_draft=on_draft,
        user=user,
        comment=comment,
    )
    # The audit trail names the transition, not the comment (it stays in the workflow's log).
    where = " (the changes waiting for the live page)" if on_draft else ""
    record(
        action=Action.WORKFLOW,
        actor=user,
        obj=current,
        detail=f"{transition.name}: {from_state} → {transition.target}{where}",
    )
    item.refresh_from_db()
    return item


def _run_on_draft(transition, current, draft, user) -> None:
    if transition.applies_draft:
        # The approval of the draft becomes the live item's review record.
        with_draft_applied(current, draft)
        current.reviewed_by_id = draft.approved_by_id
        current.reviewed_on = draft.approved_on
        current.next_review_due = one_year_after(draft.approved_on)
        current.is_demo = False
        current.updated_by = user
        _credit_the_editor(current, draft, user, _("Approved changes published by %(user)s"))
        current.save()
        _apply_relations(current, draft)
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
        with_draft_applied(current, draft)
        _credit_the_editor(
            current, draft, user, _("Back to draft with the changes that were waiting (%(user)s)")
        )
        current.save()
        _apply_relations(current, draft)
        draft.delete()
        return
    current.save(update_fields=[*WORKFLOW_FIELDS, *current.reviewed_against()])


# Drafts of live items -------------------------------------------------------------


def draft_data(item: Publishable, *, m2m: dict, inlines: dict) -> dict:
    """A live item's edited fields as data (``item`` holds the edited values, unsaved)."""
    fields = serializers.serialize("python", [item])[0]["fields"]
    for name in WORKFLOW_FIELDS + DERIVED_FIELDS:
        fields.pop(name, None)
    for field in item._meta.many_to_many:
        fields.pop(field.name, None)
    return {"fields": fields, "m2m": m2m, "inlines": inlines}


def with_draft_applied(item: Publishable, draft: Draft) -> Publishable:
    """The item as the draft would make it (not saved): for the change form and previews."""
    edited = next(
        serializers.deserialize(
            "python",
            [{"model": item._meta.label_lower, "pk": item.pk, "fields": draft.data["fields"]}],
        )
    ).object
    for name in draft.data["fields"]:
        field = item._meta.get_field(name)
        setattr(item, field.attname, getattr(edited, field.attname))
    item._draft = draft
    return item


@transaction.atomic
def publishable_save_draft(*, item: Publishable, user, data: dict) -> Draft:
    """Save staff's edit of a live item as its draft of changes; the live row is untouched.

    An edit of changes that were already approved needs a new review.
    """
    current = type(item).objects.select_for_update(of=("self",)).get(pk=item.pk)
    if current.status != Status.PUBLISHED:
        raise ValidationError(_("Only a live item keeps its changes in a draft."))
    draft = draft_of(current, lock=True)
    if draft is None:
        draft = Draft(
            content_type=ContentType.objects.get_for_model(type(current)),
            object_id=current.pk,
            created_by=user,
        )
    elif workflow.state_after_edit(draft.status) != draft.status:
        draft.status = workflow.state_after_edit(draft.status)
        draft.approved_by = None
        draft.approved_on = None
    if draft.pk and not data.get("inlines"):
        # A save without the inline rows (a revert) keeps the draft's own rows.
        data = {**data, "inlines": draft.data.get("inlines", {})}
    draft.data = data
    draft.updated_by = user
    draft.edited_by = user
    draft.save()
    _bump_version(current, user)
    return draft


def _apply_relations(current: Publishable, draft: Draft) -> None:
    """Copy the draft's many-to-many choices and inline rows (care cards) into the live item."""
    for name, ids in draft.data.get("m2m", {}).items():
        getattr(current, name).set(ids)
    for name, rows in draft.data.get("inlines", {}).items():
        related = getattr(current, name)
        related.all().delete()
        for row in rows:  # one by one, so that each card's history records it
            card = related.model(**{related.field.name: current, **row})
            if hasattr(current, "_history_user"):
                # Credited, like the item's version, to who wrote the draft.
                card._history_user = current._history_user
            card.save()
