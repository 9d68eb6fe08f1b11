"""The articles admin: conflicts, workflow buttons, history, lists."""

import re

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Status
from publishing import services
from tests.factories import ArticleFactory
from tests.support.two_factor import VerifiedClient


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def form_data(response, **changes):
    """The values a browser would send back from the change form as rendered."""
    form = response.context["adminform"].form
    data = {
        "title": form.initial["title"],
        "slug": form.initial["slug"],
        "topic": form.initial["topic"],
        "summary": form.initial["summary"],
        "body": form.initial["body"],
        "publish_at_0": "",
        "publish_at_1": "",
        "expected_version": form.fields["expected_version"].initial,
    }
    data.update(changes)
    return data


@pytest.fixture
def draft(author):
    return ArticleFactory(author=author, title="Ice and rest", body="<p>Use ice.</p>")


def test_second_save_of_a_stale_form_is_refused(client, reviewer, publisher):
    article = ArticleFactory(published=True, body="<p>Use ice.</p>")
    # Both open the same article.
    second = VerifiedClient()
    client.force_login(reviewer)
    second.force_login(publisher)
    first_form = client.get(change_url(article))
    second_form = second.get(change_url(article))

    # One saves...
    saved = second.post(
        change_url(article), form_data(second_form, body="<p>Publisher's words.</p>")
    )
    assert saved.status_code == 302

    # ...and the other's save, from a form opened before that, is refused.
    refused = client.post(
        change_url(article), form_data(first_form, body="<p>Reviewer's words.</p>")
    )
    assert refused.status_code == 200
    assert "Pia Publisher changed this item on" in refused.content.decode()
    article.refresh_from_db()
    # The live text is untouched; the publisher's words wait in the draft.
    assert article.body == "<p>Use ice.</p>"
    assert services.draft_of(article).data["fields"]["body"] == "<p>Publisher's words.</p>"
    assert article.history.count() == 1


def test_conflict_message_names_who_and_keeps_the_text(client, draft, author, reviewer):
    client.force_login(author)
    opened = client.get(change_url(draft))
    other = VerifiedClient()
    other.force_login(reviewer)
    # Someone else saves in between (a reviewer may edit drafts too).
    other_form = other.get(change_url(draft))
    assert (
        other.post(
            change_url(draft), form_data(other_form, title="Ice, rest and raise")
        ).status_code
        == 302
    )

    response = client.post(
        change_url(draft), form_data(opened, body="<p>My careful new paragraph.</p>")
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Rui Reviewer changed this item on" in page
    assert "Your changes have not been saved" in page
    assert "My careful new paragraph." in page  # the author's text is still on screen
    draft.refresh_from_db()
    assert draft.title == "Ice, rest and raise"
    assert draft.body == "<p>Use ice.</p>"


def test_unchanged_version_saves_and_bumps_the_counter(client, draft, author):
    client.force_login(author)
    opened = client.get(change_url(draft))
    response = client.post(change_url(draft), form_data(opened, summary="New summary."))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert (draft.summary, draft.version, draft.updated_by) == ("New summary.", 2, author)


def test_author_cannot_publish_through_the_admin(client, author):
    article = ArticleFactory(author=author, status=Status.APPROVED)
    client.force_login(author)
    url = reverse("admin:articles_article_transition", args=[article.pk, "publish"])
    response = client.post(url)
    assert response.status_code == 403
    article.refresh_from_db()
    assert article.status == Status.APPROVED
    # The bulk action is not even offered, and forcing it does nothing.
    changelist = client.get(reverse("admin:articles_article_changelist"))
    assert "Publish: selected items" not in changelist.content.decode()
    assert "Submit for review: selected items" in changelist.content.decode()
    client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "publish", "_selected_action": [article.pk]},
    )
    article.refresh_from_db()
    assert article.status == Status.APPROVED


def test_workflow_buttons_walk_an_article_to_published(client, draft, author, reviewer, publisher):
    def transition(user, action):
        client.force_login(user)
        url = reverse("admin:articles_article_transition", args=[draft.pk, action])
        assert client.get(change_url(draft)).status_code == 200
        return client.post(url, follow=True)

    transition(author, "submit")
    response = transition(publisher, "publish")
    assert "cannot be done while the item is “In review”" in response.content.decode()
    response = transition(reviewer, "approve")
    assert "Status is now “Approved, ready to publish”" in response.content.decode()
    client.force_login(reviewer)
    assert ">Approve (clinical review)<" not in client.get(change_url(draft)).content.decode()
    response = transition(publisher, "publish")
    assert "Status is now “Live”" in response.content.decode()
    page = response.content.decode()
    assert "The live version was approved by" in page and "Rui Reviewer" in page
    draft.refresh_from_db()
    assert draft.status == Status.PUBLISHED


def test_only_offered_buttons_are_shown(client, draft, author, publisher):
    client.force_login(author)
    page = client.get(change_url(draft)).content.decode()
    assert "Submit for review" in page
    assert ">Publish<" not in page
    draft.status = Status.APPROVED
    draft.save()
    client.force_login(publisher)
    page = client.get(change_url(draft)).content.decode()
    assert ">Publish<" in page


def test_authors_see_submitted_items_read_only(client, author):
    article = ArticleFactory(author=author, status=Status.REVIEW)
    client.force_login(author)
    response = client.get(change_url(article))
    assert response.status_code == 200
    assert not response.context["has_change_permission"]
    response = client.post(change_url(article), {"title": "Sneaky edit"})
    assert response.status_code == 403
    article.refresh_from_db()
    assert article.title != "Sneaky edit"


def test_history_lists_edits_and_revert_restores(client, draft, author):
    client.force_login(author)
    for text in ("<p>Second version.</p>", "<p>Third version.</p>"):
        opened = client.get(change_url(draft))
        assert client.post(change_url(draft), form_data(opened, body=text)).status_code == 302

    history = client.get(reverse("admin:articles_article_history", args=[draft.pk]))
    assert history.status_code == 200
    records = list(draft.history.order_by("history_date"))
    assert len(records) == 3
    assert history.content.decode().count("Compare with the latest") == 3

    # Revert to the first version through the history form.
    first = records[0]
    revert_url = reverse("admin:articles_article_simple_history", args=[draft.pk, first.history_id])
    revert_form = client.get(revert_url)
    assert revert_form.status_code == 200
    data = form_data(revert_form)
    assert data["body"] == "<p>Use ice.</p>"
    assert client.post(revert_url, data).status_code == 302
    draft.refresh_from_db()
    assert draft.body == "<p>Use ice.</p>"
    assert draft.version == 4
    assert draft.status == Status.DRAFT


def test_revert_keeps_the_workflow_state(client, reviewer, publisher):
    article = ArticleFactory(published=True, body="<p>Old advice.</p>")
    article.body = "<p>New advice.</p>"
    article.save()
    client.force_login(publisher)
    first = article.history.earliest("history_date")
    revert_url = reverse(
        "admin:articles_article_simple_history", args=[article.pk, first.history_id]
    )
    article.status = Status.ARCHIVED
    article.save()
    assert client.post(revert_url, form_data(client.get(revert_url))).status_code == 302
    article.refresh_from_db()
    assert article.body == "<p>Old advice.</p>"
    assert article.status == Status.ARCHIVED


def test_reverting_a_live_article_makes_a_new_draft_and_leaves_it_live(client, publisher):
    article = ArticleFactory(published=True, body="<p>Old advice.</p>")
    article.body = "<p>New advice.</p>"
    article.save()
    client.force_login(publisher)
    first = article.history.earliest("history_date")
    revert_url = reverse(
        "admin:articles_article_simple_history", args=[article.pk, first.history_id]
    )
    assert client.post(revert_url, form_data(client.get(revert_url))).status_code == 302
    article.refresh_from_db()
    assert article.body == "<p>New advice.</p>" and article.status == Status.PUBLISHED
    assert services.draft_of(article).data["fields"]["body"] == "<p>Old advice.</p>"


def test_compare_shows_the_difference_between_two_versions(client, draft, author):
    draft.body = "<p>Use ice.</p><p>Raise your leg.</p>"
    draft.save()
    client.force_login(author)
    older, newer = draft.history.order_by("history_date")
    url = reverse("admin:articles_article_compare", args=[draft.pk])
    response = client.get(url, {"a": older.history_id, "b": newer.history_id})
    page = response.content.decode()
    assert response.status_code == 200
    assert re.search(r'class="added">.*Raise your leg\.', page)


def test_list_shows_figures_and_filters(client, publisher, settings):
    ArticleFactory(published=True, title="Overdue one", next_review_due=timezone.localdate())
    ArticleFactory(
        published=True,
        title="Hard words",
        body="<p>Patellofemoral arthrokinematic dysfunction necessitates multidisciplinary rehabilitation programmes.</p>",
    )
    ArticleFactory(published=True, title="Plain words")
    client.force_login(publisher)
    url = reverse("admin:articles_article_changelist")
    page = client.get(url).content.decode()
    for column in ("Grade", "Status", "Reviewed on", "Next review due"):
        assert column in page
    overdue = client.get(url, {"review": "overdue"}).context["cl"].result_list
    assert [a.title for a in overdue] == ["Overdue one"]
    above = client.get(url, {"reading": "above"}).context["cl"].result_list
    assert [a.title for a in above] == ["Hard words"]


def test_change_form_shows_figures_against_the_target(client, publisher):
    article = ArticleFactory(published=True)
    client.force_login(publisher)
    page = client.get(change_url(article)).content.decode()
    assert "Reading grade (Flesch-Kincaid)" in page
    assert "target 8" in page
    assert "within the target" in page


def test_new_articles_start_as_drafts_by_their_author(client, author):
    client.force_login(author)
    response = client.post(
        reverse("admin:articles_article_add"),
        {
            "title": "Stairs and knees",
            "slug": "stairs-and-knees",
            "topic": "causes",
            "summary": "Why stairs can hurt.",
            "body": "<p>Stairs load the kneecap.</p>",
            "publish_at_0": "",
            "publish_at_1": "",
        },
    )
    assert response.status_code == 302
    article = Article.objects.get(slug="stairs-and-knees")
    assert (article.status, article.author) == (Status.DRAFT, author)


def test_an_author_reverting_a_live_article_only_drafts_changes(client, author):
    article = ArticleFactory(published=True, author=author, body="<p>Approved advice.</p>")
    article.body = "<p>Second approved advice.</p>"
    article.save()
    first = article.history.earliest("history_date")
    client.force_login(author)
    revert_url = reverse(
        "admin:articles_article_simple_history", args=[article.pk, first.history_id]
    )
    assert client.get(revert_url).status_code == 200  # looking is fine
    data = {
        "title": article.title,
        "slug": article.slug,
        "topic": article.topic,
        "summary": article.summary,
        "body": "<p>Unreviewed words.</p>",
        "publish_at_0": "",
        "publish_at_1": "",
        "expected_version": article.version,
    }
    assert client.post(revert_url, data).status_code == 302
    article.refresh_from_db()
    assert article.body == "<p>Second approved advice.</p>"  # live, untouched
    assert services.draft_of(article).data["fields"]["body"] == "<p>Unreviewed words.</p>"


def test_editing_a_live_article_keeps_it_live_with_a_draft(client, publisher):
    article = ArticleFactory(published=True, body="<p>Reviewed words.</p>")
    client.force_login(publisher)
    opened = client.get(change_url(article))
    assert "This page is live" in opened.content.decode()
    response = client.post(
        change_url(article), form_data(opened, body="<p>Not yet reviewed.</p>"), follow=True
    )
    assert "Patients still see the live page" in response.content.decode()
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED and article.body == "<p>Reviewed words.</p>"
    # The change form shows the draft; the list says so.
    page = client.get(change_url(article)).content.decode()
    assert "Not yet reviewed." in page and "draft of changes" in page
    listing = client.get(reverse("admin:articles_article_changelist")).content.decode()
    assert "Live · Draft changes" in listing
    client.logout()
    public = client.get(article.get_absolute_url())
    assert public.status_code == 200
    assert "Reviewed words." in public.content.decode()
    assert "Not yet reviewed." not in public.content.decode()


def test_saving_a_live_article_unchanged_keeps_it_live(client, publisher):
    article = ArticleFactory(published=True)
    client.force_login(publisher)
    assert (
        client.post(change_url(article), form_data(client.get(change_url(article)))).status_code
        == 302
    )
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED


def test_approving_a_version_someone_changed_since_is_refused(client, author, reviewer):
    article = ArticleFactory(author=author, status=Status.REVIEW)
    seen = article.version
    article.body = "<p>Changed after the reviewer opened it.</p>"
    article.save()
    client.force_login(reviewer)
    url = reverse("admin:articles_article_transition", args=[article.pk, "approve"])
    page = client.post(url, {"expected_version": seen}, follow=True).content.decode()
    assert "Someone changed this item after you opened it" in page
    article.refresh_from_db()
    assert article.status == Status.REVIEW


def test_history_reads_like_a_product(client, author, reviewer, publisher):
    """Names and comments; never None, pk= or user ids."""
    article = ArticleFactory(author=author, body="<p>Use ice.</p>")
    client.force_login(author)
    opened = client.get(change_url(article))
    client.post(change_url(article), form_data(opened, body="<p>Use ice and rest.</p>"))
    services.publishable_transition(item=article, name="submit", user=author)
    services.publishable_transition(
        item=article, name="return_to_draft", user=reviewer, comment="Say how long to rest."
    )
    client.force_login(publisher)
    page = client.get(reverse("admin:articles_article_history", args=[article.pk]))
    html = page.content.decode()
    assert page.status_code == 200
    assert "Ana Author" in html and "Rui Reviewer" in html
    assert "Say how long to rest." in html and "Return to draft" in html
    for internal in ("None", "pk=", "COMPARE_LINK", f">{author.pk}<", "Change reason"):
        assert internal not in html, internal
    today = timezone.localdate()
    from django.utils import formats

    assert formats.date_format(today, "DATE_FORMAT") in html
    compare = client.get(reverse("admin:articles_article_compare", args=[article.pk]))
    assert "Ana Author" in compare.content.decode() and "None" not in compare.content.decode()


def test_the_author_sees_why_it_was_returned(client, author, reviewer):
    article = ArticleFactory(author=author)
    services.publishable_transition(item=article, name="submit", user=author)
    client.force_login(reviewer)
    url = reverse("admin:articles_article_transition", args=[article.pk, "return_to_draft"])
    page = client.post(url, {"comment": "", "confirmed": "yes"}, follow=True).content.decode()
    assert "Say why in the comment" in page
    client.post(url, {"comment": "Add the ice advice, please.", "confirmed": "yes"})
    client.force_login(author)
    page = client.get(change_url(article)).content.decode()
    assert "Add the ice advice, please." in page and "Rui Reviewer" in page


def test_staff_preview_the_waiting_changes_patients_see_the_live_page(client, publisher):
    article = ArticleFactory(published=True, body="<p>Live words.</p>")
    client.force_login(publisher)
    opened = client.get(change_url(article))
    client.post(change_url(article), form_data(opened, body="<p>Waiting words.</p>"))
    form_page = client.get(change_url(article)).content.decode()
    assert "?preview=draft" in form_page and "Preview the changes" in form_page
    preview = client.get(article.get_absolute_url(), {"preview": "draft"})
    html = preview.content.decode()
    assert "Waiting words." in html and "Live words." not in html
    assert "Patients still see the live page" in html
    assert "no-store" in preview["Cache-Control"]
    client.logout()
    html = client.get(article.get_absolute_url(), {"preview": "draft"}).content.decode()
    assert "Live words." in html and "Waiting words." not in html
