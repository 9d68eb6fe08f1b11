"""The editorial workflow, declared once.

States: draft -> in review -> approved (ready to publish) -> published ->
archived. ``TRANSITIONS`` is the only place that lists which transition goes
from which states to which, who may do it and whether it needs a comment; the
services (``publishing/services.py``), the admin's buttons and its bulk actions
are all generated from it.

A live (published) item that staff edit gets a ``Draft`` of changes: the
"editorial state" is then the draft's (draft, in review, approved), and the
transitions act on the draft, while patients keep seeing the live version.
Publishing the approved draft copies it into the live item.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from publishing.models import Draft, Status

DRAFT, REVIEW, APPROVED, PUBLISHED, ARCHIVED = (
    Status.DRAFT,
    Status.REVIEW,
    Status.APPROVED,
    Status.PUBLISHED,
    Status.ARCHIVED,
)
# An item's own states, in workflow order; and those of a live item's draft of changes.
ITEM_STATES = (DRAFT, REVIEW, APPROVED, PUBLISHED, ARCHIVED)
DRAFT_STATES = tuple(Draft.STATES)


@dataclass(frozen=True)
class Transition:
    name: str
    label: str
    sources: frozenset
    target: str
    # Any one of these model permissions (e.g. "review" is articles.review_article).
    permissions: tuple[str, ...]
    needs_comment: bool = False
    # Only the person who submitted it (withdraw), or never them (the four-eyes review).
    submitter_only: bool = False
    not_by_author_or_editor: bool = False
    # Acts on the live item even when it has a draft of changes (unpublishing).
    on_live: bool = False
    # Copies the waiting draft of changes into the item (publishing, restoring).
    applies_draft: bool = False
    # May carry a comment (shown in the history) without needing one.
    takes_comment: bool = False
    # A step back: what it undoes, said on a confirmation page before it runs.
    # The admin shows these buttons apart, in a warning style, and never as a bulk action.
    undoes: str = ""

    @property
    def destructive(self) -> bool:
        return bool(self.undoes)


TRANSITIONS = (
    Transition("submit", _("Submit for review"), frozenset({DRAFT}), REVIEW, ("change",)),
    Transition(
        "withdraw",
        _("Withdraw from review"),
        frozenset({REVIEW}),
        DRAFT,
        ("change",),
        submitter_only=True,
    ),
    Transition(
        "approve",
        _("Approve (clinical review)"),
        frozenset({REVIEW}),
        APPROVED,
        ("review",),
        not_by_author_or_editor=True,
        takes_comment=True,
    ),
    Transition(
        "return_to_draft",
        _("Return to draft"),
        frozenset({REVIEW, APPROVED}),
        DRAFT,
        ("review", "publish"),
        needs_comment=True,
        undoes=_(
            "The text goes back to its author. Patients do not get these words until "
            "they are changed, reviewed and approved again."
        ),
    ),
    Transition(
        "publish", _("Publish"), frozenset({APPROVED}), PUBLISHED, ("publish",), applies_draft=True
    ),
    Transition(
        "confirm_review",
        _("Confirm clinical review (no changes)"),
        frozenset({PUBLISHED}),
        PUBLISHED,
        ("review",),
        not_by_author_or_editor=True,
        on_live=True,
    ),
    Transition(
        "archive",
        _("Unpublish (archive)"),
        frozenset({PUBLISHED}),
        ARCHIVED,
        ("publish",),
        on_live=True,
        undoes=_(
            "Patients can no longer open this page: its address, its printable handout "
            "and its place in search, in handout packs and in the content feed all go "
            "away until it is published again."
        ),
    ),
    Transition(
        "restore",
        _("Back to draft"),
        frozenset({ARCHIVED}),
        DRAFT,
        ("change",),
        on_live=True,
        applies_draft=True,
    ),
)
BY_NAME = {t.name: t for t in TRANSITIONS}

# Editing the text: who may, in each state, and what an edit does to the state.
EDIT_PERMISSIONS = {
    DRAFT: ("change",),
    # Once submitted, only reviewers and publishers may change the text.
    REVIEW: ("review", "publish"),
    APPROVED: ("review", "publish"),
    # Editing a live item starts a draft of changes; patients keep the live page.
    PUBLISHED: ("change",),
    ARCHIVED: ("change",),
}
# An approval is of the text that was approved: an edit sends it back to review.
AFTER_EDIT = {APPROVED: REVIEW}
# How the workflow's log names that step (it is no transition anyone chooses).
EDITED = "edited"
EDITED_LABEL = _("Changed after approval: needs review again")


def editorial_state(item, draft) -> str:
    """The state the next transition starts from: the draft's, when a live item has one."""
    if draft is not None and item.status == PUBLISHED:
        return draft.status
    return item.status


def state_label(item, draft) -> str:
    """What staff read in the list and on the change form."""
    if item.status == PUBLISHED:
        if item.publish_at and not item.is_live:
            base = _("Scheduled")
        else:
            base = _("Live")
        if draft is None:
            return str(base)
        # The live page first, then where its waiting changes are (Wagtail's "Live + Draft").
        return {
            DRAFT: _("%(live)s · Draft changes"),
            REVIEW: _("%(live)s · Changes in review"),
            APPROVED: _("%(live)s · Approved, ready to publish"),
        }[draft.status] % {"live": base}
    return str(
        {
            DRAFT: _("Draft"),
            REVIEW: _("In review"),
            APPROVED: _("Approved, ready to publish"),
            ARCHIVED: _("Archived (not live)"),
        }[item.status]
    )


def applies(transition: Transition, item, draft) -> bool:
    """Whether the transition starts from the item's state (permissions aside)."""
    state = item.status if transition.on_live else editorial_state(item, draft)
    return state in transition.sources


def people(item, draft, transition: Transition) -> tuple:
    """(author, last editor, submitter) ids of what the transition acts on."""
    if draft is not None and item.status == PUBLISHED and not transition.on_live:
        return draft.created_by_id, draft.updated_by_id, draft.submitted_by_id
    return item.author_id, item.updated_by_id, item.submitted_by_id


NO_PERMISSION, NOT_SUBMITTER, OWN_WORK = "no_permission", "not_submitter", "own_work"


def why_not(transition: Transition, item, draft, user) -> str | None:
    """None when the user may run the transition; otherwise the reason, as a code."""
    if not _has_any(user, item, transition.permissions):
        return NO_PERMISSION
    author, editor, submitter = people(item, draft, transition)
    if transition.submitter_only and submitter not in (None, user.pk):
        return NOT_SUBMITTER
    # Four eyes: the clinical review is by someone who neither wrote the text
    # nor made its latest change.
    if transition.not_by_author_or_editor and user.pk in (author, editor):
        return OWN_WORK
    return None


def allowed_for(transition: Transition, item, draft, user) -> bool:
    """Permissions (on the item's model) and the rules about people."""
    return why_not(transition, item, draft, user) is None


def _has_any(user, item, permissions) -> bool:
    opts = item._meta
    return any(user.has_perm(f"{opts.app_label}.{p}_{opts.model_name}") for p in permissions)


def may_edit(item, draft, user) -> bool:
    return _has_any(user, item, EDIT_PERMISSIONS[editorial_state(item, draft)])


def state_after_edit(state: str) -> str:
    return AFTER_EDIT.get(state, state)


def available(item, draft, user) -> list[Transition]:
    """The transitions this user may run on the item now: the admin's buttons."""
    return [t for t in TRANSITIONS if applies(t, item, draft) and allowed_for(t, item, draft, user)]
