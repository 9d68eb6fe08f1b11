"""Exercises and programme templates: doses, steps, checks, readability, translations."""

import pytest
from django.core.exceptions import ValidationError

from exercises.dose import LIMITS, Dose, describe
from exercises.models import Equipment, Exercise, step_lines
from tests.factories import ExerciseFactory, ExerciseTranslationFactory

pytestmark = pytest.mark.django_db


def dose(**changes) -> Dose:
    return Dose(
        **{
            "sets": 2,
            "repetitions": 10,
            "hold_seconds": 5,
            "times_a_day": 2,
            "days_a_week": 7,
            **changes,
        }
    )


@pytest.mark.parametrize(
    ("name", "bad"), [(n, v) for n, (lo, hi) in LIMITS.items() for v in (lo - 1, hi + 1)]
)
def test_a_dose_outside_its_limits_names_the_part(name, bad):
    errors = dose(**{name: bad}).errors()
    assert list(errors) == [name]
    low, high = LIMITS[name]
    assert f"from {low} to {high}" in errors[name]


def test_a_dose_within_its_limits_has_no_errors():
    assert dose().errors() == {}
    assert (
        dose(sets=10, repetitions=50, hold_seconds=120, times_a_day=6, days_a_week=1).errors() == {}
    )


def test_a_dose_in_plain_words_with_plurals():
    assert describe(dose(sets=1, repetitions=10, hold_seconds=0, times_a_day=1, days_a_week=7)) == [
        "1 set of 10",
        "1 time a day",
        "Every day",
    ]
    assert describe(dose(sets=3, hold_seconds=1, days_a_week=5)) == [
        "3 sets of 10",
        "Hold for 1 second each time",
        "2 times a day",
        "5 days a week",
    ]


def test_steps_lose_the_numbers_and_bullets_writers_type():
    assert step_lines("1. Lie down.\n\n- Bend your knee.\n 3.Hold it.\n2024 was good") == [
        "Lie down.",
        "Bend your knee.",
        "Hold it.",
        "2024 was good",
    ]


def test_an_exercise_needs_steps_and_at_most_eight():
    exercise = ExerciseFactory.build(steps="\n \n")
    with pytest.raises(ValidationError) as error:
        exercise.clean()
    assert "steps" in error.value.message_dict
    exercise.steps = "\n".join(f"Step {n}" for n in range(9))
    with pytest.raises(ValidationError) as error:
        exercise.clean()
    assert "at most 8" in error.value.message_dict["steps"][0]


def test_no_equipment_goes_alone_and_versions_differ():
    exercise = ExerciseFactory()
    exercise.equipment = [Equipment.NONE, Equipment.CHAIR]
    exercise.easier = exercise
    other = ExerciseFactory()
    exercise.harder = other
    with pytest.raises(ValidationError) as error:
        exercise.clean()
    assert set(error.value.message_dict) == {"equipment", "easier"}
    exercise.equipment, exercise.easier, exercise.end_image = (
        [Equipment.CHAIR],
        other,
        exercise.start_image,
    )
    with pytest.raises(ValidationError) as error:
        exercise.clean()
    assert set(error.value.message_dict) == {"harder", "end_image"}


def test_a_dose_outside_its_limits_is_refused_by_the_model():
    exercise = ExerciseFactory.build(sets=0, repetitions=1000)
    with pytest.raises(ValidationError) as error:
        exercise.full_clean(exclude=["start_image", "end_image"])
    assert {"sets", "repetitions"} <= set(error.value.message_dict)


def test_readability_counts_the_purpose_and_the_steps():
    short = ExerciseFactory(steps="Lie down.")
    longer = ExerciseFactory(steps="Lie down.\nBend your knee.\nHold it for five seconds.")
    assert (
        longer.word_count > short.word_count > len(short.title.split()) + len(short.summary.split())
    )


def test_a_translation_is_measured_in_its_language_and_keeps_its_steps():
    translation = ExerciseTranslationFactory(steps="1. Acuéstese.\n2. Doble la rodilla.")
    assert translation.step_list == ["Acuéstese.", "Doble la rodilla."]
    assert translation.inflesz is not None
    assert Exercise.translations.rel.related_model is type(translation)
