"""The strict Content-Security-Policy holds in a real browser: nothing is blocked."""

from playwright.sync_api import expect

from tests.browser.test_editorial_flow import write_in_editor
from tests.support.staff import browser_log_in


def record_csp_violations(page) -> list[str]:
    violations: list[str] = []
    page.on(
        "console",
        lambda message: (
            violations.append(f"{page.url}: {message.text} {message.location}")
            if "Content Security Policy" in message.text
            else None
        ),
    )
    return violations


def test_public_pages_break_no_csp_rule(live_server, page, demo):
    violations = record_csp_violations(page)
    for path in [
        "/",
        "/articles/how-your-knee-works/",
        "/conditions/?onset=injury",
        "/conditions/meniscus-tear/",
        "/search/?q=knee",
        "/triage/",
    ]:
        response = page.goto(live_server.url + path)
        assert "'unsafe-inline'" not in response.headers["content-security-policy"]
        expect(page.locator("h1")).to_be_visible()
    assert violations == []


def test_admin_and_rich_text_editor_work_under_csp(live_server, browser, staff):
    page = browser_log_in(browser, live_server, "ana")
    violations = record_csp_violations(page)
    page.goto(live_server.url + "/admin/articles/article/add/")
    # The editor is a JavaScript module loaded through the nonced import map.
    write_in_editor(page)
    expect(
        page.locator(".ProseMirror").get_by_role("heading", name="Ice helps a sore knee")
    ).to_be_visible()
    for path in ["/admin/", "/admin/articles/article/", "/admin/articles/condition/add/"]:
        page.goto(live_server.url + path)
    assert violations == []
