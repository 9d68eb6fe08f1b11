from urllib.parse import urlencode

from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET

from search import query as search
from search.forms import SearchForm


@require_GET
def search_view(request):
    """One search over live articles and conditions (``?q=``), ten results a page."""
    form = SearchForm(request.GET if "q" in request.GET else None)
    context = {"form": form, "query": ""}
    if form.is_bound and not form.is_valid():
        return render(request, "search/search.html", context, status=400)
    query = search.normalise(form.cleaned_data["q"]) if form.is_bound else ""
    if query:
        results = search.find(query)
        page = results.page(request.GET.get("page"))
        context.update(
            query=query,
            searched=results.searched,
            page_obj=page,
            hits=search.hits(page.object_list, results.searched),
            all_words=results.all_words,
            more=results.more,
            suggestion=results.suggestion,
            suggestion_url=_search_url(results.suggestion) if results.suggestion else "",
        )
    return render(request, "search/search.html", context)


def _search_url(query: str) -> str:
    return f"{reverse('search:results')}?{urlencode({'q': query})}"
