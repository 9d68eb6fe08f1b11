"""The full-site accessibility sweep: every page in sitemap.xml, plus the pages
a sitemap cannot list (filtered catalogue, search, triage errors and result,
the error pages). axe-core must find nothing anywhere."""

import re

from playwright.sync_api import expect

from tests.browser.axe import assert_no_axe_violations
from tests.browser.triage_form import answer_both_steps
from tests.triage.answers import answers


def sitemap_paths(page, base_url) -> list[str]:
    response = page.request.get(base_url + "/sitemap.xml")
    assert response.ok
    urls = re.findall(r"<loc>([^<]+)</loc>", response.text())
    return [re.sub(r"^https?://[^/]+", "", url) for url in urls]


def test_every_public_page_passes_axe(live_server, page, demo):
    paths = sitemap_paths(page, live_server.url)
    assert "/articles/how-your-knee-works/" in paths
    assert "/conditions/meniscus-tear/" in paths
    paths = ["/", "/articles/", "/conditions/", *paths]
    paths += [
        "/conditions/?onset=injury&area=inner&activity=running",
        "/conditions/?icd10=M17",
        "/conditions/?onset=bogus",  # a filter error
        "/conditions/?onset=wear&area=back",  # no results
        "/search/",
        "/search/?q=runners+knee",
        "/search/?q=xylophone",
        "/search/?q=minuscus",  # "Did you mean"
        "/search/?q=meniscus+xylophone",  # some of the words
        "/triage/",
        "/no-such-page/",
    ]
    checked = []
    for path in dict.fromkeys(paths):
        page.goto(live_server.url + path)
        expect(page.locator("h1")).to_be_visible()
        assert_no_axe_violations(page)
        checked.append(path)
    assert len(checked) >= 20


def test_triage_errors_and_result_pass_axe(live_server, page, demo):
    page.goto(live_server.url + "/triage/")
    page.get_by_role("button", name="Continue").click()
    expect(page.locator(".error-summary")).to_be_visible()
    assert_no_axe_violations(page)

    wanted = answers(injury="yes", days_since_start=1, weight_bear_now="no")
    answer_both_steps(page, wanted)
    expect(page.locator("[data-urgency]")).to_be_visible()
    assert_no_axe_violations(page)
