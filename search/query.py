"""Searching the index, and what a results page shows.

On PostgreSQL: a weighted full-text vector (title and other names weigh most,
then the summary, then the body) matched with ``websearch_to_tsquery``, plus
pg_trgm word similarity on the names so that a misspelt name ("menicus",
"patelofemoral") still finds its page. Both are served by GIN indexes. On
SQLite (the zero-set-up ``make run``) the same page works with simple word
matching, after correcting misspelt names from our own vocabulary
(``search/suggest.py``). On both, a search that finds nothing offers "Did you
mean …?" from that vocabulary.
"""

import re
from dataclasses import dataclass, replace
from html import escape

from django.conf import settings
from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    TrigramWordSimilarity,
)
from django.core.paginator import Page, Paginator
from django.db.models import Case, F, FloatField, Q, QuerySet, TextField, Value, When
from django.db.models.functions import Coalesce, Concat
from django.utils.safestring import SafeString, mark_safe

from articles.models import ICD10_PREFIX, icd10_code_match
from search import suggest
from search.index import clean, postgres
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


def find(query: str) -> Results:
    """Live entries matching ``query``, best first.

    Pages with every word come first; if there are none, pages with any word.
    On SQLite, when no page has every word, misspelt names are corrected first.
    When nothing is found, the results carry a suggestion ("Did you mean").
    """
    query = normalise(query)
    results = _search(query, every_word=True)
    if results.count or not query_words(query):
        return results
    live = SearchEntry.objects.live()
    vocabulary = None
    if not postgres(live):
        # No trigram matching in SQLite: correct misspelt names here instead.
        vocabulary = suggest.vocabulary(live)
        corrected = suggest.correct(query, vocabulary, suggest.CORRECT)
        if corrected != query:
            results = _search(corrected, every_word=True)
    if not results.count and len(query_words(results.searched)) > 1:
        results = _search(results.searched, every_word=False)
    if results.count:
        return results
    if vocabulary is None:
        vocabulary = suggest.vocabulary(live)
    return replace(results, suggestion=suggest.suggestion(query, vocabulary))


def _search(query: str, every_word: bool) -> Results:
    entries, unranked, count = _matching(query, every_word)
    count = entries.count() if count is None else count
    # Only a search with at least CANDIDATES results can have left some out.
    more = unranked is not None and count >= CANDIDATES and unranked.exists()
    return Results(entries, all_words=every_word, count=count, searched=query, more=more)


def _code_match(query: str) -> Q:
    code = query.upper()
    if len(code) >= MIN_CODE_LENGTH and ICD10_PREFIX.match(code):
        return icd10_code_match(code, field="codes")
    return Q(pk__in=[])


def _matching(query: str, every_word: bool) -> tuple[QuerySet, QuerySet | None, int | None]:
    """The matching entries, best first, and on PostgreSQL the matches beyond
    those ranked (if any) and how many are ranked."""
    entries = SearchEntry.objects.live()
    if postgres(entries):
        return _matching_postgres(entries, query, every_word)
    return _matching_simple(entries, query, every_word), None, None


def _candidates(entries: QuerySet, query: str, ts_query: SearchQuery) -> tuple[QuerySet, QuerySet]:
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
    in_head = Q(head_vector=ts_query) | Q(names__trigram_word_similar=query) | _code_match(query)
    anywhere = entries.filter(vector=ts_query).values("pk").order_by("pk")
    conditions = entries.filter(in_head | Q(vector=ts_query), kind=Kind.CONDITION).values("pk")
    # In a fixed order, so every page of the results is cut from the same set.
    head = entries.filter(in_head).values("pk").order_by("pk")[:HEAD_CANDIDATES]
    # One query (a UNION) for their ids; the ranked rows are then read by primary key.
    return conditions.union(head, anywhere[:CANDIDATES]), anywhere[CANDIDATES:]


def candidates_plan(query: str) -> str:
    """PostgreSQL's plan for finding a query's candidates (tests and benchmarks)."""
    query = normalise(query)
    ts_query = SearchQuery(query, search_type="websearch", config=settings.SEARCH_CONFIG)
    return _candidates(SearchEntry.objects.live(), query, ts_query)[0].explain()


def _matching_postgres(entries: QuerySet, query: str, every_word: bool) -> tuple:
    config = settings.SEARCH_CONFIG
    text = query if every_word else " or ".join(query_words(query))
    ts_query = SearchQuery(text, search_type="websearch", config=config)
    ids, unranked = _candidates(entries, query, ts_query)
    candidates = list(ids.values_list("pk", flat=True))
    ranked = (
        entries.filter(pk__in=candidates)
        .annotate(
            score=Coalesce(SearchRank(F("vector"), ts_query), 0.0)
            + TrigramWordSimilarity(query, "names"),
            headline=SearchHeadline(
                Concat("summary", Value(" "), "body", output_field=TextField()),
                ts_query,
                config=config,
                start_sel=START,
                stop_sel=STOP,
                max_words=SNIPPET_WORDS,
                min_words=15,
                max_fragments=2,
                fragment_delimiter=" … ",
            ),
        )
        .order_by("-score", _CONDITIONS_FIRST, "title")
    )
    return ranked, unranked, len(candidates)


def _matching_simple(entries: QuerySet, query: str, every_word: bool) -> QuerySet:
    words = query_words(query)
    # No words at all (only punctuation) matches nothing, as on PostgreSQL.
    match = Q() if every_word and words else Q(pk__in=[])
    for word in words:
        has_word = Q(names__icontains=word) | Q(summary__icontains=word) | Q(body__icontains=word)
        match = (match & has_word) if every_word else (match | has_word)
    return (
        entries.filter(match | _code_match(query))
        .annotate(
            score=Case(
                When(names__icontains=query, then=Value(2.0)),
                When(summary__icontains=query, then=Value(1.0)),
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
    aliases: list[SafeString]
    snippet: SafeString


def render_snippet(marked: str) -> SafeString:
    """Escape the text, then turn the highlight markers into ``<mark>`` elements."""
    html = escape(marked)
    return mark_safe(html.replace(START, "<mark>").replace(STOP, "</mark>"))  # noqa: S308 - escaped


def mark_words(text: str, words: list[str]) -> str:
    """``text`` with each whole or partial occurrence of ``words`` between markers."""
    if not words:
        return text
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.I)
    return pattern.sub(lambda m: f"{START}{m.group(0)}{STOP}", text)


def _simple_snippet(entry, words: list[str]) -> str:
    """A snippet without the database's help: the summary, or the body around the first match."""
    lowered = [w.lower() for w in words]
    if not any(w in entry.summary.lower() for w in lowered):
        body_words = entry.body.split()
        for index, word in enumerate(body_words):
            if any(w in word.lower() for w in lowered):
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


def hits(entries, query: str) -> list[Hit]:
    """What a results page shows for each entry."""
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
                kind_label=labels.get(entry.kind, entry.kind),
                title=entry.title,
                url=entry.url,
                aliases=[render_snippet(mark_words(a, words)) for a in entry.alias_list],
                snippet=render_snippet(marked),
            )
        )
    return result
