from itertools import groupby

from django.views.generic import DetailView, ListView

from articles.models import Article, Topic


class PreviewableDetailView(DetailView):
    """The public sees only live items; staff who may change them can preview any."""

    def get_queryset(self):
        model = self.model
        opts = model._meta
        user = self.request.user
        if user.is_staff and user.has_perm(f"{opts.app_label}.change_{opts.model_name}"):
            return model.objects.all()
        return model.objects.published()

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if not self.object.is_live:
            # Previews must never be stored by a shared cache.
            response["Cache-Control"] = "private, no-store"
        return response


class ArticleListView(ListView):
    template_name = "articles/article_list.html"

    def get_queryset(self):
        return Article.objects.published().order_by("topic", "title")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        labels = dict(Topic.choices)
        order = {value: index for index, value in enumerate(Topic.values)}
        by_topic = sorted(context["object_list"], key=lambda a: (order[a.topic], a.title))
        context["topics"] = [
            {"value": topic, "label": labels[topic], "articles": list(items)}
            for topic, items in groupby(by_topic, key=lambda a: a.topic)
        ]
        return context


class ArticleDetailView(PreviewableDetailView):
    model = Article
    template_name = "articles/article_detail.html"
