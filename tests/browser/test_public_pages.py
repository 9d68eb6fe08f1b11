import pytest
from playwright.sync_api import expect

from articles.models import Article
from tests.browser.axe import assert_no_axe_violations
from tests.browser.layout import open_narrow


def test_public_pages_pass_axe(live_server, page, demo):
    article = Article.objects.published().get(slug="what-to-do-when-your-knee-hurts-after-exercise")
    for path in ["/", "/articles/", article.get_absolute_url(), "/no-such-page/"]:
        page.goto(live_server.url + path)
        expect(page.locator("h1")).to_be_visible()
        assert_no_axe_violations(page)


def test_skip_link_is_first_and_moves_focus_to_main(live_server, page, demo):
    page.goto(live_server.url + "/articles/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()


def test_keyboard_reaches_an_article(live_server, page, demo):
    page.goto(live_server.url + "/articles/")
    link = page.get_by_role("link", name="How your knee works")
    link.focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(live_server.url + "/articles/how-your-knee-works/")


def test_layout_works_at_320_pixels(live_server, page, demo):
    open_narrow(page, live_server.url + "/articles/what-to-do-when-your-knee-hurts-after-exercise/")


def test_sample_notice_fits_at_320_pixels_and_prints(live_server, page, demo):
    for path in ("/articles/how-your-knee-works/", "/conditions/knee-ligament-sprain/"):
        open_narrow(page, live_server.url + path)
        notice = page.locator(".sample-notice")
        expect(notice).to_have_text("Sample content: not yet reviewed by a clinician")
        box = notice.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 320
        expect(page.locator(".review-dates")).to_have_count(0)
        page.emulate_media(media="print")
        expect(notice).to_be_visible()
        page.emulate_media(media="screen")


def test_print_hides_navigation_and_shows_clinic_and_address(live_server, page, demo):
    page.goto(live_server.url + "/articles/how-your-knee-works/")
    page.emulate_media(media="print")
    expect(page.locator(".site-nav")).to_be_hidden()
    expect(page.locator(".print-header")).to_be_visible()
    expect(page.locator(".print-header")).to_contain_text("Riverside Knee Clinic")
    expect(page.locator(".print-header")).to_contain_text("(312) 555-0142")
    expect(page.locator(".print-url")).to_contain_text("/articles/how-your-knee-works/")


def test_axe_check_fails_on_an_inaccessible_page(page):
    page.set_content("<html><body><img src='x.png'><input type='text'></body></html>")
    with pytest.raises(AssertionError, match="image-alt"):
        assert_no_axe_violations(page)
