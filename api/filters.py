"""The API's filters: the catalogue's own for conditions, a small one for articles."""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from articles.filters import MAX_QUERY_LENGTH, ConditionFilter
from articles.models import Article, Topic

__all__ = ["ArticleFilter", "ConditionFilter"]


class ArticleFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Words in the title or summary"), method="filter_text", max_length=MAX_QUERY_LENGTH
    )
    topic = django_filters.MultipleChoiceFilter(label=_("Topic"), choices=Topic.choices)

    class Meta:
        model = Article
        fields = ["q", "topic"]

    def filter_text(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(Q(title__icontains=value) | Q(summary__icontains=value))
