"""Author writes in the editor, reviewer approves, publisher publishes."""

import re

from playwright.sync_api import expect

from articles.models import Article, Status
from tests.browser.axe import assert_no_axe_violations
from tests.support.staff import browser_log_in


def collapse_selection_to_end(page):
    """Move the caret past the new link. The editor restores the link's selection
    a moment after its dialog closes, so repeat until the caret really moved."""
    for _attempt in range(40):
        page.keyboard.press("End")
        page.wait_for_timeout(50)
        if page.evaluate("window.getSelection().isCollapsed"):
            return
    raise AssertionError("the editor kept the link text selected")


def write_in_editor(page):
    editor = page.locator(".ProseMirror[contenteditable=true]")
    editor.click()
    # A heading from the block-type menu.
    page.locator(".prose-menubar__selected").click()
    page.locator("[data-name=heading2]").click()
    page.keyboard.type("Ice helps a sore knee")
    page.keyboard.press("Enter")
    # A paragraph with a link.
    page.keyboard.type("Read more on our help page")
    page.keyboard.press("Shift+Home")
    page.locator("[data-name=link]").click()
    dialog = page.locator("dialog[open]")
    dialog.locator("input[name=href]").fill("https://example.org/help")
    dialog.get_by_role("button", name="Update").click()
    collapse_selection_to_end(page)
    page.keyboard.press("Enter")
    # A bulleted list.
    page.locator("[data-name=bulletList]").click()
    page.keyboard.type("Wrap the ice in a towel")
    page.keyboard.press("Enter")
    page.keyboard.type("Hold it on for 15 minutes")
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")  # leave the list
    # A table.
    page.locator("[data-name=table]").click()
    table_dialog = page.locator("dialog[open]")
    if table_dialog.count():
        table_dialog.locator("button[type=submit]").click()
    page.keyboard.type("Rest")


def test_author_reviewer_publisher(live_server, browser, staff):
    author = browser_log_in(browser, live_server, "ana")
    author.goto(live_server.url + "/admin/articles/article/add/")
    author.get_by_label("Title").press_sequentially("Using ice after exercise")
    expect(author.get_by_label("Slug")).to_have_value("using-ice-after-exercise")
    author.get_by_label("Topic").select_option("treatment")
    author.get_by_label("Summary").fill("How to use ice on a sore knee.")
    write_in_editor(author)
    author.get_by_role("button", name="Save and continue editing").click()
    expect(author.locator(".messagelist")).to_contain_text("was added successfully")

    article = Article.objects.get(slug="using-ice-after-exercise")
    assert article.status == Status.DRAFT
    assert article.author == staff["author"]
    assert "<h2>Ice helps a sore knee</h2>" in article.body
    assert '<a href="https://example.org/help"' in article.body
    assert re.search(r"<ul><li><p>Wrap the ice in a towel</p></li>", article.body)
    assert "<table>" in article.body

    # The draft is not public.
    public = browser.new_context().new_page()
    response = public.goto(live_server.url + "/articles/using-ice-after-exercise/")
    assert response.status == 404

    # The author cannot publish: no button; submits for review instead.
    expect(author.get_by_role("button", name="Publish")).to_have_count(0)
    author.get_by_role("button", name="Submit for review").click()
    expect(author.locator(".messagelist")).to_contain_text("In review")

    reviewer = browser_log_in(browser, live_server, "rui")
    reviewer.goto(live_server.url + f"/admin/articles/article/{article.pk}/change/")
    expect(reviewer.get_by_role("button", name="Publish")).to_have_count(0)
    reviewer.get_by_role("button", name="Approve (clinical review)").click()
    expect(reviewer.locator(".messagelist")).to_contain_text("Approve (clinical review) done")

    publisher = browser_log_in(browser, live_server, "pia")
    publisher.goto(live_server.url + f"/admin/articles/article/{article.pk}/change/")
    publisher.get_by_role("button", name="Publish", exact=True).click()
    expect(publisher.locator(".messagelist")).to_contain_text("Status is now “Live”")

    response = public.goto(live_server.url + "/articles/using-ice-after-exercise/")
    assert response.status == 200
    expect(public.locator("h1")).to_have_text("Using ice after exercise")
    expect(public.locator(".rich-text h2")).to_have_text("Ice helps a sore knee")
    expect(public.locator(".rich-text a[href='https://example.org/help']")).to_be_visible()
    expect(public.locator(".rich-text table")).to_be_visible()
    expect(public.locator(".review-dates")).to_contain_text("Page last reviewed")
    assert_no_axe_violations(public)


def test_a_live_article_stays_live_while_its_changes_are_reviewed(live_server, browser, staff):
    """Edit live, review, approve, publish; patients see the old
    text (HTTP 200) until the new one is published, then everywhere at once."""
    from tests.factories import ArticleFactory

    article = ArticleFactory(
        published=True,
        author=staff["author"],
        title="Ice after exercise",
        slug="ice-after-exercise",
        body="<p>Hold ice on the knee for ten minutes.</p>",
    )
    public = browser.new_context().new_page()
    url = live_server.url + "/articles/ice-after-exercise/"

    publisher = browser_log_in(browser, live_server, "pia")
    publisher.goto(live_server.url + f"/admin/articles/article/{article.pk}/change/")
    expect(publisher.locator(".workflow-note")).to_contain_text("This page is live")
    editor = publisher.locator(".ProseMirror[contenteditable=true]")
    editor.click()
    publisher.keyboard.press("Control+a")
    publisher.keyboard.type("Hold wrapped ice on the knee for fifteen minutes.")
    publisher.get_by_role("button", name="Save and continue editing").click()
    expect(publisher.locator(".messagelist")).to_contain_text("saved as a draft")
    publisher.get_by_role("button", name="Submit for review").click()
    expect(publisher.locator(".messagelist")).to_contain_text("Live · Changes in review")

    response = public.goto(url)
    assert response.status == 200
    expect(public.locator(".rich-text")).to_contain_text("for ten minutes")

    reviewer = browser_log_in(browser, live_server, "rui")
    reviewer.goto(live_server.url + f"/admin/articles/article/{article.pk}/change/")
    expect(reviewer.locator(".ProseMirror[contenteditable=true]")).to_contain_text(
        "fifteen minutes"
    )
    reviewer.get_by_role("button", name="Approve (clinical review)").click()
    reviewer.goto(live_server.url + "/admin/articles/article/")
    expect(reviewer.locator("#result_list")).to_contain_text("Approved, ready to publish")
    response = public.goto(url)
    assert response.status == 200
    expect(public.locator(".rich-text")).to_contain_text("for ten minutes")

    publisher.goto(live_server.url + f"/admin/articles/article/{article.pk}/change/")
    publisher.get_by_role("button", name="Publish", exact=True).click()
    expect(publisher.locator(".messagelist")).to_contain_text("Status is now “Live”")
    expect(publisher.locator(".field-workflow_summary")).to_contain_text("Rui Reviewer")

    # A new visitor (browsers may keep a page a minute, by design: pagecache.py).
    public = browser.new_context().new_page()
    public.goto(url)
    expect(public.locator(".rich-text")).to_contain_text("fifteen minutes")
    public.goto(live_server.url + "/search/?q=fifteen")
    expect(public.locator("main")).to_contain_text("Ice after exercise")
    handout = public.request.get(url + "handout.pdf")
    assert handout.status == 200
    from io import BytesIO

    from pypdf import PdfReader

    text = " ".join(
        " ".join(page.extract_text() for page in PdfReader(BytesIO(handout.body())).pages).split()
    )
    assert "fifteen minutes" in text and "ten minutes" not in text
