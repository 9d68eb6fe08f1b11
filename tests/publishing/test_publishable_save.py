"""One service saves every edit of an item's content, from the admin or from a script:
a live item's edit waits in its draft of changes; any other item is saved, and an edit
of approved text goes back to review."""

import pytest
from django.contrib.admin.models import LogEntry
from django.core.exceptions import ValidationError
from django.urls import reverse

from articles.models import Article, CareAdvice, Condition, Status
from audit.models import Action, AuditEvent
from publishing import services
from publishing.models import Draft, WorkflowEvent
from tests.articles.test_condition_admin import post_data
from tests.factories import ActivityFactory, ArticleFactory, CareAdviceFactory, ConditionFactory

pytestmark = pytest.mark.django_db


def publish_the_draft(item, *, author, reviewer, publisher):
    for name, user in (("submit", author), ("approve", reviewer), ("publish", publisher)):
        services.publishable_transition(item=item, name=name, user=user)


def test_a_script_makes_a_draft_of_a_live_article_and_publishing_applies_it(
    client, author, reviewer, publisher
):
    live = ArticleFactory(published=True, title="Ice for a sore knee")
    edited = Article.objects.get(pk=live.pk)
    edited.title = "Ice and rest for a sore knee"

    saved = services.publishable_save(item=live, user=author, data=edited.content_data())

    assert isinstance(saved, Draft) and saved.data["fields"]["title"] == edited.title
    live.refresh_from_db()
    assert live.title == "Ice for a sore knee" and live.status == Status.PUBLISHED
    client.force_login(publisher)
    html = client.get(reverse("admin:articles_article_change", args=[live.pk])).content.decode()
    assert 'value="Ice and rest for a sore knee"' in html and "Draft changes" in html

    publish_the_draft(live, author=author, reviewer=reviewer, publisher=publisher)
    live.refresh_from_db()
    assert live.title == "Ice and rest for a sore knee" and not Draft.objects.of(live).exists()


def test_a_script_makes_a_draft_of_a_live_condition_with_its_care_cards(
    client, author, reviewer, publisher
):
    running, stairs = ActivityFactory(), ActivityFactory()
    live = ConditionFactory(published=True, activities=[running])
    CareAdviceFactory(condition=live, heading="See a physio if:")
    edited = Condition.objects.get(pk=live.pk)
    edited.summary = "A knee problem. Rest helps."
    cards = [{**row, "heading": "See your GP if:"} for row in edited.child_rows("care_advice")]
    data = edited.content_data(m2m={"activities": [stairs.pk]}, children={"care_advice": cards})

    draft = services.publishable_save(item=live, user=author, data=data)

    assert draft.data["inlines"]["care_advice"][0]["heading"] == "See your GP if:"
    live.refresh_from_db()
    assert live.summary == "A knee problem. It can hurt when you move."
    assert list(live.activities.all()) == [running]
    assert list(live.care_advice.values_list("heading", flat=True)) == ["See a physio if:"]
    client.force_login(publisher)
    page = client.get(reverse("admin:articles_condition_change", args=[live.pk]))
    assert page.context["adminform"].form.initial["activities"] == [stairs.pk]
    assert 'value="See your GP if:"' in page.content.decode()

    publish_the_draft(live, author=author, reviewer=reviewer, publisher=publisher)
    live.refresh_from_db()
    assert live.summary == "A knee problem. Rest helps."
    assert list(live.activities.all()) == [stairs]
    assert list(live.care_advice.values_list("heading", flat=True)) == ["See your GP if:"]


def test_an_unchanged_save_of_a_live_item_makes_no_draft(author):
    live = ConditionFactory(published=True, activities=[ActivityFactory()])
    CareAdviceFactory(condition=live)
    version = live.version

    saved = services.publishable_save(item=live, user=author, data=live.content_data())

    assert saved == live and not Draft.objects.exists()
    live.refresh_from_db()
    assert live.version == version


def test_a_draft_edited_again_keeps_the_rows_the_edit_leaves_out(author):
    live = ConditionFactory(published=True)
    CareAdviceFactory(condition=live, heading="See a physio if:")
    rows = [{**row, "heading": "See your GP if:"} for row in live.child_rows("care_advice")]
    services.publishable_save(
        item=live, user=author, data=live.content_data(children={"care_advice": rows})
    )
    edited = Condition.objects.get(pk=live.pk)
    edited.title = "Runner's knee"

    draft = services.publishable_save(item=live, user=author, data=edited.content_data(children={}))

    assert draft.data["fields"]["title"] == "Runner's knee"
    assert draft.data["inlines"]["care_advice"][0]["heading"] == "See your GP if:"


def test_editing_an_approved_draft_sends_it_back_to_review(author, reviewer):
    live = ArticleFactory(published=True)
    edited = Article.objects.get(pk=live.pk)
    edited.title = "New title"
    services.publishable_save(item=live, user=author, data=edited.content_data())
    services.publishable_transition(item=live, name="submit", user=author)
    services.publishable_transition(item=live, name="approve", user=reviewer)
    edited.title = "Newer title"

    draft = services.publishable_save(item=live, user=author, data=edited.content_data())

    assert draft.status == Status.REVIEW and draft.approved_by is None
    logged = WorkflowEvent.objects.of(live).first()
    assert (logged.transition, logged.from_state, logged.to_state) == (
        "edited",
        "approved",
        "review",
    )
    assert logged.on_draft and logged.user == author


def test_an_edit_of_an_approved_item_goes_back_to_review(author, reviewer):
    item = ArticleFactory(status=Status.APPROVED, reviewed_by=reviewer)
    edited = Article.objects.get(pk=item.pk)
    edited.summary = "Shorter advice."

    saved = services.publishable_save(item=item, user=author, data=edited.content_data())

    item.refresh_from_db()
    assert saved.pk == item.pk and item.summary == "Shorter advice."
    assert item.status == Status.REVIEW and item.updated_by == author
    assert item.history.first().history_user == author
    # The step back to review is in the workflow's log and the audit trail.
    logged = WorkflowEvent.objects.of(item).get()
    assert (logged.transition, logged.to_state, logged.on_draft) == ("edited", "review", False)
    audited = AuditEvent.objects.filter(action=Action.WORKFLOW).get()
    assert audited.detail == "edited: approved → review"


def test_an_unchanged_save_of_an_approved_item_keeps_the_approval(author):
    item = ArticleFactory(status=Status.APPROVED)
    version = item.version

    services.publishable_save(item=item, user=author, data=item.content_data())

    item.refresh_from_db()
    assert item.status == Status.APPROVED and item.version == version + 1
    assert not WorkflowEvent.objects.of(item).exists()


def test_a_care_card_changed_on_an_approved_condition_keeps_its_id_and_needs_review(author):
    item = ConditionFactory(status=Status.APPROVED)
    card, other = CareAdviceFactory(condition=item), CareAdviceFactory(condition=item)
    rows = item.child_rows("care_advice", with_ids=True)
    rows[0]["heading"] = "Call us if:"

    services.publishable_save(
        item=item, user=author, data=item.content_data(children={"care_advice": rows[:1]})
    )

    item.refresh_from_db()
    assert item.status == Status.REVIEW
    assert list(item.care_advice.values_list("pk", "heading")) == [(card.pk, "Call us if:")]
    assert not CareAdvice.objects.filter(pk=other.pk).exists()


def test_a_save_from_an_older_version_is_refused(author):
    item = ArticleFactory()
    edited = Article.objects.get(pk=item.pk)
    edited.title = "Someone else's title"
    services.publishable_save(item=item, user=author, data=edited.content_data())

    with pytest.raises(ValidationError, match="after you opened it"):
        services.publishable_save(
            item=item, user=author, data=item.content_data(), expected_version=item.version
        )


def test_the_data_cannot_change_workflow_fields(author):
    live = ArticleFactory(published=True)
    data = live.content_data()
    data["fields"].update(status=Status.ARCHIVED, is_demo=True, title="Changed")

    draft = services.publishable_save(item=live, user=author, data=data)

    assert "status" not in draft.data["fields"] and "is_demo" not in draft.data["fields"]
    live.refresh_from_db()
    assert live.status == Status.PUBLISHED and not WorkflowEvent.objects.exists()


def test_the_admin_changes_an_approved_conditions_card_in_place_and_logs_it(client, reviewer):
    item = ConditionFactory(status=Status.APPROVED)
    card = CareAdviceFactory(condition=item, heading="See a physio if:")
    client.force_login(reviewer)
    url = reverse("admin:articles_condition_change", args=[item.pk])
    opened = client.get(url)
    prefix = opened.context["inline_admin_formsets"][0].formset.prefix

    saved = client.post(url, post_data(opened, **{f"{prefix}-0-heading": "Call us if:"}))

    assert saved.status_code == 302
    item.refresh_from_db()
    assert item.status == Status.REVIEW
    assert list(item.care_advice.values_list("pk", "heading")) == [(card.pk, "Call us if:")]
    logged = LogEntry.objects.get(object_id=str(item.pk)).get_change_message()
    assert "Changed Heading for care advice card “Call us if:”" in logged
