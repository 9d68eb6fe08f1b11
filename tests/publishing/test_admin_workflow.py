"""No one-click unpublish. Steps back are confirmed on a page that says what
patients lose; an approval may carry a comment that the history shows."""

import pytest
from django.urls import reverse

from articles.models import Status
from publishing import services, workflow
from publishing.models import WorkflowEvent
from tests.factories import ArticleFactory


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def transition_url(article, action):
    return reverse("admin:articles_article_transition", args=[article.pk, action])


@pytest.fixture
def live(author):
    return ArticleFactory(published=True, author=author, title="Ice after a run")


def test_unpublishing_without_confirming_leaves_the_page_live(client, publisher, live):
    client.force_login(publisher)
    response = client.post(transition_url(live, "archive"), {"expected_version": live.version})
    assert response.status_code == 200  # the confirmation page, nothing done
    live.refresh_from_db()
    assert live.status == Status.PUBLISHED
    page = response.content.decode()
    assert "What patients will lose" in page
    assert "Patients can no longer open this page" in page
    assert live.get_absolute_url() in page and "Ice after a run" in page
    assert 'name="confirmed"' in page
    assert client.get(live.get_absolute_url()).status_code == 200


def test_unpublishing_after_confirming_archives(client, publisher, live):
    client.force_login(publisher)
    # The change form's button opens the confirmation page (a GET changes nothing).
    confirm = client.get(transition_url(live, "archive"))
    assert confirm.status_code == 200
    live.refresh_from_db()
    assert live.status == Status.PUBLISHED
    response = client.post(
        transition_url(live, "archive"),
        {"expected_version": live.version, "confirmed": "yes", "comment": "Replaced."},
        follow=True,
    )
    assert "Status is now “Archived (not live)”" in response.content.decode()
    live.refresh_from_db()
    assert live.status == Status.ARCHIVED
    assert WorkflowEvent.objects.of(live).get().comment == "Replaced."


def test_the_confirmation_page_is_refused_to_those_who_may_not(client, author, live):
    client.force_login(author)
    assert client.get(transition_url(live, "archive")).status_code == 403


def test_steps_back_stand_apart_in_a_warning_style_and_are_not_bulk_actions(
    client, publisher, reviewer, live
):
    client.force_login(publisher)
    page = client.get(change_url(live)).content.decode()
    undo = page[page.index('class="workflow-bar__undo"') :]
    assert "workflow-action__button--undo" in undo and ">Unpublish (archive)<" in undo
    assert "Unpublish" not in page[: page.index('class="workflow-bar__undo"')]
    # A live item's safe step (reviewer) is not in the warning group.
    client.force_login(reviewer)
    page = client.get(change_url(live)).content.decode()
    assert ">Confirm clinical review (no changes)<" in page
    assert "workflow-bar__undo" not in page
    changelist = client.get(reverse("admin:articles_article_changelist"))
    assert "Unpublish (archive): selected items" not in changelist.content.decode()
    assert {t.name for t in workflow.TRANSITIONS if t.destructive} == {
        "archive",
        "return_to_draft",
    }


def test_returning_to_draft_is_confirmed_too(client, author, reviewer):
    article = ArticleFactory(author=author)
    services.publishable_transition(item=article, name="submit", user=author)
    client.force_login(reviewer)
    response = client.post(transition_url(article, "return_to_draft"), {"comment": "Shorter."})
    assert response.status_code == 200 and "What patients will lose" in response.content.decode()
    article.refresh_from_db()
    assert article.status == Status.REVIEW


def test_an_approval_carries_a_comment_shown_in_the_history(client, author, reviewer):
    article = ArticleFactory(author=author)
    services.publishable_transition(item=article, name="submit", user=author)
    client.force_login(reviewer)
    form = client.get(change_url(article)).content.decode()
    assert 'id="id_comment_approve"' in form
    client.post(
        transition_url(article, "approve"),
        {"expected_version": article.version, "comment": "Checked against the 2024 guideline."},
    )
    article.refresh_from_db()
    assert article.status == Status.APPROVED
    event = WorkflowEvent.objects.of(article).get(transition="approve")
    assert event.comment == "Checked against the 2024 guideline."
    history = client.get(reverse("admin:articles_article_history", args=[article.pk]))
    assert "Checked against the 2024 guideline." in history.content.decode()
