"""The conditions catalogue's filters, on the demo content."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

URL = "/conditions/"


def names(response):
    return [c.slug for c in response.context["page_obj"].object_list]


@pytest.mark.parametrize(
    ("query", "present", "absent"),
    [
        ({"q": "runner"}, ["patellofemoral-pain-syndrome"], []),
        (
            {"onset": "overuse"},
            ["patellofemoral-pain-syndrome"],
            ["knee-ligament-sprain", "meniscus-tear"],
        ),
        ({"onset": "injury"}, ["knee-ligament-sprain", "meniscus-tear"], ["knee-osteoarthritis"]),
        ({"q": "LCA"}, ["knee-ligament-sprain"], []),
        ({"q": "lcm"}, ["knee-ligament-sprain"], []),
    ],
)
def test_acceptance_queries(client, demo, query, present, absent):
    found = names(client.get(URL, query))
    for slug in present:
        assert slug in found, (query, found)
    for slug in absent:
        assert slug not in found, (query, found)


def test_icd10_prefix_finds_only_osteoarthritis(client, demo):
    assert names(client.get(URL, {"icd10": "M17"})) == ["knee-osteoarthritis"]
    assert names(client.get(URL, {"icd10": "m17.1"})) == ["knee-osteoarthritis"]


def test_icd10_prefix_finds_the_acl_sprain(client, demo):
    assert names(client.get(URL, {"icd10": "S83.5"})) == ["knee-ligament-sprain"]
    # A code prefix only matches the start of a code, not its middle.
    assert names(client.get(URL, {"icd10": "2X1"})) == []


def test_values_of_one_filter_widen_and_filters_narrow(client, demo):
    both = names(client.get(URL, {"onset": ["overuse", "wear"]}))
    assert set(both) == {"patellofemoral-pain-syndrome", "knee-osteoarthritis"}
    narrowed = names(client.get(URL, {"onset": ["injury"], "area": ["back"]}))
    assert narrowed == ["meniscus-tear"]
    by_activity = names(client.get(URL, {"activity": ["running"], "onset": "overuse"}))
    assert by_activity == ["patellofemoral-pain-syndrome"]


def test_options_show_how_many_conditions_they_leave(client, demo):
    groups = {g["name"]: g for g in client.get(URL, {"onset": "injury"}).context["facet_groups"]}
    onset = {o["value"]: o for o in groups["onset"]["options"]}
    # Other onset options count as if chosen instead (the onset filter itself is left out).
    assert onset["injury"]["count"] == 2 and onset["injury"]["checked"]
    assert onset["overuse"]["count"] == 1
    # Areas count within the injuries.
    area = {o["value"]: o["count"] for o in groups["area"]["options"]}
    assert area == {"front": 0, "inner": 2, "outer": 1, "back": 1, "whole": 1}
    page = client.get(URL, {"onset": "injury"}).content.decode()
    assert 'Inner side <span class="checkbox__count">(2 conditions)</span>' in page


def test_ordering(client, demo):
    assert names(client.get(URL, {"ordering": "-name"}))[0] == "patellofemoral-pain-syndrome"
    assert names(client.get(URL, {"ordering": "name"}))[0] == "knee-ligament-sprain"


def test_conditions_updated_together_keep_their_order_by_name(client, demo):
    from articles.models import Condition

    Condition.objects.update(updated="2026-11-01T10:00:00Z")  # one bulk edit
    newest_first = names(client.get(URL, {"ordering": "-updated"}))
    assert newest_first == sorted(newest_first)


def test_a_blank_search_is_not_a_filter(client, demo):
    page = client.get(URL, {"q": "   "}).content.decode()
    assert "Clear filters" not in page


def test_sort_choices_read_alike(client, demo):
    # "Name" once sat beside "Name (Z to A)": each choice now says which way it sorts.
    response = client.get(URL)
    page = response.content.decode()
    choices = response.context["filter"].form.fields["ordering"].choices
    assert list(choices) == [
        ("name", "Name (A to Z)"),
        ("-name", "Name (Z to A)"),
        ("-updated", "Last updated (newest first)"),
    ]
    for value, label in choices:
        assert f'<option value="{value}">{label}</option>' in page
    assert ">Name</option>" not in page
    # Only these three: oldest-updated-first is no use to a patient.
    assert client.get(URL, {"ordering": "updated"}).status_code == 400


def test_empty_result_says_so_and_offers_to_clear(client, demo):
    response = client.get(URL, {"onset": "wear", "area": "front"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "No conditions match all of your choices." in page
    assert "Clear the filters and see all conditions" in page


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"onset": "bogus"}, "onset"),
        ({"area": "elbow"}, "area"),
        ({"activity": "knitting"}, "activity"),
        ({"icd10": "DROP TABLE"}, "icd10"),
        ({"icd10": "<script>"}, "icd10"),
        ({"ordering": "password"}, "ordering"),
        ({"q": "x" * 500}, "q"),
    ],
)
def test_invalid_values_are_reported_next_to_their_filter(client, demo, query, field):
    response = client.get(URL, query)
    assert response.status_code == 400
    assert field in response.context["filter"].errors
    page = response.content.decode()
    assert "There is a problem with the filters" in page
    assert 'class="error-message"' in page
    assert "<script>" not in page.split('id="main-content"')[1].split("</main>")[0].replace(
        "&lt;script&gt;", ""
    )


def test_filter_state_is_kept_by_pagination(client, demo):
    from tests.factories import ConditionFactory

    ConditionFactory.create_batch(12, published=True, onset="overuse")
    response = client.get(URL, {"onset": ["overuse"], "area": "front"})
    page = response.content.decode()
    assert response.context["paginator"].count == 13
    assert 'href="?onset=overuse&amp;area=front&amp;page=2"' in page
    second = client.get(URL, {"onset": ["overuse"], "area": "front", "page": 2})
    assert len(second.context["page_obj"].object_list) == 3


def test_drafts_never_appear(client, demo):
    from tests.factories import ConditionFactory

    ConditionFactory(title="Secret runner problem", also_known_as="runner")
    assert "Secret runner problem" not in client.get(URL, {"q": "runner"}).content.decode()


def test_url_names(client, demo):
    assert reverse("conditions:list") == URL


def test_spanish_catalogue_sorts_by_the_spanish_names(client, demo):
    """/es/conditions/ shows Spanish names, so "Name (A to Z)" sorts by them (an
    item with no live Spanish page by its English name), on every page of results."""
    from articles.models import ConditionTranslation

    ConditionTranslation.objects.filter(source__slug="meniscus-tear").delete()
    spanish = {t.source.slug: t.title for t in ConditionTranslation.objects.published()}
    shown = {**spanish, "meniscus-tear": "Meniscus tear"}
    expected = sorted(shown, key=lambda slug: shown[slug])
    assert expected != sorted(shown)  # the Spanish order is not the English one
    assert names(client.get("/es" + URL)) == expected
    assert names(client.get("/es" + URL, {"ordering": "name"})) == expected
    assert names(client.get("/es" + URL, {"ordering": "-name"})) == expected[::-1]
    assert names(client.get(URL)) == sorted(shown)  # English names on English pages
