"""Spelling help from our own vocabulary: the words of the live pages' names.

The vocabulary is small (the titles, "also known as" lines and search aliases
of a few dozen pages), so it is read in one query by each search that needs
it and compared in Python with rapidfuzz. It has two uses, with two cut-offs:

- on SQLite, which has no trigram matching, a word we do not know that is
  close to one we do is corrected, and the corrected query is searched
  (``CORRECT``: PostgreSQL does the same job with pg_trgm);
- on both databases, a search that finds nothing offers "Did you mean …?"
  with the closest words when they are fairly close (``SUGGEST``).

Search aliases are part of the vocabulary: what patients call a condition
("runners knee") is what they misspell. So a search alias should hold a
name, never a misspelling: search forgives those on both databases now.

Each language has its own: a search reads the names of the entries its page
searches (search/query.py). Words are compared without accents: "rotula" is
"rótula", not a misspelling of it; "rotla" is offered as "rótula".
"""

import re

from django.db.models import QuerySet
from rapidfuzz import fuzz, process

from search.folding import fold

# Shorter words (ACL, LCA, OA) are too alike to guess one from another.
MIN_WORD_LENGTH = 4
# Scores are rapidfuzz's ratio, 0 to 100: 100 less the share of letters to
# add or remove to turn one word into the other. For "meniscus": a missing
# letter ("menicus") scores 93, a wrong or swapped one ("menisqus",
# "mensicus") 88, two wrong letters ("minuscus") 75.
CORRECT = 85
SUGGEST = 70

_WORD = re.compile(r"\w+")
_LETTERS = re.compile(r"[^\W\d_]+")


def vocabulary(entries: QuerySet) -> tuple[str, ...]:
    """The words of the names of ``entries`` (live search entries), sorted, in one query."""
    words = set()
    for names in entries.values_list("names", flat=True):
        words |= {w.lower() for w in _LETTERS.findall(names) if len(w) >= MIN_WORD_LENGTH}
    return tuple(sorted(words))


def correct(query: str, vocabulary: tuple[str, ...], cutoff: int) -> str:
    """``query`` with each word not in ``vocabulary`` replaced by the closest one in it.

    A word is replaced only when the closest word scores at least ``cutoff``;
    short words and words with digits (codes) stay as typed.
    """
    # Without accents, each to a word as it is written ("rotula": "rótula").
    known = {fold(word): word for word in vocabulary}

    def closest(match: re.Match) -> str:
        word = match.group(0)
        if len(word) < MIN_WORD_LENGTH or not word.isalpha() or fold(word) in known:
            return word
        best = process.extractOne(fold(word), list(known), scorer=fuzz.ratio, score_cutoff=cutoff)
        return known[best[0]] if best else word

    return _WORD.sub(closest, query)


def suggestion(query: str, vocabulary: tuple[str, ...]) -> str:
    """What "Did you mean …?" offers for ``query``, or "" when no name is close."""
    suggested = correct(query, vocabulary, SUGGEST)
    return suggested if suggested != query else ""
