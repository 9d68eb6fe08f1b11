"""Staff print a pack from /handouts/ in a real browser."""

from playwright.sync_api import expect

from tests.browser.axe import assert_no_axe_violations
from tests.support.staff import browser_log_in


def test_staff_print_a_pack_for_a_patient(live_server, browser, staff, demo):
    page = browser_log_in(browser, live_server, "ana")
    page.goto(live_server.url + "/handouts/")
    expect(page.locator("h1")).to_have_text("Print handouts for a patient")
    assert_no_axe_violations(page)
    page.get_by_label("A ready-made pack").select_option(label="After a knee injury")
    page.get_by_label("Patient's name for the cover (optional)").fill("Sam Example")
    with page.expect_response(lambda r: r.request.method == "POST") as answer:
        page.get_by_role("button", name="Make the PDF").click()
    response = answer.value
    assert response.status == 200
    # Chromium opens the PDF in its viewer; its content is checked in
    # tests/handouts/test_handout_packs.py.
    assert response.headers["content-type"] == "application/pdf"


def test_handouts_page_errors_pass_axe(live_server, browser, staff, demo):
    page = browser_log_in(browser, live_server, "ana")
    page.goto(live_server.url + "/handouts/")
    page.get_by_role("button", name="Make the PDF").click()
    expect(page.locator(".error-summary")).to_contain_text("Choose a pack")
    assert_no_axe_violations(page)
