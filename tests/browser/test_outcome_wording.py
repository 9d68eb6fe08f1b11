"""A teenager with a limp reads about
the hip, what to do until seen and to tell a parent, on screen and in print;
the page passes axe-core in English and in Spanish, where the linked pages
show their Spanish titles and nothing is marked as English."""

from playwright.sync_api import expect

from tests.browser.axe import assert_no_axe_violations
from tests.browser.triage_form import answer_both_steps
from tests.triage.answers import answers
from triage.defaults import spanish as shipped

TEEN_LIMP = answers(age=13, injury="no", days_since_start=21, limp_hip="yes")
LOCKED_TEEN = answers(age=15, injury="yes", days_since_start=1, high_energy="no", locked="yes")
ENGLISH_MARKED = """() => [...document.querySelectorAll('main [lang]:not([lang="es"])')]
  .filter((el) => el.checkVisibility()).map((el) => el.outerHTML.slice(0, 120))"""


def test_the_teenage_limp_result_reads_about_the_hip_on_screen_and_in_print(
    live_server, page, demo
):
    page.goto(live_server.url + "/triage/")
    answer_both_steps(page, TEEN_LIMP)
    expect(page.locator("[data-outcome]")).to_have_attribute("data-outcome", "urgent_doctor")
    meaning = page.locator('[data-rule-words="patient_text"]')
    expect(meaning).to_contain_text("can come from the hip")
    expect(page.locator('[data-rule-words="until_then"]')).to_contain_text("do not run")
    expect(page.locator("[data-minor]")).to_contain_text("tell a parent or caregiver")
    expect(page.locator("main")).not_to_contain_text("blood clot")
    assert_no_axe_violations(page)
    page.emulate_media(media="print")
    expect(meaning).to_be_visible()
    expect(page.locator("[data-minor]")).to_be_visible()


def test_a_spanish_urgent_result_for_a_teenager_passes_axe_with_spanish_titles(
    live_server, page, demo
):
    page.goto(live_server.url + "/es/triage/")
    answer_both_steps(page, LOCKED_TEEN, ("Continuar", "Ver qué ayuda buscar"))
    expect(page.locator("[data-outcome]")).to_have_attribute("data-outcome", "urgent")
    expect(page.locator('[data-rule-words="patient_text"]')).to_contain_text(
        shipped.RULE_TEXTS["Knee locked"][0]
    )
    expect(page.locator("[data-minor]")).to_contain_text("menor de 18")
    links = page.locator("[data-read-more] a")
    expect(links.first).to_be_visible()
    assert page.evaluate(ENGLISH_MARKED) == []
    assert_no_axe_violations(page)
