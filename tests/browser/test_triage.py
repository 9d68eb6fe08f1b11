"""The two-step questionnaire in a real browser.

A patient who only says "my knee looks out of place" is told to call the
emergency number; keyboard-only patients complete both steps; after an invalid
submit the error summary's heading has focus; axe-core finds nothing on either step, the
errors or any outcome; the emergency call is on the first screen of a phone.
"""

import pytest
from playwright.sync_api import expect

from tests.browser.axe import assert_no_axe_violations
from tests.browser.layout import open_narrow
from tests.browser.triage_form import ONE_PER_OUTCOME, fill
from tests.triage.answers import answers
from triage import defaults

STEP_1 = [q["key"] for q in defaults.QUESTIONS if q["step"] == 1]


def tab_to(page, name, limit=40):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == name:
            return
    raise AssertionError(f"Tab never reached {name!r}")


def answer_with_keyboard(page, wanted):
    keys = page.eval_on_selector_all(
        "form.triage-form input:not([type=hidden])",
        "els => [...new Set(els.map(e => e.name))]",
    )
    for key in keys:
        tab_to(page, key)
        value = wanted[key]
        if value.isdigit():
            page.keyboard.type(value)
        elif value == "yes":
            page.keyboard.press("Space")  # the first radio, "Yes", has focus
        else:
            page.keyboard.press("ArrowRight")  # moves to "No" and selects it
    return keys


def test_only_knee_out_of_place_shows_the_emergency_with_the_clinics_number(
    live_server, page, demo
):
    open_narrow(page, live_server.url + "/triage/")
    page.locator("#deformity-yes").check()
    page.get_by_role("button", name="Continue").click()
    card = page.locator("[data-outcome]")
    expect(card).to_have_attribute("data-outcome", "emergency")
    expect(card).to_have_attribute("data-urgency", "emergency")
    call = card.locator("a[href^='tel:']").first
    expect(call).to_have_text("911")
    # On a 320 x 640 phone the call link is on the first screen, without scrolling.
    box = call.bounding_box()
    assert box is not None and box["y"] + box["height"] <= 640, box
    expect(page.get_by_text("Tell us")).to_have_count(0)
    assert_no_axe_violations(page)


def test_keyboard_only_patient_completes_both_steps(live_server, page, demo):
    wanted = answers(age=24, injury="yes", days_since_start=0, pop="yes", calf="yes")
    page.goto(live_server.url + "/triage/")
    assert_no_axe_violations(page)
    keys = answer_with_keyboard(page, wanted)
    assert keys == STEP_1
    tab_to(page, "")  # the submit button has no name
    expect(page.locator(":focus")).to_have_text("Continue")
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", name="Step 2 of 2: about your knee")).to_be_visible()
    assert_no_axe_violations(page)
    keys = answer_with_keyboard(page, wanted)
    assert "pop" in keys and "limp_hip" not in keys and "age" not in keys
    tab_to(page, "")
    expect(page.locator(":focus")).to_have_text("See what help to get")
    page.keyboard.press("Enter")

    card = page.locator("[data-outcome]")
    expect(card).to_have_attribute("data-outcome", "urgent_doctor")
    expect(card).to_have_attribute("data-urgency", "urgent")
    expect(page.get_by_text("This is not a diagnosis.")).to_be_visible()
    assert "/triage/result/" in page.url


def test_after_an_invalid_submit_the_error_summary_has_focus(live_server, page, demo):
    page.goto(live_server.url + "/triage/")
    page.locator("input[name=age]").fill("-5")
    page.get_by_role("button", name="Continue").click()
    summary = page.locator(".error-summary")
    expect(summary).to_be_visible()
    # The summary's heading has the focus (GOV.UK's pattern).
    expect(summary.get_by_role("heading", name="There is a problem")).to_be_focused()
    age = page.get_by_label("How old are you?")
    expect(age).to_have_attribute("aria-invalid", "true")
    assert "age-error" in age.get_attribute("aria-describedby")
    expect(page.locator("#age-error")).to_contain_text("Enter your age from 0 to 120.")
    expect(summary.get_by_role("link")).to_contain_text(["Enter your age from 0 to 120."])
    assert_no_axe_violations(page)
    # The summary links jump to their questions.
    summary.get_by_role("link").nth(1).click()
    assert page.url.endswith("#injury-yes")


@pytest.mark.parametrize(("outcome", "data"), ONE_PER_OUTCOME)
def test_each_outcome_passes_axe_and_prints_cleanly(live_server, page, demo, outcome, data):
    page.goto(live_server.url + "/triage/")
    fill(page, data)
    page.get_by_role("button", name="Continue").click()
    if outcome != "emergency":
        assert_no_axe_violations(page)
        fill(page, data)
        page.get_by_role("button", name="See what help to get").click()
    expect(page.locator("[data-outcome]")).to_have_attribute("data-outcome", outcome)
    assert len(page.locator("[data-safety-net-item]").all()) == len(defaults.SAFETY_NET)
    assert_no_axe_violations(page)
    page.emulate_media(media="print")
    expect(page.locator(".site-nav")).to_be_hidden()
    expect(page.get_by_text("Start again")).to_be_hidden()
    expect(page.locator(".care-card--result")).to_be_visible()


def test_self_care_and_routine_results_look_different(live_server, page, demo):
    """Self-care (green) must not read as "book an appointment" (blue)."""
    colours = {}
    for outcome, data in [
        ("routine", answers(age=45, days_since_start=28, not_improving="yes")),
        ("self_care", answers(age=28, days_since_start=5)),
    ]:
        page.goto(live_server.url + "/triage/")
        fill(page, data)
        page.get_by_role("button", name="Continue").click()
        fill(page, data)
        page.get_by_role("button", name="See what help to get").click()
        heading = page.locator(f"[data-outcome={outcome}] .care-card__heading-container")
        colours[outcome] = heading.evaluate("el => getComputedStyle(el).backgroundColor")
    assert colours["self_care"] == "rgb(0, 127, 59)"
    assert colours["routine"] != colours["self_care"]
