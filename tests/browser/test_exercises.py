"""The exercise pages in a real browser: axe on the list and an exercise page in
English and Spanish, 320 px without sideways scrolling, filters sent without
JavaScript, and the keyboard's skip link."""

from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import expect

from articles.models import Condition
from exercises.models import Exercise
from tests.browser.axe import assert_no_axe_violations
from tests.browser.layout import NARROW, open_narrow


@pytest.fixture
def exercises(demo):
    """The demo exercises (live, translated, with the project's pictures), and a draft."""
    from tests.factories import ExerciseFactory

    ExerciseFactory(title="Draft exercise", conditions=list(Condition.objects.all()))
    return Exercise.objects.get(slug="straight-leg-raise")


def live_count(**filters) -> int:
    return Exercise.objects.published().filter(**filters).count()


def test_the_exercise_pages_pass_axe_in_english_and_spanish(live_server, page, exercises):
    for path in (
        "/exercises/",
        "/es/exercises/",
        "/exercises/?stage=early&equipment=towel&equipment=none",
    ):
        page.goto(live_server.url + path)
        expect(page.locator(".results__title")).to_be_visible()
        assert_no_axe_violations(page)
    for language, title in (("", "Straight-leg raise"), ("/es", "Elevación de pierna recta")):
        page.goto(live_server.url + language + exercises.get_absolute_url())
        expect(page.locator("h1")).to_have_text(title)
        # Both pictures are drawn (the renditions load), each with its alt text.
        pictures = page.locator(".exercise-pictures img")
        expect(pictures).to_have_count(2)
        for picture, image in zip(
            pictures.all(), (exercises.start_image, exercises.end_image), strict=True
        ):
            alt = image.alt_texts.filter(language="es").first() if language else None
            expect(picture).to_have_attribute("alt", alt.alt_text if alt else image.alt_text)
            picture.scroll_into_view_if_needed()
            expect(picture).to_have_js_property("complete", True)
            assert picture.evaluate("img => img.naturalWidth") > 0
        expect(page.locator("[data-safety-group]")).to_have_count(3)
        assert_no_axe_violations(page)


def test_a_wrong_filter_value_passes_axe_and_links_the_error(live_server, page, exercises):
    page.goto(live_server.url + "/exercises/?stage=bogus")
    expect(page.locator(".error-summary")).to_be_visible()
    expect(page.locator("#stage-error")).to_be_visible()
    assert_no_axe_violations(page)


@pytest.mark.parametrize("path", ["/exercises/", "/es/exercises/straight-leg-raise/"])
def test_at_320_pixels_nothing_scrolls_sideways(live_server, page, exercises, path):
    open_narrow(page, live_server.url + path)
    assert_no_axe_violations(page)


def test_filters_work_without_javascript(live_server, browser, exercises):
    def results(count):
        return f"{count} exercise" + ("" if count == 1 else "s")

    late = live_count(stage="late")
    late_with_a_chair = live_count(stage="late", equipment__contains=",chair,")
    assert late > late_with_a_chair  # else unticking proves nothing
    context = browser.new_context(java_script_enabled=False, viewport=NARROW)
    page = context.new_page()
    page.goto(live_server.url + "/exercises/")
    expect(page.locator(".results__title")).to_have_text(results(live_count()))
    page.locator(".filters-panel__summary").click()
    page.get_by_label("Late: back to your activities").check()
    page.get_by_label("A chair").check()
    page.get_by_role("button", name="Show exercises").click()
    query = parse_qs(urlparse(page.url).query)
    assert query["stage"] == ["late"] and query["equipment"] == ["chair"]
    expect(page.locator(".results__title")).to_have_text(results(late_with_a_chair))
    # On a phone the filters fold again above the results: the ticks are kept.
    page.locator(".filters-panel__summary").click()
    expect(page.get_by_label("Late: back to your activities")).to_be_checked()
    page.get_by_label("A chair").uncheck()
    page.get_by_role("button", name="Show exercises").click()
    expect(page.locator(".results__title")).to_have_text(results(late))
    expect(page.get_by_text("Draft exercise")).to_have_count(0)
    page.get_by_role("link", name="Step-ups").click()
    expect(page.locator("h1")).to_have_text("Step-ups")
    context.close()


def test_the_keyboard_skips_to_the_exercise_and_follows_its_links(live_server, page, exercises):
    page.goto(live_server.url + exercises.get_absolute_url())
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    expect(skip).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    easier = page.get_by_role("link", name="Quad sets")
    for _ in range(40):
        if easier.evaluate("el => el === document.activeElement"):
            break
        page.keyboard.press("Tab")
    expect(easier).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(live_server.url + "/exercises/quad-sets/")
