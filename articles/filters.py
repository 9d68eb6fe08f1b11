"""Catalogue filters: GET parameters q, onset, area, activity, icd10, ordering.

Within one filter, ticked values widen the search (injury OR overuse); across
filters they narrow it (injury AND front of the knee).
"""

import django_filters
from django import forms
from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from articles.facets import (
    ChoiceListFacet,
    ChoiceListFilter,
    FacetFilterSet,
    FieldFacet,
    RelatedFacet,
)
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


class ConditionFilter(FacetFilterSet):
    q = django_filters.CharFilter(
        label=_("Name or other name"),
        method="filter_text",
        max_length=MAX_QUERY_LENGTH,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    onset = django_filters.MultipleChoiceFilter(
        label=_("How it started"), choices=Onset.choices, widget=forms.CheckboxSelectMultiple
    )
    area = ChoiceListFilter(label=_("Where it hurts"), choices=Area.choices, field_name="areas")
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

    FACETS = {
        "onset": FieldFacet("onset"),
        "area": ChoiceListFacet("areas", Area.values),
        "activity": RelatedFacet(lambda: Activity.objects.all(), "conditions"),
    }
    TYPED = ("q", "icd10")

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

    def filter_icd10(self, queryset, name, value):
        code = value.strip().upper()
        if not code:
            return queryset
        return queryset.filter(icd10_code_match(code))
