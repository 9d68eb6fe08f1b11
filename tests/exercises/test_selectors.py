"""exercises/selectors.py: what the exercise pages, PDFs and condition pages read."""

import pytest
from django.http import Http404

from articles.models import Status
from exercises.models import Exercise
from exercises.selectors import (
    exercise_list_queryset,
    exercises_for_condition,
    live_exercise,
    templates_for_condition,
)
from publishing import services
from tests.factories import (
    ConditionFactory,
    ExerciseFactory,
    ExerciseTranslationFactory,
    ProgrammeTemplateFactory,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("status", [Status.DRAFT, Status.REVIEW, Status.ARCHIVED])
def test_only_live_exercises_are_found_for_patients(status):
    hidden = ExerciseFactory(status=status)
    live = ExerciseFactory(published=True)
    with pytest.raises(Http404):
        live_exercise(hidden.slug, language="en")
    assert list(exercise_list_queryset()) == [live]
    assert live_exercise(live.slug, language="en") == live


def test_staff_preview_any_state_and_patients_never_get_it(author):
    draft = ExerciseFactory()
    assert live_exercise(draft.slug, language="en", user=author).title == draft.title
    with pytest.raises(Http404):
        live_exercise(draft.slug, language="en", user=None)


def test_an_edit_waits_in_its_draft_until_it_is_published(author, reviewer, publisher):
    live = ExerciseFactory(published=True, steps="Lie down.\nLift your leg.")
    edited = Exercise.objects.get(pk=live.pk)
    edited.steps = "Lie down.\nLift your leg slowly.\nLower it."
    services.publishable_save_draft(
        item=live, user=author, data=services.draft_data(edited, m2m={}, inlines={})
    )
    assert live_exercise(live.slug, language="en").step_list == ["Lie down.", "Lift your leg."]
    preview = live_exercise(live.slug, language="en", user=author, preview="draft")
    assert preview.previewing_draft and len(preview.step_list) == 3
    services.publishable_transition(item=live, name="submit", user=author)
    services.publishable_transition(item=live, name="approve", user=reviewer)
    assert len(live_exercise(live.slug, language="en").step_list) == 2  # approved, not yet live
    services.publishable_transition(item=live, name="publish", user=publisher)
    assert live_exercise(live.slug, language="en").step_list == [
        "Lie down.",
        "Lift your leg slowly.",
        "Lower it.",
    ]


def test_the_page_holds_live_versions_conditions_and_rendered_pictures():
    live_condition, draft_condition = ConditionFactory(published=True), ConditionFactory()
    exercise = ExerciseFactory(
        published=True,
        easier=ExerciseFactory(),  # a draft: not linked
        harder=ExerciseFactory(published=True, title="Harder one"),
        conditions=[live_condition, draft_condition],
    )
    page = live_exercise(exercise.slug, language="en")
    assert page.live_easier is None and page.live_harder.title == "Harder one"
    assert page.live_conditions == [live_condition]
    assert page.start_picture.startswith("<picture>") and 'alt="Start:' in page.start_picture
    assert page.end_picture.startswith("<picture>") and 'alt="End:' in page.end_picture


def test_a_picture_without_spanish_alt_text_says_its_words_are_english():
    exercise = ExerciseFactory(published=True)
    exercise.end_image.alt_texts.all().delete()
    ExerciseTranslationFactory(source=exercise, published=True)
    page = live_exercise(exercise.slug, language="es")
    assert 'alt="Inicio: una persona boca arriba"' in page.start_picture
    assert 'alt="End: a person lying on their back" lang="en"' in page.end_picture


def test_a_condition_lists_its_live_exercises_and_templates_by_the_names_shown():
    condition = ConditionFactory(published=True)
    b = ExerciseFactory(published=True, title="Dog exercise", conditions=[condition])
    a = ExerciseFactory(published=True, title="Cat exercise", conditions=[condition])
    ExerciseFactory(title="Draft", conditions=[condition])
    ExerciseFactory(published=True, title="Other condition's")
    ExerciseTranslationFactory(source=b, published=True, title="Ábaco")  # first in Spanish
    assert [e.title for e in exercises_for_condition(condition.pk, "en")] == [a.title, b.title]
    assert [e.title for e in exercises_for_condition(condition.pk, "es")] == ["Ábaco", a.title]
    template = ProgrammeTemplateFactory(published=True, conditions=[condition])
    ProgrammeTemplateFactory(conditions=[condition])
    assert templates_for_condition(condition.pk, "en") == [template]
