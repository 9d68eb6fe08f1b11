import pytest
from django.urls import reverse

from articles.models import CareAdvice, Condition, Status
from publishing import services
from tests.articles.test_translation_admin import sent_back
from tests.factories import ActivityFactory, ConditionFactory
from tests.support.two_factor import VerifiedClient

pytestmark = pytest.mark.django_db


def change_url(condition):
    return reverse("admin:articles_condition_change", args=[condition.pk])


def post_data(response, **changes):
    """The change form as a browser would send it back, inline included."""
    form = response.context["adminform"].form
    formset = response.context["inline_admin_formsets"][0].formset
    data = {name: form.initial.get(name) or "" for name in form.fields}
    data["areas"] = form.initial["areas"]
    data["activities"] = [getattr(a, "pk", a) for a in form.initial["activities"]]
    data["related_articles"] = [getattr(a, "pk", a) for a in form.initial["related_articles"]]
    data["expected_version"] = form.fields["expected_version"].initial
    data.update({"publish_at_0": "", "publish_at_1": ""})
    prefix = formset.prefix
    data.update(
        {
            f"{prefix}-TOTAL_FORMS": len(formset.forms),
            f"{prefix}-INITIAL_FORMS": formset.initial_form_count(),
            f"{prefix}-MIN_NUM_FORMS": 1,
            f"{prefix}-MAX_NUM_FORMS": 1000,
        }
    )
    for index, inline_form in enumerate(formset.forms):
        data[f"{prefix}-{index}-id"] = inline_form.instance.pk or ""
        for name in ("urgency", "order", "heading", "points", "action"):
            value = inline_form.initial.get(name, "")
            data[f"{prefix}-{index}-{name}"] = value if value is not None else ""
        data[f"{prefix}-{index}-condition"] = inline_form.instance.condition_id or ""
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


@pytest.fixture
def condition():
    condition = ConditionFactory(
        published=True,
        also_known_as="Runner's knee",
        icd10_codes="M22.2X1",
        activities=[ActivityFactory(slug="running")],
    )
    CareAdvice.objects.create(
        condition=condition,
        urgency="routine",
        heading="See a physio if:",
        points="Pain lasts",
        action="Book.",
    )
    return condition


def test_list_columns_and_search_by_alias_and_code(client, publisher, condition):
    client.force_login(publisher)
    url = reverse("admin:articles_condition_changelist")
    page = client.get(url).content.decode()
    for column in (
        "Status",
        "How it starts",
        "ICD-10-CM codes",
        "Grade",
        "Reviewed on",
        "Next review due",
    ):
        assert column in page
    assert list(client.get(url, {"q": "runner"}).context["cl"].result_list) == [condition]
    assert list(client.get(url, {"q": "M22.2"}).context["cl"].result_list) == [condition]


def test_edit_with_inline_care_advice_saves(client, reviewer, condition):
    client.force_login(reviewer)
    opened = client.get(change_url(condition))
    prefix = opened.context["inline_admin_formsets"][0].formset.prefix
    response = client.post(
        change_url(condition), post_data(opened, **{f"{prefix}-0-heading": "Book in if:"})
    )
    assert response.status_code == 302, response.context["errors"] if response.context else ""
    # The live card is unchanged; the changed card waits in the draft.
    assert condition.care_advice.get().heading == "See a physio if:"
    condition.refresh_from_db()
    assert condition.status == Status.PUBLISHED
    draft = services.draft_of(condition)
    assert [row["heading"] for row in draft.data["inlines"]["care_advice"]] == ["Book in if:"]

    # The change form shows the draft's card; saving it again unchanged keeps it.
    reopened = client.get(change_url(condition))
    formset = reopened.context["inline_admin_formsets"][0].formset
    assert [f.initial["heading"] for f in formset.forms] == ["Book in if:"]
    assert (
        client.post(change_url(condition), post_data(reopened, summary="Also new.")).status_code
        == 302
    )
    draft.refresh_from_db()
    assert [row["heading"] for row in draft.data["inlines"]["care_advice"]] == ["Book in if:"]
    assert draft.data["fields"]["summary"] == "Also new."
    assert draft.data["m2m"]["activities"] == [a.pk for a in condition.activities.all()]


def test_more_than_five_points_is_refused_next_to_the_card(client, reviewer, condition):
    client.force_login(reviewer)
    opened = client.get(change_url(condition))
    prefix = opened.context["inline_admin_formsets"][0].formset.prefix
    points = "\n".join(f"Point {n}" for n in range(6))
    response = client.post(
        change_url(condition), post_data(opened, **{f"{prefix}-0-points": points})
    )
    assert response.status_code == 200
    formset = response.context["inline_admin_formsets"][0].formset
    assert "at most 5 bullet points" in str(formset.forms[0].errors["points"])
    assert condition.care_advice.get().points == "Pain lasts"


def test_invalid_icd10_code_is_refused_next_to_the_field(client, reviewer, condition):
    client.force_login(reviewer)
    opened = client.get(change_url(condition))
    response = client.post(change_url(condition), post_data(opened, icd10_codes="M17.0 banana"))
    assert response.status_code == 200
    assert "Not a valid ICD-10-CM code: BANANA" in str(
        response.context["adminform"].form.errors["icd10_codes"]
    )


def test_stale_condition_form_is_refused(client, reviewer, publisher, condition):
    client.force_login(reviewer)
    stale = client.get(change_url(condition))
    other = VerifiedClient()
    other.force_login(publisher)
    assert (
        other.post(
            change_url(condition), post_data(other.get(change_url(condition)), summary="Newer.")
        ).status_code
        == 302
    )
    response = client.post(change_url(condition), post_data(stale, summary="Older."))
    assert response.status_code == 200
    assert "Pia Publisher changed this item" in response.content.decode()
    condition.refresh_from_db()
    assert services.draft_of(condition).data["fields"]["summary"] == "Newer."


def test_condition_workflow_uses_condition_permissions(author, reviewer, publisher):
    condition = ConditionFactory(author=author)
    services.publishable_transition(item=condition, name="submit", user=author)
    with pytest.raises(services.PermissionDenied):
        services.publishable_transition(item=condition, name="approve", user=author)
    services.publishable_transition(item=condition, name="approve", user=reviewer)
    with pytest.raises(services.PermissionDenied):
        services.publishable_transition(item=condition, name="publish", user=author)
    services.publishable_transition(item=condition, name="publish", user=publisher)
    assert Condition.objects.published().get() == condition
    assert condition.status == Status.PUBLISHED


def test_activity_autocomplete_for_authors(client, author):
    ActivityFactory(slug="stairs", name="Stairs")
    client.force_login(author)
    response = client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "articles",
            "model_name": "condition",
            "field_name": "activities",
            "term": "sta",
        },
    )
    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["Stairs"]


def test_publishing_a_conditions_draft_replaces_its_cards_and_choices(
    client, author, reviewer, publisher, condition
):
    client.force_login(publisher)
    opened = client.get(change_url(condition))
    prefix = opened.context["inline_admin_formsets"][0].formset.prefix
    stairs = ActivityFactory(slug="stairs", name="Stairs")
    data = post_data(opened, **{f"{prefix}-0-points": "Pain lasts\nIt swells"})
    data["activities"] = [stairs.pk]
    assert client.post(change_url(condition), data).status_code == 302
    assert list(condition.activities.all()) != [stairs]  # live choices unchanged
    for name, user in (("submit", publisher), ("approve", reviewer), ("publish", publisher)):
        services.publishable_transition(item=condition, name=name, user=user)
    condition.refresh_from_db()
    assert list(condition.activities.all()) == [stairs]
    assert condition.care_advice.get().point_list == ["Pain lasts", "It swells"]
    assert condition.care_advice.get().history.count() >= 1


@pytest.mark.parametrize("field", ["related_articles", "activities"])
def test_a_condition_with_a_bad_related_choice_is_refused_with_a_message(client, reviewer, field):
    condition = ConditionFactory()
    client.force_login(reviewer)
    opened = client.get(change_url(condition))

    refused = client.post(change_url(condition), sent_back(opened, **{field: ["x"]}))

    assert refused.status_code == 200
    assert list(refused.context["adminform"].form.errors) == [field]
