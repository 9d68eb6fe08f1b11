"""The exercise list's filters and counts follow the catalogue's rules
(tests/articles/test_facet_counts.py): OR within a filter, AND across filters,
the number beside each option is what its own link lists (disjunctive counts),
unfiltered included; a wrong value is a 400 with its message and no counts.
The tests read the page's real HTML."""

import re
from urllib.parse import urlencode

import pytest

from exercises.models import Equipment, Position, Stage
from tests.articles.test_facet_counts import CataloguePage
from tests.factories import ConditionFactory, ExerciseFactory

pytestmark = pytest.mark.django_db

URL = "/exercises/"
FACETS = ("condition", "stage", "equipment", "position")
COUNT = re.compile(r"^\((\d+) exercises?\)$")


class ExerciseListPage(CataloguePage):
    def options(self):
        """(facet, value, checked, the count shown) for every checkbox on the page."""
        found = []
        for box_id, box in self.checkboxes.items():
            text = self.label_text.get(box_id, "").strip()
            match = COUNT.match(text)
            assert match, f"no count beside {box['name']}={box['value']}: {text!r}"
            found.append((box["name"], box["value"], box["checked"], int(match.group(1))))
        return found

    def result_count(self):
        match = re.fullmatch(r"(\d+) exercises?", " ".join(self.results_title.split()))
        assert match, f"no result count in {self.results_title!r}"
        return int(match.group(1))


def get_page(client, query, status=200):
    response = client.get(URL + "?" + urlencode(query, doseq=True))
    assert response.status_code == status, (query, response.status_code)
    return ExerciseListPage(response.content.decode())


def option_link(query, facet, value):
    return {**{k: v for k, v in query.items() if k != facet}, facet: [value]}


@pytest.fixture
def exercises():
    """Five live exercises over three live conditions, and what must never count:
    a draft exercise and a live exercise's link to a draft condition."""
    pfps, sprain, oa = (
        ConditionFactory(published=True, slug=slug) for slug in ("pfps", "sprain", "oa")
    )
    draft_condition = ConditionFactory(slug="draft-condition")
    E, P, S = Equipment, Position, Stage
    rows = [
        (S.EARLY, P.LYING, [E.NONE], [pfps, sprain]),
        (S.EARLY, P.SITTING, [E.CHAIR, E.TOWEL], [sprain]),
        (S.MIDDLE, P.STANDING, [E.WALL], [pfps, oa, draft_condition]),
        (S.LATE, P.STANDING, [E.STEP, E.CHAIR], [oa]),
        (S.MIDDLE, P.SIDE_LYING, [E.BAND], []),
    ]
    for stage, position, equipment, conditions in rows:
        ExerciseFactory(
            published=True,
            stage=stage,
            position=position,
            equipment=equipment,
            conditions=conditions,
        )
    ExerciseFactory(
        stage=S.EARLY, position=P.LYING, equipment=[E.CHAIR], conditions=[pfps, draft_condition]
    )


PAGE_STATES = [
    pytest.param({}, id="no filters"),
    pytest.param({"stage": ["early"]}, id="one filter"),
    # Two ticked conditions join an exercise twice: counts must not double.
    pytest.param({"condition": ["pfps", "sprain"]}, id="two conditions"),
    pytest.param({"equipment": ["chair", "wall"]}, id="two kinds of equipment"),
    pytest.param({"stage": ["early", "middle"], "position": ["standing"]}, id="stage and position"),
    pytest.param(
        {"condition": ["oa", "pfps"], "equipment": ["chair", "wall"], "stage": ["middle", "late"]},
        id="three kinds",
    ),
    pytest.param({"page": "1"}, id="only the page"),
]


@pytest.mark.parametrize("query", PAGE_STATES)
def test_every_option_count_is_what_its_link_lists(client, exercises, query):
    page = get_page(client, query)
    options = page.options()
    assert {name for name, *_ in options} == set(FACETS)
    # Every option of every facet: three live conditions, three stages, seven kinds
    # of equipment, five positions (the draft condition is not offered).
    assert len(options) == 3 + 3 + 7 + 5
    assert "draft-condition" not in {value for _, value, *_ in options}
    assert any(count for *_, count in options), "a state where every count is 0 proves nothing"
    for facet, value, checked, shown in options:
        assert checked == (value in query.get(facet, [])), (facet, value)
        listed = get_page(client, option_link(query, facet, value)).result_count()
        assert shown == listed, f"{facet}={value} shows {shown}, its link lists {listed}"


def test_without_filters_counts_cover_every_live_exercise(client, exercises):
    page = get_page(client, {})
    assert page.result_count() == 5
    counts = {(facet, value): shown for facet, value, _, shown in page.options()}
    assert {v: counts["stage", v] for v in ("early", "middle", "late")} == {
        "early": 2,
        "middle": 2,
        "late": 1,
    }
    assert counts["condition", "pfps"] == 2  # not the draft exercise
    assert counts["equipment", "chair"] == 2
    assert counts["equipment", "ball"] == 0


def test_or_within_a_filter_and_across_filters(client, exercises):
    assert get_page(client, {"equipment": ["chair", "wall"]}).result_count() == 3
    assert get_page(client, {"equipment": ["chair"], "stage": ["late"]}).result_count() == 1
    assert get_page(client, {"condition": ["pfps", "sprain"]}).result_count() == 3


def test_each_group_tells_screen_readers_what_the_numbers_mean(client, exercises):
    page = get_page(client, {"stage": "early"})
    for facet in FACETS:
        hint_id = f"{facet}-counts"
        assert hint_id in page.fieldsets[f"{facet}-group"].split()
        assert "how many exercises fit that choice" in page.hints[hint_id]


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"stage": ["early", "bogus"]}, "stage"),
        ({"condition": "draft-condition"}, "condition"),
        ({"condition": "no-such-condition", "stage": "early"}, "condition"),
        ({"position": "x" * 5000}, "position"),
        ({"equipment": "none,chair"}, "equipment"),
    ],
)
def test_a_wrong_value_shows_no_counts_rather_than_wrong_ones(client, exercises, query, field):
    page = get_page(client, query, status=400)
    assert page.checkboxes and not page.label_text
    assert not page.hints
    assert page.fieldsets[f"{field}-group"] == f"{field}-error"
    assert page.details_open is True


@pytest.mark.parametrize(
    ("query", "summary"),
    [
        ({}, "Filter exercises"),
        ({"stage": "early"}, "Filter exercises (1 selected)"),
        ({"stage": "early", "equipment": ["chair", "wall"]}, "Filter exercises (3 selected)"),
    ],
)
def test_the_closed_filters_say_how_many_choices_are_made(client, exercises, query, summary):
    page = get_page(client, query)
    assert " ".join(page.summary.split()) == summary
    assert page.details_open is False
