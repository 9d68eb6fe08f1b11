"""The editorial workflow, enforced on the server."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from articles import services
from articles.models import Status, one_year_after
from tests.factories import ArticleFactory


@pytest.fixture
def draft(author):
    return ArticleFactory(author=author)


def test_publish_permission_belongs_to_publisher_only(roles):
    publish = Permission.objects.filter(
        codename__contains="publish", content_type__app_label="articles"
    )
    assert publish.exists()
    assert set(publish) <= set(Group.objects.get(name="Publisher").permissions.all())
    assert not set(publish) & set(Group.objects.get(name="Author").permissions.all())
    assert not set(publish) & set(Group.objects.get(name="Clinical reviewer").permissions.all())


def test_full_workflow(draft, author, reviewer, publisher):
    services.publishable_submit_for_review(item=draft, user=author)
    assert draft.status == Status.REVIEW
    services.publishable_approve(item=draft, user=reviewer)
    assert draft.reviewed_by == reviewer
    assert draft.reviewed_on == timezone.localdate()
    assert draft.next_review_due == one_year_after(timezone.localdate())
    assert draft.is_approved
    services.publishable_publish(item=draft, user=publisher)
    draft.refresh_from_db()
    assert draft.status == Status.PUBLISHED
    services.publishable_archive(item=draft, user=publisher)
    assert draft.status == Status.ARCHIVED


def test_author_cannot_publish_or_approve(draft, author):
    services.publishable_submit_for_review(item=draft, user=author)
    with pytest.raises(PermissionDenied):
        services.publishable_publish(item=draft, user=author)
    with pytest.raises(PermissionDenied):
        services.publishable_approve(item=draft, user=author)
    draft.refresh_from_db()
    assert draft.status == Status.REVIEW


def test_publishing_needs_a_clinical_review(draft, author, publisher):
    services.publishable_submit_for_review(item=draft, user=author)
    with pytest.raises(ValidationError, match="clinical reviewer must approve"):
        services.publishable_publish(item=draft, user=publisher)


def test_an_edit_after_approval_needs_a_new_review(draft, author, reviewer, publisher):
    services.publishable_submit_for_review(item=draft, user=author)
    services.publishable_approve(item=draft, user=reviewer)
    draft.body = "<p>Changed after the review.</p>"
    draft.save()
    assert not draft.is_approved
    with pytest.raises(ValidationError):
        services.publishable_publish(item=draft, user=publisher)


def test_reviewer_cannot_approve_own_article(reviewer):
    article = ArticleFactory(author=reviewer, status=Status.REVIEW)
    with pytest.raises(PermissionDenied, match="other than the author"):
        services.publishable_approve(item=article, user=reviewer)


def test_transitions_check_the_current_status(draft, reviewer, publisher):
    with pytest.raises(ValidationError):
        services.publishable_archive(item=draft, user=publisher)
    with pytest.raises(ValidationError):
        services.publishable_approve(item=draft, user=reviewer)


def test_reviewer_can_return_an_item_to_its_author(draft, author, reviewer):
    services.publishable_submit_for_review(item=draft, user=author)
    services.publishable_return_to_draft(item=draft, user=reviewer)
    assert draft.status == Status.DRAFT
    with pytest.raises(PermissionDenied):
        services.publishable_return_to_draft(item=draft, user=author)


def test_a_transition_never_overwrites_text_saved_meanwhile(draft, author, reviewer):
    services.publishable_submit_for_review(item=draft, user=author)
    stale = type(draft).objects.get(pk=draft.pk)
    fresh = type(draft).objects.get(pk=draft.pk)
    fresh.body = "<p>Saved while the reviewer was reading.</p>"
    fresh.save()
    services.publishable_approve(item=stale, user=reviewer)
    fresh.refresh_from_db()
    assert fresh.body == "<p>Saved while the reviewer was reading.</p>"
    assert fresh.reviewed_by == reviewer


def test_the_last_editor_cannot_approve_their_own_change(draft, author, reviewer):
    services.publishable_submit_for_review(item=draft, user=author)
    draft.body = "<p>The reviewer rewrote this.</p>"
    draft.updated_by = reviewer
    draft.save()
    with pytest.raises(PermissionDenied, match="last person to change it"):
        services.publishable_approve(item=draft, user=reviewer)


def test_stale_version_is_refused(draft, author):
    with pytest.raises(ValidationError, match="changed this item after you opened it"):
        services.publishable_submit_for_review(
            item=draft, user=author, expected_version=draft.version - 1
        )
