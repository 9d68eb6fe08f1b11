"""The editorial workflow, enforced on the server.

Every transition of the one table is tried by a user who may and by one who
may not; live items keep serving their live version while a draft of changes
is edited, reviewed and approved.
"""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from articles.models import Article, Status, one_year_after
from publishing import services, workflow
from publishing.models import WorkflowEvent
from tests.factories import ArticleFactory


def run(item, name, user, **kwargs):
    return services.publishable_transition(item=item, name=name, user=user, **kwargs)


@pytest.fixture
def draft(author):
    return ArticleFactory(author=author)


@pytest.fixture
def staff(author, reviewer, publisher):
    return {"author": author, "reviewer": reviewer, "publisher": publisher}


def test_publish_permission_belongs_to_publisher_only(roles):
    publish = Permission.objects.filter(
        codename__contains="publish", content_type__app_label="articles"
    )
    assert publish.exists()
    assert set(publish) <= set(Group.objects.get(name="Publisher").permissions.all())
    assert not set(publish) & set(Group.objects.get(name="Author").permissions.all())
    assert not set(publish) & set(Group.objects.get(name="Clinical reviewer").permissions.all())


# Each transition: the state it starts from, who may run it and who may not.
CASES = [
    ("submit", Status.DRAFT, "author", "reviewer_no_change"),
    ("withdraw", Status.REVIEW, "author", "publisher_not_submitter"),
    ("approve", Status.REVIEW, "reviewer", "publisher"),
    ("return_to_draft", Status.REVIEW, "reviewer", "author"),
    ("return_to_draft", Status.APPROVED, "publisher", "author"),
    ("publish", Status.APPROVED, "publisher", "reviewer"),
    ("confirm_review", Status.PUBLISHED, "reviewer", "publisher"),
    ("archive", Status.PUBLISHED, "publisher", "author"),
    ("restore", Status.ARCHIVED, "author", "nobody"),
]


def test_every_transition_of_the_table_is_covered():
    assert {name for name, *_ in CASES} == set(workflow.BY_NAME)


@pytest.mark.parametrize(("name", "state", "allowed", "refused"), CASES)
def test_each_transition_for_allowed_and_refused_users(staff, name, state, allowed, refused):
    from tests.factories import StaffFactory

    people = {
        **staff,
        "nobody": StaffFactory(username="nobody"),
        "reviewer_no_change": StaffFactory(username="viewer"),
        # A publisher who did not submit it may not withdraw it.
        "publisher_not_submitter": staff["publisher"],
    }
    item = ArticleFactory(author=staff["author"], status=state, submitted_by=staff["author"])
    with pytest.raises(PermissionDenied):
        run(item, name, people[refused], comment="Because.")
    item.refresh_from_db()
    assert item.status == state
    run(item, name, people[allowed], comment="Because.")
    assert item.status == workflow.BY_NAME[name].target
    event = WorkflowEvent.objects.of(item).get()
    assert (event.transition, event.from_state, event.to_state) == (
        name,
        state,
        workflow.BY_NAME[name].target,
    )
    assert event.user == people[allowed]


def test_full_workflow_records_who_and_when(draft, author, reviewer, publisher):
    run(draft, "submit", author)
    assert draft.status == Status.REVIEW and draft.submitted_by == author
    run(draft, "approve", reviewer)
    assert draft.status == Status.APPROVED
    assert draft.reviewed_by == reviewer
    assert draft.reviewed_on == timezone.localdate()
    assert draft.next_review_due == one_year_after(timezone.localdate())
    run(draft, "publish", publisher)
    assert draft.status == Status.PUBLISHED
    # The approval survives publishing.
    assert draft.reviewed_by == reviewer
    run(draft, "archive", publisher)
    assert draft.status == Status.ARCHIVED


def test_publishing_needs_an_approval(draft, author, publisher):
    run(draft, "submit", author)
    with pytest.raises(ValidationError, match="cannot be done while"):
        run(draft, "publish", publisher)


def test_transitions_check_the_current_state(draft, reviewer, publisher):
    with pytest.raises(ValidationError):
        run(draft, "archive", publisher)
    with pytest.raises(ValidationError):
        run(draft, "approve", reviewer)


def test_reviewer_cannot_approve_own_article(reviewer):
    article = ArticleFactory(author=reviewer, status=Status.REVIEW)
    with pytest.raises(PermissionDenied, match="other than the author"):
        run(article, "approve", reviewer)


def test_the_last_editor_cannot_approve_their_own_change(draft, author, reviewer):
    run(draft, "submit", author)
    draft.body = "<p>The reviewer rewrote this.</p>"
    draft.updated_by = reviewer
    draft.save()
    with pytest.raises(PermissionDenied, match="last person to change it"):
        run(draft, "approve", reviewer)


def test_return_to_draft_needs_a_comment_that_is_kept(draft, author, reviewer):
    run(draft, "submit", author)
    with pytest.raises(ValidationError, match="Say why"):
        run(draft, "return_to_draft", reviewer, comment="   ")
    run(draft, "return_to_draft", reviewer, comment="Please add the ice advice.")
    assert draft.status == Status.DRAFT
    event = WorkflowEvent.objects.of(draft).first()
    assert event.comment == "Please add the ice advice." and event.user == reviewer


def test_only_the_submitter_withdraws(draft, author, publisher):
    run(draft, "submit", author)
    with pytest.raises(PermissionDenied):
        run(draft, "withdraw", publisher)
    run(draft, "withdraw", author)
    assert draft.status == Status.DRAFT and draft.submitted_by is None


def test_a_transition_never_overwrites_text_saved_meanwhile(draft, author, reviewer):
    run(draft, "submit", author)
    stale = type(draft).objects.get(pk=draft.pk)
    fresh = type(draft).objects.get(pk=draft.pk)
    fresh.body = "<p>Saved while the reviewer was reading.</p>"
    fresh.save()
    run(stale, "approve", reviewer)
    fresh.refresh_from_db()
    assert fresh.body == "<p>Saved while the reviewer was reading.</p>"
    assert fresh.reviewed_by == reviewer


def test_stale_version_is_refused(draft, author):
    with pytest.raises(ValidationError, match="changed this item after you opened it"):
        run(draft, "submit", author, expected_version=draft.version - 1)


# Live + draft ---------------------------------------------------------------------


def _edit_live(item, user, body):
    edited = Article.objects.get(pk=item.pk)
    edited.body = body
    data = services.draft_data(edited, m2m={}, inlines={})
    return services.publishable_save_draft(item=item, user=user, data=data)


def test_changes_to_a_live_item_wait_in_a_draft_until_published(author, reviewer, publisher):
    live = ArticleFactory(published=True, author=author, body="<p>Old advice.</p>")
    _edit_live(live, publisher, "<p>New advice.</p>")
    live.refresh_from_db()
    assert live.body == "<p>Old advice.</p>" and live.status == Status.PUBLISHED
    assert Article.objects.published().filter(pk=live.pk).exists()
    draft = services.draft_of(live)
    assert workflow.state_label(live, draft) == "Live · Draft changes"

    run(live, "submit", publisher)
    assert workflow.state_label(live, services.draft_of(live)) == "Live · Changes in review"
    with pytest.raises(PermissionDenied):
        run(live, "approve", publisher)  # four eyes: the publisher wrote the changes
    run(live, "approve", reviewer)
    assert (
        workflow.state_label(live, services.draft_of(live)) == "Live · Approved, ready to publish"
    )
    live.refresh_from_db()
    assert live.body == "<p>Old advice.</p>"

    run(live, "publish", publisher)
    live.refresh_from_db()
    assert live.body == "<p>New advice.</p>" and live.status == Status.PUBLISHED
    assert services.draft_of(live) is None
    assert live.reviewed_by == reviewer and live.reviewed_on == timezone.localdate()
    assert (
        live.history.first().history_change_reason == "Approved changes published by Pia Publisher"
    )


def test_editing_approved_changes_needs_a_new_review(author, reviewer, publisher):
    live = ArticleFactory(published=True, author=author)
    _edit_live(live, publisher, "<p>First change.</p>")
    run(live, "submit", publisher)
    run(live, "approve", reviewer)
    _edit_live(live, publisher, "<p>Second change.</p>")
    draft = services.draft_of(live)
    assert draft.status == Status.REVIEW and draft.approved_by is None
    with pytest.raises(ValidationError):
        run(live, "publish", publisher)


def test_archiving_a_live_item_with_waiting_changes_keeps_them(author, reviewer, publisher):
    live = ArticleFactory(published=True, author=author, body="<p>Old.</p>")
    _edit_live(live, author, "<p>Waiting.</p>")
    run(live, "archive", publisher)
    assert live.status == Status.ARCHIVED and live.body == "<p>Old.</p>"
    run(live, "restore", author)
    live.refresh_from_db()
    assert live.status == Status.DRAFT and live.body == "<p>Waiting.</p>"
    assert services.draft_of(live) is None
