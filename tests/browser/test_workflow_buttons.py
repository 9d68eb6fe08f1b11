"""The workflow buttons never sit on the page title (bounding boxes, at 1280
and 320 px), and unpublishing asks first, saying what patients will lose."""

import pytest
from playwright.sync_api import expect

from articles.models import Status
from tests.browser.axe import assert_no_axe_violations
from tests.support.staff import browser_log_in

LONG_TITLE = (
    "What to do when your knee hurts after running, cycling or climbing the stairs "
    "at work, and when to call the clinic"
)
BUTTONS = "#content .object-tools a, #content .workflow-action button"


def overlaps(a, b) -> bool:
    return not (
        a["x"] + a["width"] <= b["x"]
        or b["x"] + b["width"] <= a["x"]
        or a["y"] + a["height"] <= b["y"]
        or b["y"] + b["height"] <= a["y"]
    )


def assert_buttons_clear_of_the_title(page):
    # The admin's heading ("Change article") and, under it, the item's own title.
    headings = page.locator("#content > h1, #content > h2")
    expect(headings.nth(1)).to_have_text(LONG_TITLE)
    titles = [headings.nth(i).bounding_box() for i in range(headings.count())]
    buttons = page.locator(BUTTONS)
    assert buttons.count() >= 2
    for index in range(buttons.count()):
        button = buttons.nth(index)
        box = button.bounding_box()
        assert box is not None
        for title in titles:
            assert not overlaps(box, title), f"{button.inner_text()!r} sits on the title"


@pytest.mark.parametrize("width", [1280, 320])
def test_workflow_buttons_never_overlap_the_title(live_server, browser, staff, width):
    from tests.factories import ArticleFactory

    live = ArticleFactory(published=True, author=staff["author"], title=LONG_TITLE)
    in_review = ArticleFactory(
        status=Status.REVIEW, author=staff["author"], submitted_by=staff["author"], title=LONG_TITLE
    )
    for username, article in [("pia", live), ("rui", in_review), ("rui", live)]:
        page = browser_log_in(browser, live_server, username)
        page.set_viewport_size({"width": width, "height": 800})
        page.goto(live_server.url + f"/admin/articles/article/{article.pk}/change/")
        assert_buttons_clear_of_the_title(page)


def test_unpublishing_asks_first_and_says_what_patients_lose(live_server, browser, staff):
    from tests.factories import ArticleFactory

    article = ArticleFactory(published=True, author=staff["author"], title="Ice after a run")
    page = browser_log_in(browser, live_server, "pia")
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(live_server.url + f"/admin/articles/article/{article.pk}/change/")
    undo = page.locator(".workflow-bar__undo").get_by_role("button", name="Unpublish (archive)")
    publish_style = page.locator(".object-tools a").first.evaluate(
        "el => getComputedStyle(el).backgroundColor"
    )
    assert undo.evaluate("el => getComputedStyle(el).backgroundColor") != publish_style
    # The workflow bar and the confirmation (the rest of Django's admin is not ours).
    assert_no_axe_violations(page, within=".workflow-bar")
    undo.click()
    expect(page.locator("h2")).to_contain_text(["What patients will lose"])
    assert_no_axe_violations(page, within="#content")
    expect(page.locator(".workflow-confirm__warning")).to_contain_text(
        "Patients can no longer open this page"
    )
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED
    page.get_by_role("button", name="Yes: Unpublish (archive)").click()
    expect(page.locator(".messagelist")).to_contain_text("Archived (not live)")
    article.refresh_from_db()
    assert article.status == Status.ARCHIVED
