"""Filters with counts (facets), for any list of live items: the catalogue of
conditions and the exercises (exercises/filters.py) use this one implementation.

The rules: within one filter, ticked values widen the list (injury OR overuse);
across filters they narrow it (injury AND front of the knee). The number beside
an option is how many items have it among those the *other* filters leave
(disjunctive counts): the number its own link would list. With no filters at all
that is every listed item. A wrong value anywhere: no counts at all (none would
be right), and the form's message stands beside its field.

A filter set names its facets in ``FACETS``, each with how its options are
counted (one query per facet, whatever the number of items).
"""

from collections.abc import Callable
from dataclasses import dataclass

import django_filters
from django import forms
from django.db.models import Count, Q

from articles.fields import ChoiceListField


@dataclass(frozen=True)
class FieldFacet:
    """A facet over a plain field with one value per item (a condition's onset)."""

    field: str

    def counts(self, queryset) -> dict[str, int]:
        rows = (
            queryset.values(self.field)
            # Distinct: a ticked related option in another filter may join an item twice.
            .annotate(n=Count("pk", distinct=True))
        )
        return {str(row[self.field]): row["n"] for row in rows}


@dataclass(frozen=True)
class ChoiceListFacet:
    """A facet over a ``ChoiceListField`` (several values per item: where it hurts)."""

    field: str
    values: tuple | list

    def counts(self, queryset) -> dict[str, int]:
        token = ChoiceListField.token
        return queryset.aggregate(
            **{
                value: Count(
                    "pk", filter=Q(**{f"{self.field}__contains": token(value)}), distinct=True
                )
                for value in self.values
            }
        )


@dataclass(frozen=True)
class RelatedFacet:
    """A facet over related rows chosen by slug (activities, conditions): ``options()``
    are the rows offered, ``related_name`` leads from them back to the items."""

    options: Callable
    related_name: str
    key: str = "slug"

    def counts(self, queryset) -> dict[str, int]:
        ids = queryset.values("pk")
        rows = (
            self.options()
            .order_by()
            .annotate(
                n=Count(
                    self.related_name,
                    filter=Q(**{f"{self.related_name}__in": ids}),
                    distinct=True,
                )
            )
            .values_list(self.key, "n")
        )
        return {str(key): n for key, n in rows}


class ChoiceListFilter(django_filters.MultipleChoiceFilter):
    """Ticked values of a ``ChoiceListField``: an item with any of them (OR)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", forms.CheckboxSelectMultiple)
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        match = Q()
        for one in value:
            match |= Q(**{f"{self.field_name}__contains": ChoiceListField.token(one)})
        return qs.filter(match)


class FacetFilterSet(django_filters.FilterSet):
    """A filter set whose checkbox groups (``FACETS``: name -> how it is counted)
    show a count beside each option. ``TYPED``: the filters a patient types in
    (they count as one choice each in ``selected_count``)."""

    FACETS: dict = {}
    TYPED: tuple = ()
    NOT_FILTERS = ("ordering",)

    def _queryset_without(self, facet):
        """The results of every current filter but ``facet`` (reusing the validated values).

        With no filters at all (an unbound filter set) that is every listed item.
        """
        queryset = self.queryset
        if not self.is_bound:
            return queryset
        for name, value in self.form.cleaned_data.items():
            if name != facet and name not in self.NOT_FILTERS:
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    def facet_counts(self) -> dict[str, dict[str, int]] | None:
        """For each facet's options: how many items have it among those the other
        filters leave. None when a filter value is wrong: no number would be right then."""
        if self.is_bound and not self.is_valid():
            return None
        return {
            name: facet.counts(self._queryset_without(name).order_by())
            for name, facet in self.FACETS.items()
        }

    def facet_groups(self) -> list[dict]:
        """The checkbox groups of the filter form, each option with its count."""
        counts = self.facet_counts()
        groups = []
        for name in self.FACETS:
            field = self.form[name]
            selected = {
                str(v) for v in (self.data.getlist(name) if hasattr(self.data, "getlist") else [])
            }
            options = [
                {
                    "value": str(value),
                    "label": label,
                    "checked": str(value) in selected,
                    "count": None if counts is None else counts[name].get(str(value), 0),
                    "id": f"id_{name}_{index}",
                }
                for index, (value, label) in enumerate(field.field.choices)
            ]
            groups.append(
                {
                    "name": name,
                    "legend": field.label,
                    "options": options,
                    "counted": counts is not None,
                    "errors": field.errors,
                }
            )
        return groups

    def selected_count(self, groups: list[dict]) -> int:
        """How many choices the patient made: each ticked option and each typed filter."""
        ticked = sum(option["checked"] for group in groups for option in group["options"])
        typed = sum(1 for name in self.TYPED if str(self.data.get(name, "")).strip())
        return ticked + typed

    def has_filters(self) -> bool:
        """Whether any filter (not the order) is given: the page offers to clear them."""
        return any(str(self.data.get(name) or "").strip() for name in (*self.TYPED, *self.FACETS))
