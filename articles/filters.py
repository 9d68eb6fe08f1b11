"""Catalogue filters: GET parameters q, onset, area, activity, icd10, ordering.

Within one filter, ticked values widen the search (injury OR overuse); across
filters they narrow it (injury AND front of the knee).
"""

import django_filters
from django import forms
from django.conf import settings
from django.db.models import Count, Exists, OuterRef, Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from articles.fields import ChoiceListField
from articles.localise import NAME_HERE, with_name_in
from articles.models import (
    ICD10_PREFIX,
    Activity,
    Area,
    Condition,
    ConditionTranslation,
    Onset,
    icd10_code_match,
)

MAX_QUERY_LENGTH = 100


def activities_named_in_page_language(request=None):
    """Activities, with their other names when the page is not in English."""
    language = get_language()
    if language and language != settings.LANGUAGE_CODE:
        return Activity.objects.prefetch_related("names")
    return Activity.objects.all()


class StableOrderingFilter(django_filters.OrderingFilter):
    """Ties (two conditions updated in the same second) broken by name, then id,
    so a condition never moves from one page of results to the next."""

    def filter(self, qs, value):
        if NAME_HERE not in qs.query.annotations:
            qs = with_name_in(qs)  # names as the page shows them (articles/localise.py)
        qs = super().filter(qs, value)
        if value:
            qs = qs.order_by(*qs.query.order_by, NAME_HERE, "pk")
        return qs


class ConditionFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Name or other name"),
        method="filter_text",
        max_length=MAX_QUERY_LENGTH,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    onset = django_filters.MultipleChoiceFilter(
        label=_("How it started"), choices=Onset.choices, widget=forms.CheckboxSelectMultiple
    )
    area = django_filters.MultipleChoiceFilter(
        label=_("Where it hurts"),
        choices=Area.choices,
        method="filter_area",
        widget=forms.CheckboxSelectMultiple,
    )
    activity = django_filters.ModelMultipleChoiceFilter(
        label=_("What brings it on"),
        field_name="activities__slug",
        to_field_name="slug",
        queryset=activities_named_in_page_language,
        widget=forms.CheckboxSelectMultiple,
        distinct=True,
    )
    icd10 = django_filters.CharFilter(
        label=_("Diagnosis code (ICD-10)"),
        method="filter_icd10",
        max_length=12,
        help_text=_("For example M17 or S83.5"),
    )
    ordering = StableOrderingFilter(
        label=_("Sort by"),
        fields=[(NAME_HERE, "name"), ("updated", "updated")],
        # The choices spelled out: django-filter looks ascending labels up by field
        # (NAME_HERE) and descending ones by parameter ("-name"), which once left "Name"
        # beside "Name (Z to A)". Oldest-updated-first is of no use to a patient.
        choices=[
            ("name", _("Name (A to Z)")),
            ("-name", _("Name (Z to A)")),
            ("-updated", _("Last updated (newest first)")),
        ],
        empty_label=None,
        null_label=None,
    )

    FACETS = ["onset", "area", "activity"]

    class Meta:
        model = Condition
        fields = ["q", "onset", "area", "activity", "icd10"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.form.fields["icd10"].validators.append(self._validate_icd10)

    @staticmethod
    def _validate_icd10(value):
        if value and not ICD10_PREFIX.match(value.strip().upper()):
            raise forms.ValidationError(
                _("Type a code like M17 or S83.5: a letter, then numbers."), code="invalid_icd10"
            )

    def filter_text(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        names = (
            Q(title__icontains=value)
            | Q(also_known_as__icontains=value)
            | Q(search_aliases__icontains=value)
            | Q(summary__icontains=value)
        )
        language = get_language()
        if language and language != settings.LANGUAGE_CODE:
            # Patients type names in the page's language: its live translations' too.
            translated = (
                ConditionTranslation.objects.published()
                .in_language(language)
                .filter(source=OuterRef("pk"))
                .filter(names)
            )
            names |= Q(Exists(translated))
        return queryset.filter(names)

    def filter_area(self, queryset, name, values):
        if not values:
            return queryset
        match = Q()
        for value in values:
            match |= Q(areas__contains=ChoiceListField.token(value))
        return queryset.filter(match)

    def filter_icd10(self, queryset, name, value):
        code = value.strip().upper()
        if not code:
            return queryset
        return queryset.filter(icd10_code_match(code))

    # Option counts -------------------------------------------------------------

    def _queryset_without(self, facet):
        """The results of every current filter but ``facet`` (reusing the validated values).

        With no filters at all (an unbound filter set) that is every listed condition.
        """
        queryset = self.queryset
        if not self.is_bound:
            return queryset
        for name, value in self.form.cleaned_data.items():
            if name not in (facet, "ordering"):
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    def facet_counts(self) -> dict[str, dict[str, int]] | None:
        """For each option: how many conditions have it among those the other filters leave.

        Disjunctive: a facet's own ticked values are left out of its counts, so with
        area=front&area=back the count beside "Back" is the number of conditions that
        hurt at the back and match onset, activity, q and icd10; the same number that
        ticking only "Back" (with the other filters kept) lists. None when a filter
        value is wrong: no number would be right then.

        One query per facet, whatever the number of conditions.
        """
        if self.is_bound and not self.is_valid():
            return None
        onset_rows = (
            self._queryset_without("onset")
            .order_by()
            .values("onset")
            # Distinct: two ticked activities join a condition twice.
            .annotate(n=Count("pk", distinct=True))
        )
        area_qs = self._queryset_without("area").order_by()
        area_counts = area_qs.aggregate(
            **{
                value: Count("pk", filter=Q(areas__contains=ChoiceListField.token(value)))
                for value in Area.values
            }
        )
        activity_ids = self._queryset_without("activity").order_by().values("pk")
        activity_rows = Activity.objects.annotate(
            n=Count("conditions", filter=Q(conditions__in=activity_ids), distinct=True)
        ).values_list("slug", "n")
        return {
            "onset": {row["onset"]: row["n"] for row in onset_rows},
            "area": area_counts,
            "activity": dict(activity_rows),
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
        """How many choices the patient made: each ticked option, a typed name and a code."""
        ticked = sum(option["checked"] for group in groups for option in group["options"])
        typed = sum(1 for name in ("q", "icd10") if str(self.data.get(name, "")).strip())
        return ticked + typed
