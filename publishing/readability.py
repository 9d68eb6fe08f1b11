"""Readability figures for patient-facing rich text.

Pure functions: HTML in, numbers out. textstat is pinned to 0.7.8 because later
releases download NLTK data at run time, which fails on an offline clinic server.
"""

import math
import re
from dataclasses import dataclass
from html.parser import HTMLParser

import textstat

textstat.set_lang("en_US")

# Reading speed for plain-language health text; slower than the 238 wpm adult
# average (Brysbaert 2019) because patients often read unfamiliar words.
WORDS_PER_MINUTE = 200

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
    grade: float
    smog: float
    word_count: int
    reading_minutes: int


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


def measure(*html_parts: str) -> Readability:
    """Flesch-Kincaid grade, SMOG, words and reading time of the given fragments."""
    text = " ".join(plain_text(part) for part in html_parts if part).strip()
    if not text:
        return Readability(grade=0.0, smog=0.0, word_count=0, reading_minutes=0)
    words = textstat.lexicon_count(text)
    return Readability(
        grade=round(max(textstat.flesch_kincaid_grade(text), 0.0), 1),
        smog=round(textstat.smog_index(text), 1),
        word_count=words,
        reading_minutes=max(1, math.ceil(words / WORDS_PER_MINUTE)),
    )
