"""Printing from the browser and the staff handouts page, in a real Chromium."""

import io
from pathlib import Path

from playwright.sync_api import expect
from pypdf import PdfReader

from tests.support.staff import browser_log_in

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
    page = browser_log_in(browser, live_server, "ana")
    page.goto(live_server.url + "/handouts/")
    date = page.get_by_label("Date for the cover")
    name = page.get_by_label("Patient's name for the cover (optional)")
    assert computed(date, LOOK) == computed(name, LOOK)
    # Big enough to read and to click: as tall as the text field.
    assert abs(date.bounding_box()["height"] - name.bounding_box()["height"]) <= 2
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / "handouts-page.png", full_page=True)


def squashed(text: str) -> str:
    return "".join(text.split())


def printed_text(page, name) -> str:
    """What Chromium prints for the page (its print stylesheet), as one line of text."""
    ARTIFACTS.mkdir(exist_ok=True)
    pdf = page.pdf(path=ARTIFACTS / f"{name}.pdf")
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def test_printed_pages_show_where_links_go(live_server, page, demo):
    from articles.models import Condition

    sprain = Condition.objects.get(slug="knee-ligament-sprain")
    page.goto(live_server.url + sprain.get_absolute_url())
    # A link to another site in the rich text prints its address.
    page.locator(".rich-text p").first.evaluate(
        "p => p.insertAdjacentHTML('beforeend', ' <a href=\"https://www.nhs.uk/\">NHS</a>')"
    )
    text = printed_text(page, "condition-print")
    related = sprain.related_articles.published()
    assert related
    host = live_server.url.split("://", 1)[1]
    for article in related:
        # Our own pages print with the clinic's address. (It may wrap onto the next line.)
        address = f"{host}{article.get_absolute_url()}".rstrip("/")
        assert squashed(f"{article.title} ({address})") in squashed(text)
    assert squashed(f"Answer a few questions. ({host}/triage)") in squashed(text)
    # So do links to our pages inside the rich text (the demo's self-care sections link one).
    assert 'href="/articles/when-to-get-help-for-knee-pain/"' in sprain.self_care
    assert squashed(f"({host}/articles/when-to-get-help-for-knee-pain)") in squashed(text)
    assert "NHS (https://www.nhs.uk/)" in text
    # Phone numbers print once, and navigation, buttons and the footer print no addresses.
    assert "(tel:" not in text and "(312) 555-0142 (" not in text
    assert "Read about knee pain" not in text and "handout.pdf" not in text
    footer = text[text.index("Contact Riverside Knee Clinic") :]
    assert "(/" not in footer.replace("Online at: " + page.url, "")


def test_a_printed_triage_result_never_shows_its_private_address(live_server, page, demo):
    page.goto(live_server.url + "/triage/")
    page.locator("#deformity-yes").check()
    page.get_by_role("button", name="Continue").click()
    expect(page.locator("h1")).to_have_text("What help to get")
    token = page.url.rstrip("/").split("/")[-1]
    text = printed_text(page, "triage-result-print")
    assert "Riverside Knee Clinic" in text and "911" in text
    # Anyone holding the paper could open the result: like its PDF, it never prints the address.
    assert token not in squashed(text) and "/triage/result/" not in text
