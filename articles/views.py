from itertools import groupby

from django.conf import settings
from django.urls import translate_url
from django.views.generic import DetailView, ListView
from django_filters.views import FilterView

from articles.filters import ConditionFilter
from articles.models import Article, Condition, Topic
from articles.selectors import all_reviewed, article_page_queryset, condition_page_queryset
from articles.translations import (
    NAME_HERE,
    is_source_language,
    live_translations,
    localise_all,
    localise_related,
    localised,
    page_language,
    translation_model,
    with_name_in,
)
from clinic.languages import hreflang_alternates
from clinic.memo import BodyForEveryoneMixin, cached_per_version
from publishing import services


def is_preview(page) -> bool:
    """Whether ``page`` shows anything patients do not see: an item or translation
    that is not live, or a draft of changes applied to either. Such a page is
    never stored by a cache that anyone else is served from (pages, fragments,
    PDFs), and is marked for browsers and proxies not to keep."""
    translation = getattr(page, "translation", None)
    return (
        not page.is_live
        or getattr(page, "previewing_draft", False)
        or (translation is not None and not translation.is_live)
        or getattr(translation, "previewing_draft", False)
    )


class PreviewableDetailView(DetailView):
    """The public sees only live items; staff who may change them can preview any."""

    def get_base_queryset(self):
        model = self.model
        opts = model._meta
        user = self.request.user
        if user.is_staff and user.has_perm(f"{opts.app_label}.change_{opts.model_name}"):
            return model.objects.all()
        return model.objects.published()

    def get_queryset(self):
        return self.get_base_queryset()

    def may_preview(self) -> bool:
        opts = self.model._meta
        user = self.request.user
        return user.is_staff and user.has_perm(f"{opts.app_label}.change_{opts.model_name}")

    def get_object(self, queryset=None):
        language = page_language()
        if not self.may_preview():
            if is_source_language(language):
                return self.live_object(queryset)
            key = (
                f"live:{self.model._meta.label_lower}:{self.kwargs[self.slug_url_kwarg]}:{language}"
            )
            return cached_per_version(
                key, lambda: self.in_language(self.live_object(queryset), language)
            )
        item = super().get_object(queryset)
        if self.request.GET.get("preview") == "draft":
            # The waiting changes to a live page, on the public template.
            draft = services.draft_of(item)
            if draft is not None:
                services.with_draft_applied(item, draft)
                item.previewing_draft = True
        return self.in_language(item, language, preview=True)

    def in_language(self, item, language: str, *, preview: bool = False):
        """The page in ``language``: its live translation (for staff who may edit
        translations, the latest one in any state), or the English text marked so."""
        if is_source_language(language):
            return item
        if preview and self.may_preview_translation():
            translation = self.translation_for_preview(item, language)
        else:
            translation = live_translations(self.model, [item], language).get(item.pk)
        return localise_related(localised(item, translation, language), language)

    def may_preview_translation(self) -> bool:
        opts = translation_model(self.model)._meta
        return self.request.user.has_perm(f"{opts.app_label}.change_{opts.model_name}")

    def translation_for_preview(self, item, language: str):
        found = (
            translation_model(self.model)
            .objects.filter(source=item, language=language)
            .not_archived()
            .first()
        )
        if found is None:
            return None
        found.source = item
        if self.request.GET.get("preview") == "draft":
            draft = services.draft_of(found)
            if draft is not None:
                services.with_draft_applied(found, draft)
                found.previewing_draft = True
        return found

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["hreflang_alternates"] = self.alternates(self.object)
        # The body's fragment cache is for what patients see only.
        context["is_preview"] = is_preview(self.object)
        if not is_source_language(page_language()):
            context["english_url"] = translate_url(self.request.path, settings.LANGUAGE_CODE)
        return context

    def alternates(self, page) -> list[tuple[str, str]]:
        """This page's address in each language that has it live (English always)."""
        if not page.is_live:
            return []
        languages = cached_per_version(
            f"languages:{self.model._meta.label_lower}:{page.pk}",
            lambda: sorted(
                translation_model(self.model)
                .objects.published()
                .filter(source_id=page.pk)
                .values_list("language", flat=True)
            ),
        )
        return hreflang_alternates(self.request, languages=[settings.LANGUAGE_CODE, *languages])

    def live_object(self, queryset=None):
        """The live item with its related rows, loaded once per content version
        in each process (a visitor's miss, or staff who cannot edit it)."""
        key = (
            f"live:{self.model._meta.label_lower}:{self.kwargs[self.slug_url_kwarg]}"
            f":{page_language()}:source"
        )
        return cached_per_version(
            key, lambda: super(PreviewableDetailView, self).get_object(queryset)
        )

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if is_preview(self.object):
            # Previews must never be stored by a shared cache.
            response["Cache-Control"] = "private, no-store"
        return response


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


class ArticleDetailView(PreviewableDetailView):
    model = Article
    template_name = "articles/article_detail.html"

    def get_queryset(self):
        return article_page_queryset(self.get_base_queryset())


class ConditionListView(BodyForEveryoneMixin, FilterView):
    """The catalogue: filters, counts and one page of live conditions."""

    filterset_class = ConditionFilter
    template_name = "articles/_condition_list_body.html"
    page_template = "articles/condition_list.html"
    paginate_by = 10

    def get_queryset(self):
        # By the names this page shows: Spanish names on /es/ (articles/translations.py).
        return with_name_in(Condition.objects.published()).order_by(NAME_HERE, "pk")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filterset = context["filter"]
        page = context.get("page_obj")
        if page is not None:
            page.object_list = localise_all(page.object_list)
        context["facet_groups"] = groups = filterset.facet_groups()
        context["selected_count"] = filterset.selected_count(groups)
        context["has_filters"] = any(
            str(filterset.data.get(name) or "").strip()
            for name in ("q", "onset", "area", "activity", "icd10")
        )
        return context

    def render_to_response(self, context, **kwargs):
        status = 400 if context["filter"].errors else 200
        return super().render_to_response(context, status=status, **kwargs)


class ConditionDetailView(PreviewableDetailView):
    model = Condition
    template_name = "articles/condition_detail.html"

    def get_queryset(self):
        return condition_page_queryset(self.get_base_queryset())
