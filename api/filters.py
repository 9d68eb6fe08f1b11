"""The API's filters: the catalogue's own for conditions, a small one for articles."""

import copy

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from articles import filters as catalogue
from articles.filters import MAX_QUERY_LENGTH
from articles.models import Article, Topic


class ConditionFilter(catalogue.ConditionFilter):
    """The catalogue's filters, as they are. Only the schema learns that an
    activity is given by its slug, which drf-spectacular cannot read from the
    relation (it would warn, and ``check --deploy`` with it)."""

    activity = extend_schema_field(OpenApiTypes.STR)(
        copy.deepcopy(catalogue.ConditionFilter.declared_filters["activity"])
    )


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
