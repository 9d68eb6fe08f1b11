"""Printing from the browser and the staff handouts page, in a real Chromium (issue 13)."""

from pathlib import Path

from tests.browser.test_editorial_flow import log_in

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

# The field's look that should match the portal's other fields.
LOOK = [
    "font-size",
    "font-family",
    "border-top-width",
    "border-top-style",
    "border-top-color",
    "padding-top",
    "padding-left",
    "background-color",
]


def computed(locator, properties):
    return locator.evaluate(
        "(el, names) => Object.fromEntries(names.map(n => [n, getComputedStyle(el)[n]]))",
        properties,
    )


def test_the_cover_date_field_looks_like_the_other_fields(live_server, browser, staff, demo):
    page = log_in(browser, live_server, "ana")
    page.goto(live_server.url + "/handouts/")
    date = page.get_by_label("Date for the cover")
    name = page.get_by_label("Patient's name for the cover (optional)")
    assert computed(date, LOOK) == computed(name, LOOK)
    # Big enough to read and to click: as tall as the text field.
    assert abs(date.bounding_box()["height"] - name.bounding_box()["height"]) <= 2
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / "handouts-page.png", full_page=True)
