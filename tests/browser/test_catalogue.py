"""Filtering in a real browser, axe, and printing."""

from urllib.parse import parse_qs, urlparse

from playwright.sync_api import expect

from articles.models import Condition
from tests.browser.axe import assert_no_axe_violations
from tests.browser.layout import open_narrow


def test_patient_ticks_two_filters_and_pagination_keeps_them(live_server, page, demo):
    from tests.factories import ConditionFactory

    # Enough matching conditions for a second page of results.
    ConditionFactory.create_batch(11, published=True, onset="injury", areas=["inner"])
    page.goto(live_server.url + "/conditions/")
    expect(page.locator(".results__title")).to_have_text("15 conditions")

    page.get_by_label("Sudden injury").check()
    page.get_by_label("Inner side").check()
    page.get_by_role("button", name="Show conditions").click()

    query = parse_qs(urlparse(page.url).query)
    assert query["onset"] == ["injury"] and query["area"] == ["inner"]
    expect(page.locator(".results__title")).to_have_text("13 conditions")
    expect(page.get_by_label("Sudden injury")).to_be_checked()
    assert_no_axe_violations(page)

    page.get_by_role("link", name="Next page").click()
    query = parse_qs(urlparse(page.url).query)
    assert query["onset"] == ["injury"] and query["area"] == ["inner"] and query["page"] == ["2"]
    expect(page.get_by_label("Inner side")).to_be_checked()
    expect(page.locator(".results .card")).to_have_count(3)
    expect(page.get_by_text("Page 2 of 2")).to_be_visible()


def test_catalogue_with_errors_passes_axe_and_links_errors_to_fields(live_server, page, demo):
    page.goto(live_server.url + "/conditions/?onset=bogus&icd10=zz")
    expect(page.locator(".error-summary")).to_be_visible()
    expect(page.get_by_label("Diagnosis code (ICD-10)")).to_have_attribute("aria-invalid", "true")
    assert_no_axe_violations(page)


def test_every_condition_page_passes_axe(live_server, page, demo):
    for condition in Condition.objects.published():
        page.goto(live_server.url + condition.get_absolute_url())
        expect(page.locator("h1")).to_have_text(condition.title)
        expect(page.locator(".care-card").first).to_be_visible()
        assert_no_axe_violations(page)


def focus_by_tab(page, locator, most=40):
    """Press Tab until ``locator`` has the focus, as a keyboard user would."""
    for _ in range(most):
        if locator.evaluate("el => el === document.activeElement"):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {locator}")


def test_on_a_phone_the_filters_wait_closed_above_the_first_condition(live_server, page, demo):
    open_narrow(page, live_server.url + "/conditions/")
    panel = page.locator("details.filters-panel")
    summary = panel.locator(".filters-panel__summary")
    assert panel.evaluate("details => details.open") is False
    expect(summary).to_have_text("Filter conditions")
    expect(page.locator("form.filters")).to_be_hidden()
    # The filters come before the results, and the first condition is on the first screen.
    assert panel.bounding_box()["y"] < page.locator(".results").bounding_box()["y"]
    first_title = page.locator(".results .card__title").first.bounding_box()
    assert first_title["y"] + first_title["height"] <= 640
    assert_no_axe_violations(page)

    # Open it from the keyboard, tick an option and send the form, all without a mouse.
    focus_by_tab(page, summary)
    page.keyboard.press("Enter")
    assert panel.evaluate("details => details.open") is True
    expect(page.get_by_label("Sudden injury")).to_be_visible()
    expect(page.get_by_role("form", name="Filter conditions")).to_be_visible()
    assert_no_axe_violations(page)
    injury = page.get_by_label("Sudden injury")
    focus_by_tab(page, injury)
    page.keyboard.press("Space")
    expect(injury).to_be_checked()
    focus_by_tab(page, page.get_by_role("button", name="Show conditions"))
    page.keyboard.press("Enter")

    page.wait_for_url("**/conditions/?*onset=injury*")
    expect(page.locator(".results__title")).to_have_text("2 conditions")
    expect(summary).to_have_text("Filter conditions (1 selected)")
    assert panel.evaluate("details => details.open") is False
    first_title = page.locator(".results .card__title").first.bounding_box()
    assert first_title["y"] + first_title["height"] <= 640


def test_on_a_phone_a_filter_error_opens_the_filters(live_server, page, demo):
    open_narrow(page, live_server.url + "/conditions/?onset=bogus")
    assert page.locator("details.filters-panel").evaluate("details => details.open") is True
    expect(page.locator(".error-summary")).to_be_visible()
    expect(page.get_by_label("Sudden injury")).to_be_visible()


def test_on_wider_screens_the_filters_are_always_shown(live_server, page, demo):
    # 40em to 48em: above the results; from 48em: beside them. No summary to open.
    for width, beside in ((700, False), (1024, True)):
        page.set_viewport_size({"width": width, "height": 800})
        page.goto(live_server.url + "/conditions/?area=inner&area=back")
        expect(page.locator(".filters-panel__summary")).to_be_hidden()
        expect(page.get_by_role("form", name="Filter conditions")).to_be_visible()
        expect(page.get_by_role("checkbox", name="Back of the knee")).to_be_checked()
        filters = page.locator("form.filters").bounding_box()
        results = page.locator(".results").bounding_box()
        if beside:
            assert filters["x"] + filters["width"] <= results["x"]
        else:
            assert filters["y"] + filters["height"] <= results["y"]
    page.get_by_label("Sudden injury").check()
    page.get_by_role("button", name="Show conditions").click()
    expect(page.locator(".results__title")).to_have_text("2 conditions")
    assert_no_axe_violations(page)


def test_care_card_points_are_at_least_240_pixels_wide_on_a_phone(live_server, page, demo):
    measured = 0
    for condition in Condition.objects.published():
        open_narrow(page, live_server.url + condition.get_absolute_url())
        widths = page.eval_on_selector_all(
            ".care-card li", "items => items.map(li => li.getBoundingClientRect().width)"
        )
        assert widths, f"{condition.slug} has no care card points"
        assert min(widths) >= 240, f"{condition.slug}: care card points {min(widths)}px wide"
        measured += len(widths)
    assert measured >= 4


def test_catalogue_and_condition_pages_print_cleanly(live_server, page, demo):
    page.goto(live_server.url + "/conditions/?onset=injury")
    page.emulate_media(media="print")
    expect(page.locator(".filters")).to_be_hidden()
    expect(page.locator(".site-nav")).to_be_hidden()
    expect(page.locator(".results .card").first).to_be_visible()

    page.goto(live_server.url + "/conditions/knee-ligament-sprain/")
    page.emulate_media(media="print")
    expect(page.locator(".site-nav")).to_be_hidden()
    cards = page.locator(".care-card")
    assert cards.count() >= 2
    for index in range(cards.count()):
        assert cards.nth(index).evaluate("el => getComputedStyle(el).breakInside") == "avoid"
    expect(page.locator(".print-header")).to_contain_text("Riverside Knee Clinic")
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")
