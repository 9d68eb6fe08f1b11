from urllib.parse import quote

from playwright.sync_api import expect

from tests.browser.axe import assert_no_axe_violations
from tests.browser.layout import open_narrow


def test_search_pages_pass_axe(live_server, page, demo):
    for query in ["runners knee", "xylophone", "", "knee " * 30]:
        page.goto(f"{live_server.url}/search/?q={quote(query)}")
        expect(page.locator("h1")).to_have_text("Search")
        assert_no_axe_violations(page)
    # the error is tied to the field
    field = page.get_by_label("Search this website")
    expect(field).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#search-q-error")).to_contain_text("100 characters or fewer")


def test_keyboard_user_searches_from_the_header_with_a_typo(live_server, page, demo):
    page.goto(live_server.url + "/articles/")
    box = page.locator("#site-search-q")
    for _ in range(12):
        page.keyboard.press("Tab")
        if box.evaluate("el => el === document.activeElement"):
            break
    expect(box).to_be_focused()
    page.keyboard.type("menicus tear")
    page.keyboard.press("Enter")
    expect(page).to_have_url(live_server.url + "/search/?q=menicus+tear")
    first = page.locator(".search-results__list > li").first
    expect(first.get_by_role("link")).to_have_text("Meniscus tear")
    expect(first.locator(".tag")).to_have_text("Condition")
    # the results page has its own labelled box, filled in with the query
    expect(page.get_by_label("Search this website")).to_have_value("menicus tear")
    first.get_by_role("link").click()
    expect(page).to_have_url(live_server.url + "/conditions/meniscus-tear/")


def test_results_fit_a_320_pixel_screen(live_server, page, demo):
    open_narrow(page, live_server.url + "/search/?q=knee")
    expect(page.locator("mark").first).to_be_visible()
