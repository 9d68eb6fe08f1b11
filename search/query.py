"""Searching the index, and what a results page shows.

On PostgreSQL: a weighted full-text vector (title and other names weigh most,
then the summary, then the body) matched with ``websearch_to_tsquery``, plus
pg_trgm word similarity on the names so that a misspelt name ("menicus",
"patelofemoral") still finds its page. Both are served by GIN indexes. On
SQLite (the zero-set-up ``make run``) the same page works with simple word
matching, after correcting misspelt names from our own vocabulary
(``search/suggest.py``). On both, a search that finds nothing offers "Did you
mean …?" from that vocabulary.

A search is in the page's language: a Spanish page searches the Spanish
entries, and the English ones of items with no live Spanish translation
(``SearchEntryQuerySet.for_page_in``), each matched in its own language's
configuration. Accents never matter in names ("rotula" finds "rótula"): the
Spanish configuration removes them, and names are compared folded
(``search/folding.py``) on both databases.
"""

import operator
import re
from dataclasses import dataclass, replace
from functools import reduce
from html import escape

from django.conf import settings
from django.contrib.postgres.lookups import TrigramWordSimilar
from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    TrigramWordSimilarity,
)
from django.core.paginator import Page, Paginator
from django.db.models import Case, F, FloatField, Q, QuerySet, TextField, Value, When
from django.db.models.functions import Coalesce, Concat
from django.db.models.lookups import IContains
from django.urls import translate_url
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe

from articles.localise import page_language
from articles.models import ICD10_PREFIX, icd10_code_match
from search import suggest
from search.folding import Folded, find_folded, fold
from search.index import clean, config_for, postgres
from search.models import Kind, SearchEntry

MAX_QUERY_LENGTH = 100
MAX_WORDS = 12
# Highlight markers put around matched words before escaping. Control
# characters, so they cannot come from the content (indexing strips them).
START, STOP = "\x02", "\x03"
# A query shaped like an ICD-10 code or its start, at least its category
# ("M17", "S83.5"), also looks codes up, as the catalogue's code filter does.
MIN_CODE_LENGTH = 3
SNIPPET_WORDS = 30
# The most entries one search ranks, and of those, how many may be taken for
# matching their names or summary first (see _candidates). A results page
# says when there were more.
CANDIDATES = 300
HEAD_CANDIDATES = 200
# Between equally good matches, conditions come first: they are what most
# searches for a name are looking for.
_CONDITIONS_FIRST = Case(When(kind=Kind.CONDITION, then=Value(0)), default=Value(1))


def normalise(query: str) -> str:
    """The query with control characters removed and spaces collapsed."""
    return " ".join(clean(query).split())


def query_words(query: str) -> list[str]:
    return re.findall(r"\w+", query)[:MAX_WORDS]


@dataclass(frozen=True)
class Results:
    entries: QuerySet
    # False when no page had every word, so these have only some of them.
    all_words: bool
    count: int
    # The query searched: on SQLite, the patient's with misspelt names corrected.
    searched: str = ""
    # When nothing was found: a query from our names that would find something, or "".
    suggestion: str = ""
    # True when more pages matched than one search ranks (CANDIDATES).
    more: bool = False

    def page(self, number, per_page: int = 10) -> Page:
        """One page of results (a bad or out-of-range number gives a valid page)."""
        paginator = Paginator(self.entries, per_page)
        paginator.count = self.count  # counted once, in find()
        return paginator.get_page(number)


def searched_entries(language: str) -> QuerySet:
    """The live entries a page in ``language`` searches."""
    return SearchEntry.objects.published().for_page_in(language)


def find(query: str, language: str | None = None) -> Results:
    """Live entries matching ``query`` on a page in ``language`` (the page's), best first.

    Pages with every word come first; if there are none, pages with any word.
    On SQLite, when no page has every word, misspelt names are corrected first.
    When nothing is found, the results carry a suggestion ("Did you mean").
    """
    language = language or page_language()
    query = normalise(query)
    results = _search(query, language, every_word=True)
    if results.count or not query_words(query):
        return results
    live = searched_entries(language)
    vocabulary = None
    if not postgres(live):
        # No trigram matching in SQLite: correct misspelt names here instead.
        vocabulary = suggest.vocabulary(live)
        corrected = suggest.correct(query, vocabulary, suggest.CORRECT)
        if corrected != query:
            results = _search(corrected, language, every_word=True)
    if not results.count and len(query_words(results.searched)) > 1:
        results = _search(results.searched, language, every_word=False)
    if results.count:
        return results
    if vocabulary is None:
        vocabulary = suggest.vocabulary(live)
    return replace(results, suggestion=suggest.suggestion(query, vocabulary))


def _search(query: str, language: str, every_word: bool) -> Results:
    entries, unranked, count = _matching(query, language, every_word)
    count = entries.count() if count is None else count
    # Only a search with at least CANDIDATES results can have left some out.
    more = unranked is not None and count >= CANDIDATES and unranked.exists()
    return Results(entries, all_words=every_word, count=count, searched=query, more=more)


def _code_match(query: str) -> Q:
    code = query.upper()
    if len(code) >= MIN_CODE_LENGTH and ICD10_PREFIX.match(code):
        return icd10_code_match(code, field="codes")
    return Q(pk__in=[])


def _matching(
    query: str, language: str, every_word: bool
) -> tuple[QuerySet, QuerySet | None, int | None]:
    """The matching entries, best first, and on PostgreSQL the matches beyond
    those ranked (if any) and how many are ranked."""
    entries = searched_entries(language)
    if postgres(entries):
        return _matching_postgres(entries, query, language, every_word)
    return _matching_simple(entries, query, every_word), None, None


def _ts_queries(text: str, language: str) -> dict[str, SearchQuery]:
    """The query in each language a page in ``language`` searches, in its configuration."""
    languages = dict.fromkeys([language, settings.LANGUAGE_CODE])
    return {
        code: SearchQuery(text, search_type="websearch", config=config_for(code))
        for code in languages
    }


def _vector_match(field: str, ts_queries: dict[str, SearchQuery]) -> Q:
    """``field`` matches the query in its entry's language."""
    return reduce(
        operator.or_,
        (Q(language=language, **{field: q}) for language, q in ts_queries.items()),
    )


def _per_language(ts_queries: dict[str, SearchQuery], expression, output_field):
    """``expression(ts_query, language)`` in each entry's language."""
    return Case(
        *[
            When(language=language, then=expression(ts_query, language))
            for language, ts_query in ts_queries.items()
        ],
        output_field=output_field,
    )


def _name_like(query: str) -> Q:
    """A name close to ``query`` (pg_trgm, on the folded names' trigram index)."""
    return Q(TrigramWordSimilar(Folded("names"), Folded(Value(query))))


def _candidates(
    entries: QuerySet, query: str, ts_queries: dict[str, SearchQuery]
) -> tuple[QuerySet, QuerySet]:
    """The ids of the entries to rank, found through the GIN indexes, and the
    matches left out.

    Ranking reads each match's whole vector: for a word on most of 10,000
    pages that is most of the table. So a search ranks a bounded set: every
    matching condition (the catalogue is small, and a condition is what most
    searches for a name want), up to HEAD_CANDIDATES articles whose names,
    summary or codes match (the small head vector and the trigram index find
    them), and the first CANDIDATES with the words anywhere. A clinic's own
    library is far below these bounds, where every match is ranked.
    """
    in_body = _vector_match("vector", ts_queries)
    in_head = _vector_match("head_vector", ts_queries) | _name_like(query) | _code_match(query)
    anywhere = entries.filter(in_body).values("pk").order_by("pk")
    conditions = entries.filter(in_head | in_body, kind=Kind.CONDITION).values("pk")
    # In a fixed order, so every page of the results is cut from the same set.
    head = entries.filter(in_head).values("pk").order_by("pk")[:HEAD_CANDIDATES]
    # One query (a UNION) for their ids; the ranked rows are then read by primary key.
    return conditions.union(head, anywhere[:CANDIDATES]), anywhere[CANDIDATES:]


def candidates_plan(query: str, language: str | None = None) -> str:
    """PostgreSQL's plan for finding a query's candidates (tests and benchmarks)."""
    language = language or page_language()
    query = normalise(query)
    ts_queries = _ts_queries(query, language)
    return _candidates(searched_entries(language), query, ts_queries)[0].explain()


def _headline(ts_query: SearchQuery, language: str) -> SearchHeadline:
    return SearchHeadline(
        Concat("summary", Value(" "), "body", output_field=TextField()),
        ts_query,
        config=config_for(language),
        start_sel=START,
        stop_sel=STOP,
        max_words=SNIPPET_WORDS,
        min_words=15,
        max_fragments=2,
        fragment_delimiter=" … ",
    )


def _matching_postgres(entries: QuerySet, query: str, language: str, every_word: bool) -> tuple:
    text = query if every_word else " or ".join(query_words(query))
    ts_queries = _ts_queries(text, language)
    ids, unranked = _candidates(entries, query, ts_queries)
    candidates = list(ids.values_list("pk", flat=True))
    rank = _per_language(
        ts_queries, lambda ts_query, _: SearchRank(F("vector"), ts_query), FloatField()
    )
    ranked = (
        entries.filter(pk__in=candidates)
        .annotate(
            score=Coalesce(rank, 0.0)
            + TrigramWordSimilarity(Folded(Value(query)), Folded("names")),
            headline=_per_language(ts_queries, _headline, TextField()),
        )
        .order_by("-score", _CONDITIONS_FIRST, "title")
    )
    return ranked, unranked, len(candidates)


def _contains(field: str, text: str) -> IContains:
    """``field`` contains ``text``, ignoring case and accents (SQLite)."""
    return IContains(Folded(field), fold(text))


def _matching_simple(entries: QuerySet, query: str, every_word: bool) -> QuerySet:
    words = query_words(query)
    # No words at all (only punctuation) matches nothing, as on PostgreSQL.
    match = Q() if every_word and words else Q(pk__in=[])
    for word in words:
        has_word = (
            Q(_contains("names", word)) | Q(_contains("summary", word)) | Q(_contains("body", word))
        )
        match = (match & has_word) if every_word else (match | has_word)
    return (
        entries.filter(match | _code_match(query))
        .annotate(
            score=Case(
                When(_contains("names", query), then=Value(2.0)),
                When(_contains("summary", query), then=Value(1.0)),
                default=Value(0.0),
                output_field=FloatField(),
            )
        )
        .order_by("-score", _CONDITIONS_FIRST, "title")
    )


# Showing results ----------------------------------------------------------------


@dataclass(frozen=True)
class Hit:
    kind: str
    kind_label: str
    title: str
    url: str
    # A list from hits(); the results page keeps a tuple (search/views.py).
    aliases: list[SafeString] | tuple[SafeString, ...]
    snippet: SafeString
    # The language of the words shown: English for an item not translated into
    # the page's language (marked lang="en" on the page).
    content_language: str = settings.LANGUAGE_CODE


def render_snippet(marked: str) -> SafeString:
    """Escape the text, then turn the highlight markers into ``<mark>`` elements."""
    html = escape(marked)
    return mark_safe(html.replace(START, "<mark>").replace(STOP, "</mark>"))  # noqa: S308 - escaped


def mark_words(text: str, words: list[str]) -> str:
    """``text`` with each whole or partial occurrence of ``words`` between markers,
    ignoring case and accents ("rotula" marks "rótula")."""
    marked, last = [], 0
    for start, end in find_folded(words, text):
        marked += [text[last:start], START, text[start:end], STOP]
        last = end
    return "".join(marked) + text[last:]


def _simple_snippet(entry, words: list[str]) -> str:
    """A snippet without the database's help: the summary, or the body around the first match."""
    folded = [fold(w) for w in words]
    if not any(w in fold(entry.summary) for w in folded):
        body_words = entry.body.split()
        for index, word in enumerate(body_words):
            if any(w in fold(word) for w in folded):
                start = max(0, index - SNIPPET_WORDS // 3)
                window = body_words[start : start + SNIPPET_WORDS]
                prefix = "… " if start else ""
                suffix = " …" if start + SNIPPET_WORDS < len(body_words) else ""
                return prefix + mark_words(" ".join(window), words) + suffix
    return mark_words(entry.summary, words)


def _with_ellipses(marked: str, text: str) -> str:
    """Show with "…" where the database's headline starts or ends inside the text."""
    plain = marked.replace(START, "").replace(STOP, "")
    if not text.startswith(plain.split(" … ")[0]):
        marked = f"… {marked}"
    if not text.endswith(plain.split(" … ")[-1]):
        marked = f"{marked} …"
    return marked


def page_url(entry, language: str) -> str:
    """The entry's page in the page's language: a translation's own address, or the
    English item's page under the language's prefix (it says it is in English)."""
    if entry.language == language:
        return entry.url
    with translation.override(entry.language):
        return translate_url(entry.url, language)


def hits(entries, query: str, language: str | None = None) -> list[Hit]:
    """What a results page in ``language`` (the page's) shows for each entry."""
    language = language or page_language()
    words = query_words(normalise(query))
    labels = dict(Kind.choices)
    result = []
    for entry in entries:
        marked = getattr(entry, "headline", None)
        if marked and START in marked:
            marked = _with_ellipses(marked, f"{entry.summary} {entry.body}")
        else:
            marked = _simple_snippet(entry, words)
        result.append(
            Hit(
                kind=entry.kind,
                # Words, not a lazy translation: the results page keeps hits as plain data.
                kind_label=str(labels.get(entry.kind, entry.kind)),
                title=entry.title,
                url=page_url(entry, language),
                aliases=[render_snippet(mark_words(a, words)) for a in entry.alias_list],
                snippet=render_snippet(marked),
                content_language=entry.language,
            )
        )
    return result
