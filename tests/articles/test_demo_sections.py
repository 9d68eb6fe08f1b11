"""Every section of every live demo page reads plainly
(CLINICAL.md "Writing the demo content"): English within Flesch-Kincaid grade 8 and
SMOG 10, Spanish at INFLESZ 65 or more, measured by the project's own readability
code (publishing/readability.py, textstat 0.7.8).

A whole page can pass while one of its sections is hard going, so each section is
measured on its own: an article body is cut at its headings (h2), a condition
gives its sections, and each care card with points of its own counts as one (the
emergency and urgent cards hold only a heading and an action around the clinic's
shared list of warning signs, which is measured where it is kept). The pages are
the ones the demo loader puts live, in both languages, read back from the database.
"""

import re

import pytest

from articles.models import Article, ArticleTranslation, Condition, ConditionTranslation
from clinic.models import ClinicSettings
from publishing.readability import measure

pytestmark = pytest.mark.django_db

GRADE = 8
SMOG = 10
INFLESZ = float(ClinicSettings._meta.get_field("inflesz_target").default)


def headed_sections(html: str) -> list[str]:
    """An article body cut before each h2: the opening, then one part per heading."""
    return [part for part in re.split(r"(?=<h2[\s>])", html) if part.strip()]


def _heading(html: str) -> str:
    found = re.search(r"<h2[^>]*>(.*?)</h2>", html)
    return found.group(1) if found else "(opening)"


def _card(heading: str, points: str, action: str) -> str:
    items = "".join(f"<li>{point}</li>" for point in points.splitlines() if point.strip())
    return f"<h3>{heading}</h3>{f'<ul>{items}</ul>' if items else ''}<p>{action}</p>"


def live_sections():
    """(language, where, html) for each section of each live page."""
    for article in Article.objects.published():
        yield "en", f"{article.slug}: summary", f"<p>{article.summary}</p>"
        for part in headed_sections(article.body):
            yield "en", f"{article.slug}: {_heading(part)}", part
    for condition in Condition.objects.published().prefetch_related("care_advice"):
        yield "en", f"{condition.slug}: summary", f"<p>{condition.summary}</p>"
        for section in Condition.SECTIONS:
            if getattr(condition, section):
                yield "en", f"{condition.slug}: {section}", getattr(condition, section)
        for card in condition.care_advice.all():
            if not card.points.strip():
                continue
            yield (
                "en",
                f"{condition.slug}: card {card.order}",
                _card(card.heading, card.points, card.action),
            )
    for item in ArticleTranslation.objects.published().select_related("source"):
        where = f"{item.language}/{item.source.slug}"
        yield item.language, f"{where}: summary", f"<p>{item.summary}</p>"
        for part in headed_sections(item.body):
            yield item.language, f"{where}: {_heading(part)}", part
    for item in ConditionTranslation.objects.published().select_related("source"):
        where = f"{item.language}/{item.source.slug}"
        yield item.language, f"{where}: summary", f"<p>{item.summary}</p>"
        for section in Condition.SECTIONS:
            if getattr(item, section):
                yield item.language, f"{where}: {section}", getattr(item, section)
        for card in item.care_advice.select_related("card"):
            if not card.points.strip():
                continue
            yield (
                item.language,
                f"{where}: card {card.card.order}",
                _card(card.heading, card.points, card.action),
            )


def test_headed_sections_cut_a_body_at_each_heading():
    body = "<p>Intro.</p><h2>One</h2><p>A.</p><h2>Two</h2><ul><li>B</li></ul>"
    assert headed_sections(body) == [
        "<p>Intro.</p>",
        "<h2>One</h2><p>A.</p>",
        "<h2>Two</h2><ul><li>B</li></ul>",
    ]


def test_every_section_of_every_live_demo_page_reads_plainly(demo):
    sections = list(live_sections())
    languages = {language for language, _where, _html in sections}
    assert languages == {"en", "es"}
    # Every live item is measured, in both languages.
    assert sum(1 for language, where, _ in sections if where.endswith(": summary")) == 2 * (
        Article.objects.published().count() + Condition.objects.published().count()
    )
    too_hard = []
    for language, where, html in sections:
        figures = measure(html, language=language)
        if language == "en" and (figures.grade > GRADE or figures.smog > SMOG):
            too_hard.append(f"{where}: grade {figures.grade}, SMOG {figures.smog}")
        elif language == "es" and figures.inflesz < INFLESZ:
            too_hard.append(f"{where}: INFLESZ {figures.inflesz}")
    assert not too_hard, "\n".join(too_hard)
