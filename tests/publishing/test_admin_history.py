"""The history tells the truth. Each version names who made the change;
demo items say they were never reviewed; the compare view marks the changed words
and reads yes/no fields as Yes/No."""

import re
from datetime import date

import pytest
from django.urls import reverse

from articles.models import Article
from publishing import services
from tests.factories import ArticleFactory


def history_url(item):
    return reverse("admin:articles_article_history", args=[item.pk])


def compare_url(item):
    return reverse("admin:articles_article_compare", args=[item.pk])


def test_a_published_change_is_credited_to_its_author_not_the_publisher(
    client, author, reviewer, publisher
):
    live = ArticleFactory(published=True, author=author, body="<p>Rest the knee.</p>")
    edited = Article.objects.get(pk=live.pk)
    edited.body = "<p>Rest the knee for two days.</p>"
    services.publishable_save_draft(
        item=live, user=author, data=services.draft_data(edited, m2m={}, inlines={})
    )
    services.publishable_transition(item=live, name="submit", user=author)
    services.publishable_transition(item=live, name="approve", user=reviewer)
    services.publishable_transition(item=live, name="publish", user=publisher)
    live.refresh_from_db()
    assert live.body == "<p>Rest the knee for two days.</p>"
    record = live.history.order_by("-history_date", "-history_id").first()
    assert record.body == live.body
    assert record.history_user == author
    client.force_login(publisher)
    html = client.get(history_url(live)).content.decode()
    row = re.search(r"<tr>\s*<td>[^<]*</td>\s*<td>([^<]*)</td>\s*<td>([^<]*)</td>", html)
    assert row.groups() == ("Ana Author", "Saved: Approved changes published by Pia Publisher")


def test_workflow_steps_say_which_step_a_version_was(client, author, reviewer):
    article = ArticleFactory(author=author)
    services.publishable_transition(item=article, name="submit", user=author)
    services.publishable_transition(item=article, name="approve", user=reviewer)
    latest = article.history.order_by("-history_date", "-history_id").first()
    assert latest.history_user == reviewer
    assert latest.history_change_reason == "Approve (clinical review)"


def test_an_edit_that_sends_approved_text_back_to_review_is_in_the_workflow_log(
    client, author, reviewer, publisher
):
    article = ArticleFactory(author=author)
    services.publishable_transition(item=article, name="submit", user=author)
    services.publishable_transition(item=article, name="approve", user=reviewer)
    edited = Article.objects.get(pk=article.pk)
    edited.summary = "Rest, then move gently."
    services.publishable_save(item=article, user=author, data=edited.content_data())
    client.force_login(publisher)

    history = client.get(history_url(article)).content.decode()

    assert "Changed after approval: needs review again" in history


@pytest.mark.django_db
def test_demo_items_say_plainly_they_were_never_reviewed(client, demo, publisher):
    article = Article.objects.filter(is_demo=True).first()
    client.force_login(publisher)
    page = client.get(reverse("admin:articles_article_change", args=[article.pk]))
    html = page.content.decode()
    assert "Never reviewed: sample content that came with the portal" in html
    assert "approved by" not in html.lower()
    history = client.get(history_url(article)).content.decode()
    assert "sample content that came with the portal, never reviewed" in history
    assert "Never reviewed: sample content that came with the portal" in history


def test_compare_marks_changed_words_inline_and_says_yes_or_no(
    client, publisher, django_assert_max_num_queries
):
    paragraphs = [f"<p>Unchanged advice number {n}.</p>" for n in range(1, 6)]
    article = ArticleFactory(
        published=True, is_demo=True, body="".join([*paragraphs, "<p>Rest for a day.</p>"])
    )
    article.body = "".join([*paragraphs, "<p>Rest for two days.</p>", "<p>Call us.</p>"])
    article.is_demo = False
    article.next_review_due = date(2031, 3, 9)
    article.save()
    older, newer = article.history.order_by("history_date", "history_id")
    client.force_login(publisher)
    with django_assert_max_num_queries(18):  # first page view creates the settings row
        response = client.get(compare_url(article), {"a": older.history_id, "b": newer.history_id})
    html = response.content.decode()
    assert response.status_code == 200
    changes = {str(c["label"]): c["rows"] for c in response.context["changes"]}
    body = changes["body"]
    assert [row["kind"] for row in body] == ["unchanged", "changed", "added"]
    changed = body[1]["html"]
    assert re.search(r"<del>.*a</del>", changed) and re.search(r"<ins>.*two</ins>", changed)
    assert re.search(r"<ins>.*days\.</ins>", changed) and changed.startswith("Rest for ")
    assert "Unchanged advice number 3" not in html  # not the whole body for one line
    assert "5 unchanged parts" in html
    assert "Call us." in html
    (demo,) = changes["sample content"]
    assert re.fullmatch(r"<del>.*>Yes</del><ins>.*>No</ins>", demo["html"])
    assert "True" not in html and "False" not in html
    (due,) = changes["next review due"]
    assert "March" in due["html"] and "2031" in due["html"] and "2031-03-09" not in html


def test_a_published_care_card_is_credited_to_who_wrote_it(author, reviewer, publisher):
    from articles.models import CareAdvice, Condition
    from tests.factories import ConditionFactory

    live = ConditionFactory(published=True, author=author)
    edited = Condition.objects.get(pk=live.pk)
    card = {
        "urgency": "routine",
        "heading": "See a physio if:",
        "points": "It still hurts after 2 weeks",
        "action": "Book an appointment.",
        "order": 0,
    }
    services.publishable_save_draft(
        item=live,
        user=author,
        data=services.draft_data(edited, m2m={}, inlines={"care_advice": [card]}),
    )
    for name, user in [("submit", author), ("approve", reviewer), ("publish", publisher)]:
        services.publishable_transition(item=live, name=name, user=user)
    (published,) = CareAdvice.objects.filter(condition=live)
    assert published.history.get().history_user == author
