"""Exercises and programme templates in search: live ones (and their live
translations) are found like articles and conditions; drafts, items in review
and archived items never; a draft of changes waits until it is published."""

import io

import pytest
from django.core.management import call_command

from exercises.models import Exercise, ProgrammeTemplate
from publishing.models import Status
from publishing.services import publishable_save, publishable_transition
from search import query as search
from search.models import SearchEntry
from tests.factories import (
    ExerciseFactory,
    ExerciseTranslationFactory,
    ProgrammeTemplateFactory,
    ProgrammeTemplateTranslationFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("picture_storage")]

HIDDEN_STATES = [Status.DRAFT, Status.REVIEW, Status.APPROVED, Status.ARCHIVED]


def found(query: str, language: str = "en") -> list[tuple[str, str, str]]:
    """(kind label, title, address) of each result, best first."""
    results = search.find(query, language)
    hits = search.hits(results.entries, query, language)
    return [(hit.kind_label, hit.title, hit.url) for hit in hits]


def titles(query: str, language: str = "en") -> list[str]:
    return [title for _label, title, _url in found(query, language)]


def wall_sit(**fields):
    return ExerciseFactory(
        **{
            "title": "Wall sit",
            "slug": "wall-sit",
            "also_known_as": "Wall squat\nChair pose",
            "summary": "Sit against a wall to make your thighs strong.",
            "purpose": "It builds the quadriceps without bending your knee too far.",
            "steps": "Stand with your back on a wall.\nSlide down until your hips are above "
            "your knees.\nHold, then slide up.",
            **fields,
        }
    )


@pytest.mark.parametrize(
    "query",
    ["wall sit", "wall squat", "chair pose", "thighs strong", "quadriceps", "slide down hips"],
)
def test_a_live_exercise_is_found_by_each_part_patients_read(query):
    wall_sit(published=True)
    assert found(query)[0] == ("Exercise", "Wall sit", "/exercises/wall-sit/")


def test_its_other_names_are_shown_as_also_called():
    wall_sit(published=True)
    entry = search.find("wall squat").entries.get()
    assert [str(alias) for alias in search.hits([entry], "wall squat")[0].aliases] == [
        "<mark>Wall</mark> <mark>squat</mark>",
        "Chair pose",
    ]


@pytest.mark.parametrize("status", HIDDEN_STATES)
def test_an_exercise_or_template_that_is_not_live_is_never_found(status):
    wall_sit(status=status)
    ProgrammeTemplateFactory(
        title="Wall programme", summary="Wall sits for strong thighs.", status=status
    )
    ExerciseFactory(title="Zebra wall stretch", published=True)
    assert titles("wall") == ["Zebra wall stretch"]
    assert titles("quadriceps") == titles("chair pose") == []
    assert not SearchEntry.objects.filter(title__in=["Wall sit", "Wall programme"]).exists()


def test_a_live_template_is_found_as_an_exercise_programme():
    template = ProgrammeTemplateFactory(
        published=True,
        title="Runner's knee: first 2 weeks",
        slug="runners-knee-first-weeks",
        summary="Gentle strength work while the front of your knee settles.",
    )
    assert found("runner's knee")[0] == (
        "Exercise programme",
        "Runner's knee: first 2 weeks",
        "/exercises/programmes/runners-knee-first-weeks/",
    )
    assert titles("strength settles") == [template.title]


def test_archiving_removes_an_exercise_and_a_template(publisher):
    exercise = wall_sit(published=True)
    template = ProgrammeTemplateFactory(published=True, title="Wall programme")
    assert sorted(titles("wall")) == ["Wall programme", "Wall sit"]
    publishable_transition(item=exercise, name="archive", user=publisher)
    assert titles("wall") == ["Wall programme"]
    publishable_transition(item=template, name="archive", user=publisher)
    assert titles("wall") == []
    assert not SearchEntry.objects.exists()


def test_a_waiting_draft_of_changes_leaves_the_live_text_in_search(author):
    exercise = wall_sit(published=True)
    edited = Exercise.objects.get(pk=exercise.pk)
    edited.title = "Zebra slide"
    edited.purpose = "Flamingo balance for your knee."
    publishable_save(item=exercise, user=author, data=edited.content_data())

    assert titles("zebra") == titles("flamingo") == []
    assert titles("quadriceps") == ["Wall sit"]

    template = ProgrammeTemplateFactory(published=True, title="Wall programme")
    edited = ProgrammeTemplate.objects.get(pk=template.pk)
    edited.summary = "Okapi exercises."
    publishable_save(item=template, user=author, data=edited.content_data())
    assert titles("okapi") == []
    assert "Wall programme" in titles("wall")


def test_a_live_spanish_translation_is_found_on_spanish_pages_at_its_address():
    ExerciseTranslationFactory(
        source=wall_sit(published=True),
        published=True,
        title="Sentadilla en la pared",
        also_known_as="Silla en la pared",
        purpose="Fortalece los cuádriceps sin doblar mucho la rodilla.",
        steps="Apoye la espalda en la pared.\nDeslícese hacia abajo.",
    )
    ProgrammeTemplateTranslationFactory(
        source=ProgrammeTemplateFactory(published=True, slug="rodilla-programa"),
        published=True,
        title="Rodilla del corredor: primeras semanas",
    )
    assert found("cuadriceps", "es") == [
        ("Exercise", "Sentadilla en la pared", "/es/exercises/wall-sit/")
    ]
    assert titles("deslícese", "es") == ["Sentadilla en la pared"]
    assert titles("corredor", "es") == ["Rodilla del corredor: primeras semanas"]
    # English pages search the English words.
    assert titles("cuadriceps") == []


@pytest.mark.parametrize("status", HIDDEN_STATES)
def test_a_translation_that_is_not_live_is_not_found(status):
    ExerciseTranslationFactory(
        source=wall_sit(published=True),
        status=status,
        title="Sentadilla en la pared",
        purpose="Fortalece los cuádriceps.",
    )
    assert titles("sentadilla", "es") == []
    # The live English exercise is still found on Spanish pages, in English.
    assert found("wall sit", "es") == [("Exercise", "Wall sit", "/es/exercises/wall-sit/")]


def test_unpublishing_the_source_removes_its_translations_entries(publisher):
    translation = ExerciseTranslationFactory(
        published=True, title="Sentadilla en la pared", purpose="Fortalece los cuádriceps."
    )
    assert titles("sentadilla", "es") == ["Sentadilla en la pared"]
    publishable_transition(item=translation.source, name="archive", user=publisher)
    assert titles("sentadilla", "es") == []


def test_the_rebuild_command_covers_live_exercises_and_templates_only():
    wall_sit(published=True)
    ExerciseTranslationFactory(source=Exercise.objects.get(), published=True, title="Sentadilla")
    ProgrammeTemplateFactory(published=True, title="Wall programme")
    ExerciseFactory(title="Wall draft", status=Status.DRAFT)
    ProgrammeTemplateFactory(title="Wall template in review", status=Status.REVIEW)
    SearchEntry.objects.all().delete()
    assert titles("wall") == []

    out = io.StringIO()
    call_command("rebuild_search_index", stdout=out)

    assert "Indexed 2 published items and 1 translations." in out.getvalue()
    assert sorted(titles("wall")) == ["Wall programme", "Wall sit"]
    assert titles("sentadilla", "es") == ["Sentadilla"]


def test_the_results_page_labels_exercises_and_programmes(client):
    wall_sit(published=True)
    ProgrammeTemplateFactory(published=True, title="Wall programme")
    html = client.get("/search/?q=wall").content.decode()
    assert '<p class="tag tag--exercise">Exercise</p>' in html
    assert '<p class="tag tag--programmetemplate">Exercise programme</p>' in html
    assert 'href="/exercises/wall-sit/"' in html
    spanish = client.get("/es/search/?q=wall").content.decode()
    assert '<p class="tag tag--exercise">Ejercicio</p>' in spanish
    assert '<p class="tag tag--programmetemplate">Programa de ejercicios</p>' in spanish
    assert 'href="/es/exercises/wall-sit/"' in spanish
