"""/api/docs/ renders Swagger UI from our own static
files, under the strict CSP, with no request leaving the site."""

from urllib.parse import urlsplit

from playwright.sync_api import expect

from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_csp import record_csp_violations

LOCAL_HOSTS = {"127.0.0.1", "localhost"}


def test_the_docs_page_shows_every_operation_and_fetches_nothing_from_elsewhere(
    live_server, page, demo
):
    requested: list[str] = []
    blocked: list[str] = []

    def only_local(route):
        url = route.request.url
        requested.append(url)
        scheme, host = urlsplit(url).scheme, urlsplit(url).hostname
        if scheme in ("data", "blob") or host in LOCAL_HOSTS:
            route.continue_()
        else:
            blocked.append(url)
            route.abort()

    page.route("**/*", only_local)
    violations = record_csp_violations(page)
    response = page.goto(live_server.url + "/api/docs/")
    assert "'unsafe-inline'" not in response.headers["content-security-policy"]
    expect(page.get_by_role("heading", name="API documentation", level=1)).to_be_visible()
    # Swagger UI read the schema and lists each operation.
    expect(page.locator(".opblock-summary-path").first).to_be_visible(timeout=15_000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    for path in [
        "/api/infobutton/",
        "/api/v1/articles/",
        "/api/v1/articles/{slug}/",
        "/api/v1/conditions/",
        "/api/v1/conditions/{slug}/",
        "/api/v1/triage/questionnaire/",
        "/api/v1/exercises/",
        "/api/v1/exercises/{slug}/",
        "/api/v1/exercise-programmes/",
        "/api/v1/exercise-programmes/{slug}/",
    ]:
        assert any(text.replace("\u200b", "") == path for text in paths), (path, paths)
    # Try one: the request goes to our own API and its answer shows.
    page.locator(".opblock-summary-path", has_text="/api/v1/triage/questionnaire/").click()
    page.get_by_role("button", name="Try it out").click()
    page.get_by_role("button", name="Execute").click()
    expect(page.locator(".live-responses-table tbody .response-col_status").first).to_contain_text(
        "200"
    )
    assert any(url.endswith("/api/schema/?format=json") for url in requested)
    assert any("/api/v1/triage/questionnaire/" in url for url in requested)
    assert blocked == []
    assert violations == []


def test_the_docs_page_passes_axe(live_server, page, demo):
    page.goto(live_server.url + "/api/docs/")
    expect(page.locator(".opblock-summary-path").first).to_be_visible(timeout=15_000)
    assert_no_axe_violations(page)
    # An operation opened, with its parameters, tried and answered.
    page.locator(".opblock-summary-path", has_text="/api/v1/conditions/").first.click()
    page.get_by_role("button", name="Try it out").click()
    page.get_by_role("button", name="Execute").click()
    expect(page.locator(".live-responses-table tbody .response-col_status").first).to_contain_text(
        "200"
    )
    assert_no_axe_violations(page)
