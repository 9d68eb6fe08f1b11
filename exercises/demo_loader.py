"""Idempotent loading of the demo exercises and programme templates (called by
``load_demo_content`` in portal/, after the demo conditions and pictures).

As articles/demo_loader.py: each demo item is created live, marked as sample
content, reviewed by the demo reviewer and published by the demo publisher,
with its Spanish translation live too; only what is missing is created, so
nothing a clinic has edited, archived or replaced is changed back. An
exercise's easier and harder versions and a template's exercises are linked
when the item is created (an exercise the clinic has removed is left out).
"""

from django.db import transaction

from articles.demo_loader import ensure_translation, publish_demo
from articles.models import Condition
from clinic.demo import DemoStaff
from exercises.demo.exercises import EXERCISES
from exercises.demo.templates import TEMPLATES
from exercises.models import Exercise, ProgrammeTemplate, ProgrammeTemplateItem
from images.models import Image


def exercise_texts(data: dict) -> dict[str, str]:
    """An exercise's (or its translation's) words, field by field."""
    return {
        "title": data["title"],
        "also_known_as": "\n".join(data["also_known_as"]),
        "summary": data["summary"],
        "purpose": data["purpose"],
        "steps": "\n".join(data["steps"]),
    }


def template_texts(data: dict) -> dict[str, str]:
    return {"title": data["title"], "summary": data["summary"]}


def ensure_exercise(data: dict, pictures: dict[str, Image], staff: DemoStaff):
    """A demo exercise unless one with its slug exists; returns (exercise, created)."""
    existing = Exercise.objects.filter(slug=data["slug"]).first()
    if existing is not None:
        return existing, False
    fields = {
        **exercise_texts(data),
        **data["dose"],
        "equipment": data["equipment"],
        "position": data["position"],
        "stage": data["stage"],
        "start_image": pictures[data["start_picture"]],
        "end_image": pictures[data["end_picture"]],
    }
    exercise = publish_demo(Exercise(slug=data["slug"]), fields, staff)
    exercise.conditions.set(Condition.objects.filter(slug__in=data["conditions"]))
    return exercise, True


def link_versions(exercise: Exercise, data: dict) -> None:
    """A new exercise's easier and harder versions, in its row and its first history
    record (made before the other exercises existed), so it is one creation."""
    links = {
        f"{side}_id": Exercise.objects.filter(slug=data[side]).values_list("pk", flat=True).first()
        for side in ("easier", "harder")
        if data[side]
    }
    if links:
        Exercise.objects.filter(pk=exercise.pk).update(**links)
        exercise.history.filter(history_type="+").update(**links)


def ensure_template(data: dict, staff: DemoStaff):
    """A demo programme template unless one with its slug exists; returns (template, created)."""
    existing = ProgrammeTemplate.objects.filter(slug=data["slug"]).first()
    if existing is not None:
        return existing, False
    template = publish_demo(ProgrammeTemplate(slug=data["slug"]), template_texts(data), staff)
    template.conditions.set(Condition.objects.filter(slug__in=data["conditions"]))
    exercises = Exercise.objects.in_bulk([slug for slug, _ in data["items"]], field_name="slug")
    for order, (slug, dose) in enumerate(data["items"]):
        if slug in exercises:
            ProgrammeTemplateItem.objects.create(
                template=template, exercise=exercises[slug], order=order, **dose
            )
    return template, True


@transaction.atomic
def ensure_demo_exercises(pictures: dict[str, Image], staff: DemoStaff) -> dict:
    """The demo exercises (``pictures``: the exercise pictures in the library, by
    key) and programme templates, each with its Spanish translation; returns counts."""
    exercises = [(data, *ensure_exercise(data, pictures, staff)) for data in EXERCISES]
    for data, exercise, created in exercises:
        if created:
            link_versions(exercise, data)
    templates = [(data, *ensure_template(data, staff)) for data in TEMPLATES]
    translations = sum(
        ensure_translation(exercise, "es", exercise_texts(data["es"]), staff) is not None
        for data, exercise, _ in exercises
    )
    translations += sum(
        ensure_translation(template, "es", template_texts(data["es"]), staff) is not None
        for data, template, _ in templates
    )
    return {
        "exercises": len(EXERCISES),
        "exercises_created": sum(created for *_, created in exercises),
        "templates": len(TEMPLATES),
        "templates_created": sum(created for *_, created in templates),
        "translations_created": translations,
    }
