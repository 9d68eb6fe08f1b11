"""The editor for clinicians in a real browser: spell-check, tables, the link chooser."""

from playwright.sync_api import expect

from articles.models import Article, Status
from tests.browser.test_editorial_flow import collapse_selection_to_end
from tests.factories import ArticleFactory, ArticleTranslationFactory
from tests.support.staff import browser_log_in


def select_line(page):
    """Select the line the caret is on. The editor may still be settling after the
    click (the link button does nothing without a selection), so repeat until the
    browser really has text selected."""
    for _attempt in range(40):
        page.keyboard.press("End")
        page.keyboard.press("Shift+Home")
        page.wait_for_timeout(50)
        if not page.evaluate("window.getSelection().isCollapsed"):
            return
    raise AssertionError("the editor never selected the line")


def test_spell_check_header_row_and_link_to_one_of_our_pages(live_server, browser, staff):
    article = ArticleFactory(
        author=staff["author"], title="Ice and rest", slug="ice-and-rest", body="<p>Use ice.</p>"
    )
    ArticleFactory(title="Knee braces", slug="knee-braces", status=Status.PUBLISHED)
    page = browser_log_in(browser, live_server, "ana")
    page.goto(live_server.url + f"/admin/articles/article/{article.pk}/change/")

    editor = page.locator(".field-body .ProseMirror[contenteditable=true]")
    expect(editor).to_have_attribute("spellcheck", "true")
    assert editor.evaluate("element => element.spellcheck") is True
    # A comfortable box from the start (20rem), not a one-line strip.
    assert editor.bounding_box()["height"] >= 300

    # Link the existing sentence to another article, chosen by its title.
    editor.get_by_text("Use ice.").click()
    select_line(page)
    page.locator(".field-body [data-name=link]").click()
    dialog = page.locator("dialog[open]")
    expect(dialog).to_be_visible()
    dialog.locator("select[name=page]").select_option(label="Article: Knee braces")
    expect(dialog.locator("input[name=href]")).to_have_value("/articles/knee-braces/")
    dialog.get_by_role("button", name="Update").click()
    expect(editor.locator("a[href='/articles/knee-braces/']")).to_have_text("Use ice.")
    collapse_selection_to_end(page)

    # A table from the toolbar starts with a header row.
    page.keyboard.press("Enter")
    page.locator(".field-body [data-name=table]").click()
    table_dialog = page.locator("dialog[open]")
    expect(table_dialog.locator("select[name=withHeaderRow]")).to_have_value("Yes")
    table_dialog.get_by_role("button", name="Insert Table").click()
    expect(editor.locator("table tr").first.locator("th")).to_have_count(3)
    page.keyboard.type("What to do")

    page.get_by_role("button", name="Save and continue editing").click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    article = Article.objects.get(pk=article.pk)
    assert '<a href="/articles/knee-braces/">Use ice.</a>' in article.body
    assert "<th" in article.body and "What to do" in article.body


def test_a_spanish_translation_links_to_spanish_pages_chosen_by_their_spanish_names(
    live_server, browser, staff
):
    braces = ArticleFactory(title="Knee braces", slug="knee-braces", status=Status.PUBLISHED)
    ArticleTranslationFactory(source=braces, title="Rodilleras", published=True)
    translation = ArticleTranslationFactory(
        author=staff["author"], title="Hielo", body="<p>Use hielo.</p>"
    )
    page = browser_log_in(browser, live_server, "ana")
    page.goto(live_server.url + f"/admin/articles/articletranslation/{translation.pk}/change/")

    editor = page.locator(".field-body .ProseMirror[contenteditable=true]")
    # Spell-checked in Spanish.
    expect(editor).to_have_attribute("lang", "es")
    editor.get_by_text("Use hielo.").click()
    select_line(page)
    page.locator(".field-body [data-name=link]").click()
    dialog = page.locator("dialog[open]")
    expect(dialog).to_be_visible()
    options = dialog.locator("select[name=page] option")
    # This text's own page is in the list too (a draft translation, named in Spanish).
    expect(options).to_have_text(
        ["None: use the URL below", "Article: Hielo", "Article: Rodilleras"]
    )
    dialog.locator("select[name=page]").select_option(label="Article: Rodilleras")
    expect(dialog.locator("input[name=href]")).to_have_value("/es/articles/knee-braces/")
    dialog.get_by_role("button", name="Update").click()
    expect(editor.locator("a[href='/es/articles/knee-braces/']")).to_have_text("Use hielo.")

    page.get_by_role("button", name="Save and continue editing").click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    translation.refresh_from_db()
    assert '<a href="/es/articles/knee-braces/">Use hielo.</a>' in translation.body
