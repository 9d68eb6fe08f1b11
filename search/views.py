from dataclasses import dataclass, replace
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET

from articles.localise import page_language
from clinic.memo import cached_per_version
from search import query as search
from search.forms import SearchForm


@require_GET
def search_view(request):
    """One search over live articles and conditions (``?q=``) in the page's language,
    ten results a page."""
    form = SearchForm(request.GET if "q" in request.GET else None)
    context = {"form": form, "query": ""}
    if form.is_bound and not form.is_valid():
        return render(request, "search/search.html", context, status=400)
    query = search.normalise(form.cleaned_data["q"]) if form.is_bound else ""
    if query:
        page_asked = str(request.GET.get("page", ""))[:6]
        language = page_language()
        shown = cached_per_version(
            f"search:{language}:{page_asked}:{query}",
            lambda: _results(query, page_asked, language),
        )
        context.update(shown.context())
    return render(request, "search/search.html", context)


@dataclass(frozen=True)
class ResultsPage:
    """What a results page shows, as plain immutable data (the memo keeps it)."""

    query: str
    searched: str
    count: int
    per_page: int
    number: int
    hits: tuple[search.Hit, ...]
    all_words: bool
    more: bool
    suggestion: str
    suggestion_url: str

    def context(self) -> dict:
        return {
            "query": self.query,
            "searched": self.searched,
            # A page over the count alone: the entries are not kept, only their hits.
            "page_obj": Paginator(range(self.count), self.per_page).page(self.number),
            "hits": self.hits,
            "all_words": self.all_words,
            "more": self.more,
            "suggestion": self.suggestion,
            "suggestion_url": self.suggestion_url,
        }


def _results(query: str, page_asked: str, language: str) -> ResultsPage:
    """What a results page shows: the same for everyone at one content
    version, so kept per language, query and page (staff included)."""
    results = search.find(query, language)
    page = results.page(page_asked)
    hits = search.hits(page.object_list, results.searched, language)
    return ResultsPage(
        query=query,
        searched=results.searched,
        count=results.count,
        per_page=page.paginator.per_page,
        number=page.number,
        hits=tuple(replace(hit, aliases=tuple(hit.aliases)) for hit in hits),
        all_words=results.all_words,
        more=results.more,
        suggestion=results.suggestion,
        suggestion_url=_search_url(results.suggestion) if results.suggestion else "",
    )


def _search_url(query: str) -> str:
    return f"{reverse('search:results')}?{urlencode({'q': query})}"
