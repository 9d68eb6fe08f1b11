"""Matching that ignores case and accents: "rotula" finds "rótula".

Patients often type Spanish without accents (a phone keyboard, an English
one). ``fold`` is the one definition of "the same letters": the text in
Unicode compatibility form, without its combining marks, case-folded. The
database applies it as ``search_fold(text)``:

- on PostgreSQL, an IMMUTABLE SQL function over the ``unaccent`` extension
  (search migration 0004), so that the trigram index on the entries' names
  can be built on it;
- on SQLite, this module's ``fold``, registered on every connection.
"""

import re
import unicodedata

from django.db.models import Func, TextField

FUNCTION = "search_fold"


def fold(text: str) -> str:
    """``text`` without accents, case-folded: "Rótula" -> "rotula"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


class Folded(Func):
    """``search_fold(expression)``: the database's ``fold``."""

    function = FUNCTION
    output_field = TextField()


def register_on_sqlite(sender, connection, **kwargs) -> None:
    """connection_created receiver: SQLite runs ``fold`` itself (PostgreSQL has its function)."""
    if connection.vendor == "sqlite":
        connection.connection.create_function(
            FUNCTION, 1, lambda text: None if text is None else fold(text), deterministic=True
        )


def find_folded(words: list[str], text: str) -> list[tuple[int, int]]:
    """Where ``words`` occur in ``text``, ignoring case and accents: (start, end) in ``text``.

    Longer words are tried first, so "meniscus" wins over "men".
    """
    words = sorted({fold(word) for word in words if fold(word)}, key=len, reverse=True)
    if not words:
        return []
    folded, origins = [], []
    for index, char in enumerate(text):
        for folded_char in fold(char):
            folded.append(folded_char)
            origins.append(index)
    pattern = re.compile("|".join(re.escape(word) for word in words))
    spans = []
    for match in pattern.finditer("".join(folded)):
        start, end = origins[match.start()], origins[match.end() - 1] + 1
        # A letter written as two characters keeps its accent inside the match.
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1
        if not spans or start >= spans[-1][1]:  # "ß" folds to two letters: no overlaps
            spans.append((start, end))
    return spans
