"""Triage on a phone, on a 320 x 640 screen: the header takes at most
120px on every page type in both languages, with a menu that folds without
JavaScript; the triage error summary is first, at most one screen tall, names
the questions and links to them, its heading focused; step 2 starts with its
heading; the first result for a typo is on the first screen; every phone number
is a tel: link; text keeps 4.5:1 contrast in every state of links and buttons."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.axe import assert_no_axe_violations
from tests.browser.contrast import assert_contrast_in_every_state
from tests.browser.layout import NARROW, open_narrow
from tests.browser.triage_form import ONE_PER_OUTCOME, answer_both_steps, fill
from tests.triage.answers import answers

HEADER_MAX = 120
PAGE_TYPES = [
    "/",
    "/articles/how-your-knee-works/",
    "/conditions/meniscus-tear/",
    "/conditions/",
    "/search/?q=meniscus",
    "/triage/",
]
BUTTONS = {"": ("Continue", "See what help to get"), "/es": ("Continuar", "Ver qué ayuda buscar")}
STEP_2 = {"": "Step 2 of 2: about your knee", "/es": "Paso 2 de 2: sobre su rodilla"}


def in_first_screen(locator):
    """The element is wholly inside the first 640px of the page."""
    box = locator.bounding_box()
    top = box["y"] + locator.page.evaluate("window.scrollY")
    return top >= 0 and top + box["height"] <= NARROW["height"]


def header_height(page):
    return page.locator(".site-header").bounding_box()["height"]


@pytest.mark.parametrize("language", ["", "/es"])
def test_the_header_is_at_most_120px_on_every_page_type(live_server, page, demo, language):
    for path in PAGE_TYPES:
        open_narrow(page, live_server.url + language + path)
        expect(page.locator("h1").first).to_be_visible()
        assert header_height(page) <= HEADER_MAX, (path, header_height(page))
        expect(page.locator(".site-nav a").first).to_be_hidden()  # folded
    # A result.
    open_narrow(page, live_server.url + language + "/triage/")
    answer_both_steps(page, answers(age=28, days_since_start=5), BUTTONS[language])
    expect(page.locator("[data-outcome]")).to_have_attribute("data-outcome", "self_care")
    assert header_height(page) <= HEADER_MAX


def test_the_menu_opens_from_the_keyboard_and_passes_axe(live_server, page, demo):
    open_narrow(page, live_server.url + "/articles/")
    links = page.locator(".site-nav a")
    toggle = page.get_by_text("Menu", exact=True)
    for _ in range(5):
        page.keyboard.press("Tab")
        if toggle.evaluate("el => el === document.activeElement"):
            break
    expect(toggle).to_be_focused()
    page.keyboard.press("Enter")
    expect(links).to_have_count(5)  # Home, articles, conditions, exercises, triage
    for link in links.all():
        expect(link).to_be_visible()
    page.keyboard.press("Tab")
    expect(links.first).to_be_focused()
    expect(links.first).to_have_text("Home")
    assert_no_axe_violations(page)
    assert_contrast_in_every_state(page)
    toggle.focus()
    page.keyboard.press("Enter")
    expect(links.first).to_be_hidden()


def test_the_menu_folds_and_opens_without_javascript(live_server, browser, demo):
    context = browser.new_context(java_script_enabled=False, viewport=NARROW)
    page = context.new_page()
    page.goto(live_server.url + "/es/")
    conditions = page.locator(".site-nav a", has_text="Afecciones")
    expect(conditions).to_be_hidden()
    page.get_by_text("Menú", exact=True).click()
    expect(conditions).to_be_visible()
    conditions.click()
    expect(page).to_have_url(live_server.url + "/es/conditions/")
    context.close()


def test_on_a_wide_screen_the_links_show_and_the_menu_button_does_not(live_server, page, demo):
    page.set_viewport_size({"width": 1024, "height": 700})
    page.goto(live_server.url + "/")
    expect(page.locator(".site-menu__toggle")).to_be_hidden()
    for link in page.locator(".site-nav a").all():
        expect(link).to_be_visible()


@pytest.mark.parametrize("language", ["", "/es"])
def test_the_triage_error_screen_fits_a_phone(live_server, page, demo, language):
    open_narrow(page, live_server.url + language + "/triage/")
    page.get_by_role("button", name=BUTTONS[language][0]).click()
    summary = page.locator(".error-summary")
    heading = summary.get_by_role("heading")
    expect(heading).to_be_focused()
    # The screen lands on it: all of it on the first screen, so at most one screen tall.
    assert page.evaluate("window.scrollY") == 0
    assert in_first_screen(heading)
    assert in_first_screen(summary), summary.bounding_box()
    # It names every question with an error (its short name) and links to it.
    groups = page.locator(".triage-form .form-group--error")
    links = summary.get_by_role("link")
    assert groups.count() >= 12 and links.count() == groups.count()
    assert_no_axe_violations(page)
    assert_contrast_in_every_state(page)
    for index in range(links.count()):
        page.evaluate("window.scrollTo(0, 0)")
        link = links.nth(index)
        target = link.get_attribute("href").removeprefix("#")
        group = page.locator(".triage-form .form-group--error").nth(index)
        question = group.locator("legend, label").first
        # The field tells its own error, tied to it.
        error_id = group.locator(".error-message").get_attribute("id")
        described = group.evaluate(
            "(g) => (g.matches('fieldset') ? g : g.querySelector('input')).getAttribute('aria-describedby')"
        )
        assert error_id in described.split()
        link.click()
        expect(page.locator(f"[id='{target}']")).to_be_focused()
        box = question.bounding_box()
        assert 0 <= box["y"] and box["y"] + box["height"] <= NARROW["height"], (target, box)
        assert page.url.endswith("#" + target)


def test_without_javascript_the_error_summary_heading_has_the_focus(live_server, browser, demo):
    context = browser.new_context(java_script_enabled=False, viewport=NARROW)
    page = context.new_page()
    page.goto(live_server.url + "/triage/")
    page.get_by_role("button", name="Continue").click()
    expect(page.locator("#error-summary-title")).to_be_focused()
    assert in_first_screen(page.locator(".error-summary"))
    context.close()


@pytest.mark.parametrize("language", ["", "/es"])
def test_step_2_starts_with_its_heading_on_the_first_screen(live_server, page, demo, language):
    open_narrow(page, live_server.url + language + "/triage/")
    fill(page, answers(age=45, days_since_start=28, not_improving="yes"))
    page.get_by_role("button", name=BUTTONS[language][0]).click()
    heading = page.get_by_role("heading", name=STEP_2[language])
    expect(heading).to_be_visible()
    assert in_first_screen(heading), heading.bounding_box()
    # Step 1's heading is not on step 2.
    expect(page.get_by_role("heading", name=re.compile("Step 1|Paso 1"))).to_have_count(0)
    assert_no_axe_violations(page)
    assert_contrast_in_every_state(page)


def test_the_first_result_for_a_typo_is_on_the_first_screen(live_server, page, demo):
    open_narrow(page, live_server.url + "/search/?q=menicus+tear")
    first = page.locator(".search-results__list > li").first
    expect(first.get_by_role("link")).to_have_text("Meniscus tear")
    assert in_first_screen(first.get_by_role("heading")), first.bounding_box()
    assert in_first_screen(first), first.bounding_box()
    assert_no_axe_violations(page)


# Every visible text naming the clinic's phone or the emergency number, outside a
# tel: link. A care card's heading names the number and the card's first line is
# the link to call it; staff-written rich text keeps its own links.
UNLINKED_NUMBERS = r"""(numbers) => {
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el.checkVisibility() || el.closest("a[href^='tel:'], .care-card__heading, .rich-text")) continue;
    for (const number of numbers) {
      const escaped = number.replace(/[()+]/g, "\\$&");
      if (new RegExp(`(^|[^\\d])${escaped}($|[^\\d])`).test(n.textContent)) found.push(el.outerHTML.slice(0, 160));
    }
  }
  return found;
}"""


@pytest.mark.parametrize(("outcome", "data"), ONE_PER_OUTCOME)
def test_every_phone_number_on_a_result_is_a_tel_link(live_server, page, demo, outcome, data):
    from clinic.models import ClinicSettings

    clinic = ClinicSettings.load()
    numbers = [clinic.phone, clinic.emergency_number]
    open_narrow(page, live_server.url + "/triage/")
    fill(page, data)
    page.get_by_role("button", name="Continue").click()
    if outcome != "emergency":
        fill(page, data)
        page.get_by_role("button", name="See what help to get").click()
    expect(page.locator("[data-outcome]")).to_have_attribute("data-outcome", outcome)
    assert page.locator("main a[href^='tel:']").count() >= 1
    assert page.evaluate(UNLINKED_NUMBERS, numbers) == []
    assert_contrast_in_every_state(page)


@pytest.mark.parametrize("language", ["", "/es"])
def test_every_phone_number_on_the_pages_is_a_tel_link(live_server, page, demo, language):
    from clinic.models import ClinicSettings

    clinic = ClinicSettings.load()
    numbers = [clinic.phone, clinic.emergency_number]
    for path in [*PAGE_TYPES, "/articles/when-to-get-help-for-knee-pain/"]:
        open_narrow(page, live_server.url + language + path)
        assert page.evaluate(UNLINKED_NUMBERS, numbers) == [], path
        # The footer's contact block: both numbers.
        contact = page.locator(".contact-block")
        expect(contact.locator(f"a[href='tel:{clinic.emergency_number}']")).to_have_text(
            clinic.emergency_number
        )
        expect(contact.locator("a[href^='tel:']")).to_have_count(2)


def test_the_number_check_finds_an_unlinked_number(page):
    page.set_content("<p>Call <strong>911</strong> now. <a href='tel:911'>911</a></p>")
    assert page.evaluate(UNLINKED_NUMBERS, ["911"]) == ["<strong>911</strong>"]


def test_the_contrast_check_fails_on_a_pale_focus_state(page):
    page.set_content(
        "<style>a { color: #005eb8 } a:focus { background: #ffeb3b; color: #d5281b }"
        " a:visited { color: #aaa }</style>"
        "<p><a href='#x'>one</a> <a href='#y'>two</a> <button>b</button> <a href='#z'>3</a>"
        " <a href='#w'>4</a> <a href='#v'>5</a></p>"
    )
    with pytest.raises(AssertionError) as failed:
        assert_contrast_in_every_state(page)
    assert "focused: 4.1" in str(failed.value) and "visited" in str(failed.value)


@pytest.mark.parametrize(
    "path",
    ["/", "/conditions/meniscus-tear/", "/conditions/?onset=bogus", "/search/?q=knee", "/es/"],
)
def test_shared_pages_keep_contrast_in_every_state(live_server, page, demo, path):
    """The shared CSS: header, footer, care cards, filters, search results, pagination."""
    open_narrow(page, live_server.url + path)
    page.evaluate("document.querySelectorAll('details').forEach((d) => { d.open = true; })")
    assert_contrast_in_every_state(page)
    page.set_viewport_size({"width": 1024, "height": 700})
    assert_contrast_in_every_state(page)
