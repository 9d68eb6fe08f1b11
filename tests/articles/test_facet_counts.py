"""The number beside each catalogue option is right on every page state.

Each option's count is how many conditions have that value among those the
*other* filters leave (disjunctive faceting): the number of results of the
option's own link, which is the current URL with that filter set to this one
option and every other filter kept. The tests read the page's real HTML.
"""

import re
from html.parser import HTMLParser
from urllib.parse import urlencode

import pytest

from tests.factories import ActivityFactory, ConditionFactory

pytestmark = pytest.mark.django_db

URL = "/conditions/"
FACETS = ("onset", "area", "activity")
COUNT = re.compile(r"^\((\d+) conditions?\)$")


class CataloguePage(HTMLParser):
    """The checkboxes with the count in their label, and the number of results."""

    def __init__(self, html):
        super().__init__()
        self.checkboxes = {}  # id -> {"name", "value", "checked"}
        self.label_text = {}  # id -> the count's text, e.g. "(2 conditions)"
        self.hints = {}  # id -> text of the visually hidden sentences
        self.fieldsets = {}  # id -> aria-describedby
        self.results_title = ""
        self.summary = ""
        self.details_open = None
        self._label_for = None
        self._in_count = False
        self._hint = None
        self._in_results_title = False
        self._in_summary = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "input" and attrs.get("type") == "checkbox":
            self.checkboxes[attrs["id"]] = {
                "name": attrs["name"],
                "value": attrs["value"],
                "checked": "checked" in attrs,
            }
        elif tag == "label":
            self._label_for = attrs.get("for")
        elif tag == "span" and "checkbox__count" in classes and self._label_for:
            self._in_count = True
            self.label_text[self._label_for] = ""
        elif tag == "fieldset":
            self.fieldsets[attrs["id"]] = attrs.get("aria-describedby", "")
        elif tag == "p" and "visually-hidden" in classes and attrs.get("id"):
            self._hint = attrs["id"]
            self.hints[self._hint] = ""
        elif tag == "h2" and attrs.get("id") == "results-heading":
            self._in_results_title = True
        elif tag == "details" and "filters-panel" in classes:
            self.details_open = "open" in attrs
        elif tag == "summary" and "filters-panel__summary" in classes:
            self._in_summary = True

    def handle_endtag(self, tag):
        if tag == "label":
            self._label_for = None
        elif tag == "span":
            self._in_count = False
        elif tag == "p":
            self._hint = None
        elif tag == "h2":
            self._in_results_title = False
        elif tag == "summary":
            self._in_summary = False

    def handle_data(self, data):
        if self._in_count:
            self.label_text[self._label_for] += data
        if self._hint:
            self.hints[self._hint] += data
        if self._in_results_title:
            self.results_title += data
        if self._in_summary:
            self.summary += data

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
        match = re.fullmatch(r"(\d+) conditions?", " ".join(self.results_title.split()))
        assert match, f"no result count in {self.results_title!r}"
        return int(match.group(1))


def get_page(client, query):
    response = client.get(URL + "?" + urlencode(query, doseq=True))
    assert response.status_code == 200, (query, response.status_code)
    return CataloguePage(response.content.decode())


def option_link(query, facet, value):
    """The current filters, with ``facet`` set to just this option."""
    return {**{k: v for k, v in query.items() if k != facet}, facet: [value]}


@pytest.fixture
def catalogue(demo):
    """The four demo conditions, plus two live ones and a draft for more variety."""
    cycling, running, stairs, walking = (
        ActivityFactory(slug=slug) for slug in ("cycling", "running", "stairs", "walking")
    )
    ConditionFactory(
        published=True, onset="overuse", areas=["back", "outer"], activities=[cycling, running]
    )
    ConditionFactory(
        published=True, onset="wear", areas=["front", "back"], activities=[stairs, walking]
    )
    # A draft is in no count and no result.
    ConditionFactory(onset="injury", areas=["front"], activities=[running, stairs])


PAGE_STATES = [
    pytest.param({}, id="no filters"),
    pytest.param({"onset": ["injury"]}, id="one filter"),
    pytest.param({"area": ["front", "back"]}, id="two areas"),
    # Two ticked activities join a condition twice: counts must not double.
    pytest.param({"activity": ["running", "stairs"]}, id="two activities"),
    pytest.param({"onset": ["injury"], "area": ["inner"]}, id="onset and area"),
    pytest.param(
        {"onset": ["overuse", "wear"], "activity": ["stairs", "cycling"], "q": "knee"},
        id="three kinds with a name",
    ),
    pytest.param({"icd10": "S83", "area": ["inner", "back"]}, id="a code and two areas"),
    pytest.param({"ordering": "-name", "page": "1"}, id="only ordering and page"),
]


@pytest.mark.parametrize("query", PAGE_STATES)
def test_every_option_count_is_what_its_link_lists(client, catalogue, query):
    page = get_page(client, query)
    options = page.options()
    # Every option of every facet is on the page (all onsets and areas, each activity).
    assert {name for name, *_ in options} == set(FACETS)
    assert len(options) >= 3 + 5 + 6
    assert any(count for *_, count in options), "a state where every count is 0 proves nothing"
    for facet, value, checked, shown in options:
        chosen = query.get(facet, [])
        assert checked == (value in chosen), (facet, value)
        listed = get_page(client, option_link(query, facet, value)).result_count()
        assert shown == listed, f"{facet}={value} shows {shown}, its link lists {listed}"


def test_without_filters_counts_cover_the_whole_catalogue(client, catalogue):
    # The bug this fixes: "(0 conditions)" beside every option while listing six.
    page = get_page(client, {})
    assert page.result_count() == 6
    onset_counts = {value: shown for facet, value, _, shown in page.options() if facet == "onset"}
    assert onset_counts == {"injury": 2, "overuse": 2, "wear": 2}


def test_each_group_tells_screen_readers_what_the_numbers_mean(client, catalogue):
    page = get_page(client, {"area": ["front", "back"]})
    for facet in FACETS:
        hint_id = f"{facet}-counts"
        assert hint_id in page.fieldsets[f"{facet}-group"].split()
        assert "how many conditions fit that choice" in page.hints[hint_id]


def test_a_wrong_value_shows_no_counts_rather_than_wrong_ones(client, catalogue):
    response = client.get(URL, {"onset": ["injury", "bogus"], "area": "front"})
    assert response.status_code == 400
    page = CataloguePage(response.content.decode())
    assert page.checkboxes and not page.label_text
    assert not page.hints
    # The error stays linked to its group, and the filters are open to fix it.
    assert page.fieldsets["onset-group"] == "onset-error"
    assert page.details_open is True


@pytest.mark.parametrize(
    ("query", "summary"),
    [
        ({}, "Filter conditions"),
        ({"ordering": "-name"}, "Filter conditions"),
        ({"onset": "injury"}, "Filter conditions (1 selected)"),
        ({"onset": "injury", "area": ["front", "back"]}, "Filter conditions (3 selected)"),
        ({"q": "knee", "icd10": "S83", "activity": "running"}, "Filter conditions (3 selected)"),
        ({"q": "  "}, "Filter conditions"),
    ],
)
def test_the_closed_filters_say_how_many_choices_are_made(client, catalogue, query, summary):
    page = get_page(client, query)
    assert " ".join(page.summary.split()) == summary
    assert page.details_open is False
