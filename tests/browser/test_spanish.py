"""A patient switches to Español on the
home page, an article, a condition, the catalogue with filters, search and
triage; every piece of the interface is then Spanish, axe-core finds nothing,
and the page says lang="es".

"Every visible string is Spanish" is checked against the catalogue itself:
each English text the Spanish catalogue translates differently must not be a
text node (or label) of the Spanish page. Texts that come from the database
(article and condition texts, the questionnaire) are not the interface's:
they stay English in this test until their translations exist, so they are
left out (``DATABASE_TEXT``), as is anything marked as another language
(the switcher's "English").
"""

import re

import polib
import pytest
from playwright.sync_api import expect

from portal.translations import LOCALE_DIR
from tests.browser.axe import assert_no_axe_violations
from tests.browser.triage_form import answer_both_steps
from tests.triage.answers import answers

ARTICLE = "/articles/how-your-knee-works/"
CONDITION = "/conditions/meniscus-tear/"
CATALOGUE = "/conditions/?onset=injury&area=inner&activity=running"
SEARCH = "/search/?q=meniscus"

# Where staff-written text shows: titles, summaries, rich text, other names,
# care cards and warning signs, activity names, the clinic's details, search
# hits, and the questionnaire's questions, answers and outcomes.
DATABASE_TEXT = ", ".join(
    [
        ".content-page > h1",
        ".lead",
        ".rich-text",
        ".aka",
        ".card__aka",
        ".card__title",
        ".card > p:not(.card__meta)",
        ".breadcrumbs li:last-child",
        ".facts div:last-child dd",
        ".care-card__heading > :not(.care-card__urgency)",
        ".care-card__content",
        "[data-safety-net-item]",
        ".contact-block p:not(.contact-block__emergency)",
        ".print-header",
        ".site-header__brand",
        ".search-results__snippet",
        ".triage-form legend",
        ".triage-form label",
        ".triage-form .hint",
        ".triage-form h2",
        ".triage-form .unit",
        ".answers-table td",
        ".search-form input",
    ]
)

# Every text node and label of the page, with what it is, outside the
# database's texts and outside anything marked as another language.
INTERFACE_TEXTS = """(excluded) => {
  const found = [];
  const inSpanish = (el) => (el.closest("[lang]")?.getAttribute("lang") || "") === "es";
  const keep = (el) => el && !el.closest(excluded) && inSpanish(el)
    && !el.closest("script, style, template, noscript") && el.checkVisibility();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent.replace(/\\s+/g, " ").trim();
    if (text && keep(node.parentElement)) found.push(text);
  }
  for (const el of document.querySelectorAll("[aria-label], [placeholder], [title], [alt]")) {
    if (!keep(el)) continue;
    for (const name of ["aria-label", "placeholder", "title", "alt"]) {
      const value = (el.getAttribute(name) || "").trim();
      if (value) found.push(value);
    }
  }
  found.push(document.title);
  return found;
}"""


def english_interface_strings() -> set[str]:
    """The catalogue's English texts whose Spanish differs: none may show on a
    Spanish page. Texts with placeholders or markup never show as they are."""
    catalogue = polib.pofile(str(LOCALE_DIR / "es" / "LC_MESSAGES" / "django.po"))
    return {
        entry.msgid
        for entry in catalogue
        if not entry.msgid_plural
        and entry.msgstr != entry.msgid
        and len(entry.msgid) > 3
        and not re.search(r"%|<|\{", entry.msgid)
    }


ENGLISH = english_interface_strings()


def assert_spanish_interface(page):
    expect(page.locator("html")).to_have_attribute("lang", "es")
    texts = page.evaluate(INTERFACE_TEXTS, DATABASE_TEXT)
    assert len(texts) > 12, texts  # the walk found the interface
    english = sorted({text for text in texts if text in ENGLISH})
    title_parts = {part.strip() for part in texts[-1].split("–")}
    english += sorted(title_parts & ENGLISH)
    assert not english, f"English interface text on {page.url}: {english}"
    assert_no_axe_violations(page)


def switch_to_spanish(page, base, path):
    """Open the English page and follow the switcher with the keyboard: after
    the skip link, the header's links and its search box."""
    page.goto(base + path)
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.keyboard.press("Tab")
    expect(page.locator(".skip-link")).to_be_focused()
    link = page.locator(".language-switcher a")
    for _ in range(10):
        page.keyboard.press("Tab")
        if link.evaluate("el => el === document.activeElement"):
            break
    expect(link).to_be_focused()
    expect(link).to_have_text("Español")
    expect(link).to_have_attribute("lang", "es")
    expect(link).to_have_attribute("hreflang", "es")
    page.keyboard.press("Enter")
    expect(page).to_have_url(base + "/es" + path)


def test_the_catalogue_knows_enough_english_to_catch_a_miss():
    assert {"Read about knee pain", "Find your condition", "Filter conditions"} <= ENGLISH


@pytest.mark.parametrize("path", ["/", ARTICLE, CONDITION, CATALOGUE, SEARCH, "/triage/"])
def test_switching_to_spanish_gives_a_spanish_interface(live_server, page, demo, path):
    switch_to_spanish(page, live_server.url, path)
    expect(page.locator("h1").first).to_be_visible()
    assert_spanish_interface(page)
    # And back, to the same page.
    back = page.locator(".language-switcher a")
    expect(back).to_have_text("English")
    expect(back).to_have_attribute("lang", "en")
    back.click()
    expect(page).to_have_url(live_server.url + path)


def test_a_spanish_triage_result(live_server, page, demo):
    page.goto(live_server.url + "/es/triage/")
    wanted = answers(injury="yes", days_since_start=1, weight_bear_now="no")
    answer_both_steps(page, wanted, ("Continuar", "Ver qué ayuda buscar"))
    expect(page).to_have_url(re.compile(r"/es/triage/result/[A-Za-z0-9_-]+/$"))
    expect(page.locator("[data-urgency]")).to_be_visible()
    assert_spanish_interface(page)


def test_spanish_errors_on_the_triage_form(live_server, page, demo):
    page.goto(live_server.url + "/es/triage/")
    page.get_by_role("button", name="Continuar").click()
    expect(page.locator(".error-summary")).to_be_visible()
    expect(page.locator("#error-summary-title")).to_have_text("Hay un problema")
    assert_spanish_interface(page)


ENGLISH_MARKED = """() => [...document.querySelectorAll('[lang]:not([lang="es"])')]
  .filter((el) => el !== document.documentElement && el.checkVisibility())
  .map((el) => el.closest(".language-switcher") ? "switcher" : el.outerHTML.slice(0, 120))"""


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/articles/",
        ARTICLE,
        "/articles/when-to-get-help-for-knee-pain/",
        CONDITION,
        "/conditions/knee-ligament-sprain/",
        CATALOGUE,
        "/search/?q=menisco+roto",
        "/triage/",
    ],
)
def test_with_the_demo_translations_the_content_is_spanish_too(live_server, page, demo, path):
    """The demo content has its Spanish translations: on the Spanish pages no
    text is marked as English but the switcher's, and no English demo title,
    activity name or clinic word (urgent care) shows."""
    from articles.models import Activity, Article, Condition
    from clinic.models import ClinicSettings

    page.goto(live_server.url + "/es" + path)
    expect(page.locator("h1").first).to_be_visible()
    assert page.evaluate(ENGLISH_MARKED) == ["switcher"]
    text = page.locator("main").inner_text()
    english = [
        *Article.objects.published().values_list("title", flat=True),
        *Condition.objects.published().values_list("title", flat=True),
        *Activity.objects.values_list("name", flat=True),
        ClinicSettings.load().urgent_care,
    ]
    assert not [words for words in english if words in text]
    assert_no_axe_violations(page)
