"""Issue 4 acceptance 6: a patient answers the questionnaire with the keyboard only."""

from playwright.sync_api import expect

from tests.browser.axe import assert_no_axe_violations
from tests.triage.answers import answers


def tab_to(page, name, limit=15):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == name:
            return
    raise AssertionError(f"Tab never reached {name!r}")


def test_keyboard_only_patient_reaches_a_result(live_server, page, demo):
    page.goto(live_server.url + "/triage/")
    assert_no_axe_violations(page)
    keys = page.eval_on_selector_all(
        "form.triage-form input:not([type=hidden])",
        "els => [...new Set(els.map(e => e.name))]",
    )
    wanted = answers(age=33, days_since_start=1, locked="yes")
    assert set(keys) == set(wanted)
    for key in keys:
        tab_to(page, key)
        value = wanted[key]
        if value.isdigit():
            page.keyboard.type(value)
        elif value == "yes":
            page.keyboard.press("Space")  # the first radio, "Yes", has focus
        else:
            page.keyboard.press("ArrowRight")  # moves to "No" and selects it
    tab_to(page, "")  # the submit button has no name
    expect(page.locator(":focus")).to_have_text("See what help to get")
    page.keyboard.press("Enter")

    card = page.locator("[data-urgency]")
    expect(card).to_have_attribute("data-urgency", "urgent")
    expect(page.get_by_text("This is not a diagnosis.")).to_be_visible()
    expect(page.locator("#reasons-heading")).to_have_text("Because you told us")
    assert "/triage/result/" in page.url
    assert_no_axe_violations(page)


def test_errors_are_announced_and_tied_to_their_questions(live_server, page, demo):
    page.goto(live_server.url + "/triage/")
    page.locator("input[name=age]").fill("-5")
    page.get_by_role("button", name="See what help to get").click()
    summary = page.locator(".error-summary")
    expect(summary).to_be_visible()
    expect(page.get_by_label("How old are you?")).to_have_attribute("aria-invalid", "true")
    described = page.get_by_label("How old are you?").get_attribute("aria-describedby")
    assert "age-error" in described
    expect(page.locator("#age-error")).to_contain_text("from 1 to 120")
    assert_no_axe_violations(page)
    # The summary links jump to their questions.
    summary.get_by_role("link").first.click()
    assert page.url.endswith("#deformity-yes")


def test_result_prints_without_navigation_or_forms(live_server, page, demo):
    page.goto(live_server.url + "/triage/")
    for key, value in answers(age=40, hot_swollen="yes", fever="yes").items():
        field = page.locator(f"input[name={key}]")
        if value.isdigit():
            field.fill(value)
        else:
            page.locator(f"#{key}-{value}").check()
    page.get_by_role("button", name="See what help to get").click()
    expect(page.locator("[data-urgency]")).to_have_attribute("data-urgency", "emergency")
    page.emulate_media(media="print")
    expect(page.locator(".site-nav")).to_be_hidden()
    expect(page.get_by_text("Start again")).to_be_hidden()
    expect(page.locator(".care-card--result")).to_be_visible()
