"""Exercises and programme templates in the API: what patients can read on their
pages, live only, in the language asked for (``?language=``).

Lists read a page of live items and their live conditions; a detail adds what
its page shows: an exercise's steps, its start and end pictures (renditions and
the library's alt text in the language of its words, as api/pictures.py gives a
lead image) and its easier and harder versions when they are live; a template's
exercises in order, each with its dose, leaving out any that is not live.
"""

import django_filters
from django.core.exceptions import ValidationError
from django.db.models import Prefetch, Q
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import serializers

from api.pictures import RenditionSerializer
from api.serializers import (
    NULLABLE_DATE,
    ChoiceSerializer,
    HandoutsSerializer,
    PageLinkSerializer,
    choice,
    handouts,
    reviewed_dates,
)
from api.views import LiveContentViewSet
from articles.fields import ChoiceListField
from articles.filters import MAX_QUERY_LENGTH
from articles.localise import localise_all, words_language
from articles.models import Condition
from articles.pictures import renditions_of
from exercises.dose import describe
from exercises.models import (
    Equipment,
    Exercise,
    Position,
    ProgrammeTemplate,
    ProgrammeTemplateItem,
    Stage,
)
from images.selectors import pictures

# Reads ---------------------------------------------------------------------------


def live_conditions() -> Prefetch:
    """An item's live conditions, by title (``live_conditions``: localised with it)."""
    return Prefetch(
        "conditions",
        queryset=Condition.objects.published().order_by("title"),
        to_attr="live_conditions",
    )


def live_items() -> Prefetch:
    """A template's exercises in order, those that are live only (``live_items``)."""
    return Prefetch(
        "items",
        queryset=ProgrammeTemplateItem.objects.filter(
            exercise__in=Exercise.objects.published()
        ).select_related("exercise"),
        to_attr="live_items",
    )


def with_pictures(page) -> None:
    """The start and end pictures as plain data (``images.selectors.pictures``: one
    read, whatever the number); their alt text is chosen when serialised."""
    found = pictures([i for i in (page.start_image_id, page.end_image_id) if i])
    page.start_picture = found.get(page.start_image_id)
    page.end_picture = found.get(page.end_image_id)


# Filters -------------------------------------------------------------------------


class ExerciseFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Words in the title or summary"), method="filter_text", max_length=MAX_QUERY_LENGTH
    )
    stage = django_filters.MultipleChoiceFilter(label=_("stage"), choices=Stage.choices)
    position = django_filters.MultipleChoiceFilter(label=_("position"), choices=Position.choices)
    equipment = django_filters.MultipleChoiceFilter(
        label=_("equipment"), choices=Equipment.choices, method="filter_equipment"
    )
    condition = django_filters.CharFilter(
        label=_("A condition it helps (its slug)"), method="filter_condition", max_length=200
    )

    class Meta:
        model = Exercise
        fields = ["q", "stage", "position", "equipment", "condition"]

    def filter_text(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(Q(title__icontains=value) | Q(summary__icontains=value))

    def filter_equipment(self, queryset, name, values):
        """Any of the equipment asked for (as the catalogue's facets: OR within one)."""
        if not values:
            return queryset
        match = Q()
        for value in values:
            match |= Q(equipment__contains=ChoiceListField.token(value))
        return queryset.filter(match)

    def filter_condition(self, queryset, name, value):
        if not value.strip():
            return queryset
        live = Condition.objects.published().filter(slug=value.strip())
        return queryset.filter(conditions__in=live).distinct()


# Serializers ---------------------------------------------------------------------


class DoseSerializer(serializers.Serializer):
    sets = serializers.IntegerField()
    repetitions = serializers.IntegerField()
    hold_seconds = serializers.IntegerField(help_text="0: no hold.")
    times_a_day = serializers.IntegerField()
    days_a_week = serializers.IntegerField()
    words = serializers.SerializerMethodField(
        help_text="The dose in plain words, in the language asked for (e.g. “2 sets of 10”)."
    )

    def get_words(self, dose) -> list[str]:
        return [str(line) for line in describe(dose)]


class PictureSerializer(serializers.Serializer):
    """A picture from the image library, as the page shows it."""

    id = serializers.IntegerField(help_text="The image library's id.")
    alt = serializers.CharField(
        allow_blank=True,
        help_text="The library's alt text in the language of the item's words, else English.",
    )
    alt_language = serializers.CharField(help_text="The language of the alt text.")
    credit = serializers.CharField(allow_blank=True, help_text="Who made it, and the licence.")
    width = serializers.IntegerField(help_text="The largest rendition's width, in pixels.")
    height = serializers.IntegerField(help_text="The largest rendition's height, in pixels.")
    renditions = RenditionSerializer(many=True)

    def to_representation(self, picture):
        alt, alt_language = picture.default_alt(self.context["words_language"])
        renditions = [
            {**r, "url": self.context["request"].build_absolute_uri(r["url"])}
            for r in renditions_of(picture)
        ]
        data = {
            "id": picture.id,
            "alt": alt,
            "alt_language": alt_language,
            "credit": picture.credit,
            "width": picture.width,
            "height": picture.height,
            "renditions": renditions,
        }
        return super().to_representation(data)


class LiveItemSerializer(PageLinkSerializer):
    """The fields exercises and programme templates share."""

    summary = serializers.CharField()
    conditions = PageLinkSerializer(many=True, source="live_conditions")
    last_reviewed = serializers.SerializerMethodField()
    next_review_due = serializers.SerializerMethodField()
    is_sample_content = serializers.BooleanField(source="is_demo")
    updated = serializers.DateTimeField()

    @extend_schema_field(NULLABLE_DATE)
    def get_last_reviewed(self, item):
        return reviewed_dates(item)[0]

    @extend_schema_field(NULLABLE_DATE)
    def get_next_review_due(self, item):
        return reviewed_dates(item)[1]


class ExerciseSerializer(LiveItemSerializer):
    also_known_as = serializers.ListField(child=serializers.CharField(), source="aliases")
    purpose = serializers.CharField(help_text="What it is for, in plain words.")
    stage = serializers.SerializerMethodField()
    position = serializers.SerializerMethodField()
    equipment = serializers.SerializerMethodField()
    dose = DoseSerializer(help_text="The usual dose; staff may change it for a patient.")
    reading_minutes = serializers.IntegerField()
    handouts = serializers.SerializerMethodField()

    @extend_schema_field(HandoutsSerializer)
    def get_handouts(self, exercise) -> dict:
        return handouts(self.context, "handouts:exercise", exercise)

    @extend_schema_field(ChoiceSerializer)
    def get_stage(self, exercise) -> dict:
        return choice(exercise.stage, Stage.choices)

    @extend_schema_field(ChoiceSerializer)
    def get_position(self, exercise) -> dict:
        return choice(exercise.position, Position.choices)

    @extend_schema_field(ChoiceSerializer(many=True))
    def get_equipment(self, exercise) -> list[dict]:
        return [choice(value, Equipment.choices) for value in exercise.equipment]


def _picture(serializer, page, picture):
    if picture is None:
        return None
    context = {**serializer.context, "words_language": words_language(page)}
    return PictureSerializer(context=context).to_representation(picture)


PICTURE_SCHEMA = {
    "type": "object",
    "nullable": True,
    "description": "A picture from the image library; null if it is missing.",
    "properties": {
        "id": {"type": "integer"},
        "alt": {"type": "string"},
        "alt_language": {"type": "string"},
        "credit": {"type": "string"},
        "width": {"type": "integer"},
        "height": {"type": "integer"},
        "renditions": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "url": {"type": "string", "format": "uri"},
                    "width": {"type": "integer"},
                    "format": {"type": "string", "enum": ["avif", "webp", "jpeg", "png"]},
                },
                "required": ["url", "width", "format"],
            },
        },
    },
    "required": ["id", "alt", "alt_language", "credit", "width", "height", "renditions"],
}
NULLABLE_LINK = {
    "type": "object",
    "nullable": True,
    "description": "Its live page; null when there is none.",
    "properties": {
        "slug": {"type": "string"},
        "title": {"type": "string"},
        "url": {"type": "string", "format": "uri"},
        "language": {"type": "string"},
    },
    "required": ["slug", "title", "url", "language"],
}


class ExerciseDetailSerializer(ExerciseSerializer):
    steps = serializers.ListField(
        child=serializers.CharField(), source="step_list", help_text="In order."
    )
    start_picture = serializers.SerializerMethodField(help_text="How to start.")
    end_picture = serializers.SerializerMethodField(help_text="How it ends, or the movement.")
    easier = serializers.SerializerMethodField()
    harder = serializers.SerializerMethodField()

    # Written out: OpenAPI 3.0 cannot make a referenced object nullable.
    @extend_schema_field(PICTURE_SCHEMA)
    def get_start_picture(self, exercise):
        return _picture(self, exercise, exercise.start_picture)

    @extend_schema_field(PICTURE_SCHEMA)
    def get_end_picture(self, exercise):
        return _picture(self, exercise, exercise.end_picture)

    @extend_schema_field(NULLABLE_LINK)
    def get_easier(self, exercise):
        return self._link(exercise.live_easier)

    @extend_schema_field(NULLABLE_LINK)
    def get_harder(self, exercise):
        return self._link(exercise.live_harder)

    def _link(self, other):
        return None if other is None else PageLinkSerializer(other, context=self.context).data


class ProgrammeTemplateSerializer(LiveItemSerializer):
    pass


class TemplateExerciseSerializer(serializers.Serializer):
    exercise = PageLinkSerializer()
    dose = DoseSerializer(help_text="This exercise's dose in the programme.")


class ProgrammeTemplateDetailSerializer(ProgrammeTemplateSerializer):
    exercises = TemplateExerciseSerializer(
        many=True, source="live_items", help_text="In order; live exercises only."
    )


# Views ---------------------------------------------------------------------------


class LiveDetailMixin:
    """A detail from the list's own queryset (live only), in the language asked for."""

    def get_object(self):
        try:
            item = self.detail_queryset().get(slug=self.kwargs[self.lookup_field])
        except (self.model.DoesNotExist, TypeError, ValueError, ValidationError):
            # As DRF's own lookup: any text may reach it (a NUL byte is a ValueError).
            raise Http404 from None
        page = localise_all([item], related=True)[0]
        self.check_object_permissions(self.request, page)
        return self.with_detail(page)

    def detail_queryset(self):
        return self.get_queryset()

    def with_detail(self, page):
        return page


@extend_schema(tags=["exercises"])
class ExerciseViewSet(LiveDetailMixin, LiveContentViewSet):
    """Live exercises, by name in the language asked for."""

    model = Exercise
    serializer_class = ExerciseSerializer
    detail_serializer_class = ExerciseDetailSerializer
    filterset_class = ExerciseFilter

    def related_rows(self):
        return [live_conditions()]

    def detail_queryset(self):
        return self.get_queryset().select_related("easier", "harder")

    def with_detail(self, page):
        with_pictures(page)
        versions = [v for v in (page.easier, page.harder) if v is not None and v.is_live]
        shown = {v.pk: v for v in localise_all(versions)}
        page.live_easier = shown.get(page.easier_id)
        page.live_harder = shown.get(page.harder_id)
        return page


@extend_schema(tags=["exercises"])
class ProgrammeTemplateViewSet(LiveDetailMixin, LiveContentViewSet):
    """Live exercise programme templates, by name in the language asked for."""

    model = ProgrammeTemplate
    serializer_class = ProgrammeTemplateSerializer
    detail_serializer_class = ProgrammeTemplateDetailSerializer
    filterset_class = None

    def related_rows(self):
        return [live_conditions()]

    def detail_queryset(self):
        return self.get_queryset().prefetch_related(live_items())

    def with_detail(self, page):
        exercises = {e.pk: e for e in localise_all(item.exercise for item in page.live_items)}
        page.live_items = [
            {"exercise": exercises[item.exercise_id], "dose": item.dose} for item in page.live_items
        ]
        return page
