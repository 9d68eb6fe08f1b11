"""Exercise list filters: GET parameters condition, stage, equipment, position
(each repeatable), with counts by the catalogue's rules (articles/facets.py):
ticked values of one filter widen the list, filters together narrow it."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from articles.facets import (
    ChoiceListFacet,
    ChoiceListFilter,
    FacetFilterSet,
    FieldFacet,
    RelatedFacet,
)
from articles.localise import NAME_HERE
from articles.models import Condition
from exercises.models import Equipment, Exercise, Position, Stage
from exercises.selectors import live_conditions_named_here


class NamedHereChoiceField(forms.ModelMultipleChoiceField):
    """Conditions labelled with the names the page shows (Spanish on /es/)."""

    def label_from_instance(self, obj):
        return getattr(obj, NAME_HERE, None) or obj.title


class LiveConditionFilter(django_filters.ModelMultipleChoiceFilter):
    field_class = NamedHereChoiceField


def _live_conditions():
    return Condition.objects.published()


class ExerciseFilter(FacetFilterSet):
    condition = LiveConditionFilter(
        label=_("Condition"),
        field_name="conditions__slug",
        to_field_name="slug",
        queryset=live_conditions_named_here,
        widget=forms.CheckboxSelectMultiple,
        distinct=True,
    )
    stage = django_filters.MultipleChoiceFilter(
        label=_("Stage"), choices=Stage.choices, widget=forms.CheckboxSelectMultiple
    )
    equipment = ChoiceListFilter(label=_("Equipment"), choices=Equipment.choices)
    position = django_filters.MultipleChoiceFilter(
        label=_("Position"), choices=Position.choices, widget=forms.CheckboxSelectMultiple
    )

    FACETS = {
        "condition": RelatedFacet(_live_conditions, "exercises"),
        "stage": FieldFacet("stage"),
        "equipment": ChoiceListFacet("equipment", Equipment.values),
        "position": FieldFacet("position"),
    }

    class Meta:
        model = Exercise
        fields = ["condition", "stage", "equipment", "position"]
