from itertools import groupby
from typing import NamedTuple

from django.conf import settings
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import translate_url
from django.views import View
from django.views.generic import ListView
from django_filters.views import FilterView

from articles.filters import ConditionFilter
from articles.localise import (
    NAME_HERE,
    is_source_language,
    localise_all,
    page_language,
    with_name_in,
)
from articles.models import Article, Condition, Topic
from articles.selectors import all_reviewed, is_preview, live_page, may_preview, page_languages
from clinic.languages import hreflang_alternates
from clinic.memo import BodyForEveryoneMixin, cached_per_version


class PageParts(NamedTuple):
    """A detail page's own parts, rendered: plain text, so the per-version memo
    may keep them (it never keeps model instances). A tuple: the memo counts its
    text against its bound."""

    title: str
    description: str
    head: str
    banner: str
    breadcrumbs: str
    body: str
    languages: tuple[str, ...]
    preview: bool


class LivePageView(View):
    """An article's or condition's page: what ``live_page`` finds, in the body
    partial its PDF prints too. What patients see is rendered once per address
    and content version in each process; previews never are."""

    model: type
    breadcrumbs_template: str
    head_template = "articles/_page_head.html"
    body_template = ""  # articles/_<model>_body.html unless given

    def find(self, slug, *, language: str, user=None, preview: str | None = None):
        """The item at ``slug`` as its page shows it (``live_page``)."""
        return live_page(self.model, slug, language=language, user=user, preview=preview)

    def get(self, request, slug):
        language = page_language()
        key = (
            f"page:{self.model._meta.label_lower}:{request.scheme}://{request.get_host()}"
            f"{request.path}:{request.user.is_staff}"  # staff see a print button
        )
        if may_preview(self.model, request.user):
            preview = request.GET.get("preview")
            item = self.find(slug, language=language, user=request.user, preview=preview)
            # What patients see too is kept as theirs is; a preview never is.
            page = (
                self.parts(request, item)
                if is_preview(item)
                else cached_per_version(key, lambda: self.parts(request, item))
            )
        else:
            page = cached_per_version(
                key, lambda: self.parts(request, self.find(slug, language=language))
            )
        alternates = (
            hreflang_alternates(request, languages=page.languages) if page.languages else []
        )
        response = render(
            request, "articles/detail.html", {"page": page, "hreflang_alternates": alternates}
        )
        if page.preview:
            # Previews must never be stored by a shared cache.
            response["Cache-Control"] = "private, no-store"
        return response

    def parts(self, request, item) -> PageParts:
        context = {"item": item, self.model._meta.model_name: item}
        if not is_source_language(page_language()):
            context["english_url"] = translate_url(request.path, settings.LANGUAGE_CODE)

        def part(template: str) -> str:
            return str(render_to_string(template, context, request=request))

        return PageParts(
            title=item.title,
            description=item.summary,
            head=part(self.head_template),
            banner=part("includes/preview_banner.html"),
            breadcrumbs=part(self.breadcrumbs_template),
            body=part(self.body_template or f"articles/_{self.model._meta.model_name}_body.html"),
            languages=page_languages(item),
            preview=is_preview(item),
        )


class ArticleListView(BodyForEveryoneMixin, ListView):
    template_name = "articles/_article_list_body.html"
    page_template = "articles/article_list.html"

    def get_queryset(self):
        return Article.objects.published().order_by("topic", "title")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        labels = dict(Topic.choices)
        order = {value: index for index, value in enumerate(Topic.values)}
        articles = localise_all(context["object_list"])
        by_topic = sorted(articles, key=lambda a: (order[a.topic], a.title))
        context["topics"] = [
            {"value": topic, "label": labels[topic], "articles": list(items)}
            for topic, items in groupby(by_topic, key=lambda a: a.topic)
        ]
        # "Checked by our clinical team" only when it is true of every live article.
        context["all_reviewed"] = all_reviewed((Article,), page_language())
        return context


class ArticleDetailView(LivePageView):
    model = Article
    breadcrumbs_template = "articles/_article_breadcrumbs.html"


class FacetedListMixin:
    """A FilterView of live items whose filter set is a ``FacetFilterSet``: each
    option with its count, localised items, and 400 for a wrong filter value."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filterset = context["filter"]
        page = context.get("page_obj")
        if page is not None:
            page.object_list = localise_all(page.object_list)
        context["facet_groups"] = groups = filterset.facet_groups()
        context["selected_count"] = filterset.selected_count(groups)
        context["has_filters"] = filterset.has_filters()
        return context

    def render_to_response(self, context, **kwargs):
        status = 400 if context["filter"].errors else 200
        return super().render_to_response(context, status=status, **kwargs)


class ConditionListView(FacetedListMixin, BodyForEveryoneMixin, FilterView):
    """The catalogue: filters, counts and one page of live conditions."""

    filterset_class = ConditionFilter
    template_name = "articles/_condition_list_body.html"
    page_template = "articles/condition_list.html"
    paginate_by = 10

    def get_queryset(self):
        # By the names this page shows: Spanish names on /es/ (articles/localise.py).
        return with_name_in(Condition.objects.published()).order_by(NAME_HERE, "pk")


class ConditionDetailView(LivePageView):
    model = Condition
    breadcrumbs_template = "articles/_condition_breadcrumbs.html"
