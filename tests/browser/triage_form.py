"""Filling in the triage questionnaire in the browser, shared by the browser tests."""

from tests.triage.answers import answers

# One set of answers for each outcome of the shipped questionnaire: (outcome, answers).
ONE_PER_OUTCOME = [
    ("emergency", answers(age=40, hot_swollen="yes", fever="yes")),
    ("urgent_doctor", answers(age=45, calf="yes")),
    ("urgent", answers(age=33, days_since_start=1, locked="yes")),
    ("under_18", answers(age=16)),
    ("routine", answers(age=45, days_since_start=28, not_improving="yes")),
    ("self_care", answers(age=28, days_since_start=5)),
]


def fill(page, wanted):
    """Answer each question the page shows, from ``wanted`` (answers as text)."""
    for key in page.eval_on_selector_all(
        "form.triage-form input:not([type=hidden])",
        "els => [...new Set(els.map(e => e.name))]",
    ):
        value = wanted[key]
        if value.lstrip("-").isdigit():
            page.locator(f"input[name={key}]").fill(value)
        else:
            page.locator(f"#{key}-{value}").check()


def answer_both_steps(page, wanted, buttons=("Continue", "See what help to get")):
    """Fill in step 1, go on, fill in step 2 and ask for the result (``buttons``
    are the two buttons' names in the page's language)."""
    for button in buttons:
        # Step 2's button is only on step 2: filling in before it is there would
        # answer step 1 again while the browser is still leaving it.
        page.get_by_role("button", name=button).wait_for()
        fill(page, wanted)
        page.get_by_role("button", name=button).click()
