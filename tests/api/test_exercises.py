"""/api/v1/exercises/ and /api/v1/exercise-programmes/: live exercises and
programme templates only, in the language asked for, with their pictures' renditions."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from django.utils.translation import override

from exercises.dose import describe
from exercises.models import Exercise, ProgrammeTemplate
from publishing.models import Status
from publishing.services import publishable_save
from tests.api.test_schema import assert_matches, content_schema
from tests.factories import (
    ConditionFactory,
    ExerciseFactory,
    ExerciseTranslationFactory,
    ProgrammeTemplateFactory,
    ProgrammeTemplateTranslationFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("clinic", "picture_storage")]

EXERCISES = "/api/v1/exercises/"
PROGRAMMES = "/api/v1/exercise-programmes/"
HIDDEN = {
    "draft": {"status": Status.DRAFT},
    "in-review": {"status": Status.REVIEW},
    "approved": {"status": Status.APPROVED},
    "archived": {"status": Status.ARCHIVED},
    "scheduled": {"published": True, "publish_at": timezone.now() + timedelta(days=2)},
}


@pytest.fixture
def schema(client):
    return client.get("/api/schema/?format=json").json()


@pytest.fixture
def hidden_exercises():
    """An exercise and a template in each hidden state, each linked from live items
    and findable by every filter the live ones answer to."""
    condition = ConditionFactory(published=True, slug="live-condition")
    live = ExerciseFactory(published=True, slug="live-exercise", title="Live wall sit")
    live.conditions.add(condition)
    template = ProgrammeTemplateFactory(published=True, slug="live-programme", exercises=[live])
    for state, fields in HIDDEN.items():
        exercise = ExerciseFactory(
            slug=f"hidden-{state}-exercise",
            title=f"Hidden {state} wall sit",
            conditions=[condition],
            **fields,
        )
        ExerciseTranslationFactory(source=exercise, published=True, title=f"Hidden {state} es")
        hidden_template = ProgrammeTemplateFactory(
            slug=f"hidden-{state}-programme",
            title=f"Hidden {state} programme",
            exercises=[live, exercise],
            conditions=[condition],
            **fields,
        )
        ProgrammeTemplateTranslationFactory(source=hidden_template, published=True)
        template.items.create(exercise=exercise, order=9, **exercise.dose.as_dict())
        if state == "draft":
            live.easier = exercise
            live.save()
    return live, template


LISTS = [
    EXERCISES,
    f"{EXERCISES}?language=es",
    f"{EXERCISES}?q=wall",
    f"{EXERCISES}?stage=early&position=lying&equipment=none&condition=live-condition",
    f"{EXERCISES}?page_size=100",
    f"{EXERCISES}live-exercise/",
    f"{EXERCISES}live-exercise/?language=es",
    PROGRAMMES,
    f"{PROGRAMMES}?language=es",
    f"{PROGRAMMES}live-programme/",
    f"{PROGRAMMES}live-programme/?language=es",
]


@pytest.mark.parametrize("url", LISTS)
def test_hidden_exercises_and_programmes_never_appear(client, hidden_exercises, url):
    response = client.get(url)
    assert response.status_code == 200, response.content
    text = response.content.decode()
    assert "hidden-" not in text and "Hidden " not in text
    assert "live-exercise" in text or "live-programme" in text  # so the check can fail


@pytest.mark.parametrize("state", HIDDEN)
@pytest.mark.parametrize("path", [EXERCISES, PROGRAMMES])
def test_a_hidden_ones_own_address_is_not_found(client, hidden_exercises, state, path):
    kind = "exercise" if path == EXERCISES else "programme"
    response = client.get(f"{path}hidden-{state}-{kind}/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"
    assert "Hidden" not in response.content.decode()
    assert response.json()["detail"] == client.get(f"{path}never-existed/").json()["detail"]


def test_the_lists_show_the_live_ones(client, hidden_exercises):
    assert [e["slug"] for e in client.get(EXERCISES).json()["results"]] == ["live-exercise"]
    assert [t["slug"] for t in client.get(PROGRAMMES).json()["results"]] == ["live-programme"]
    detail = client.get(f"{PROGRAMMES}live-programme/").json()
    assert [item["exercise"]["slug"] for item in detail["exercises"]] == ["live-exercise"]
    assert client.get(f"{EXERCISES}live-exercise/").json()["easier"] is None


def test_an_exercise_in_detail_as_its_page_shows_it(client, schema):
    harder = ExerciseFactory(published=True, slug="step-up", title="Step-up")
    condition = ConditionFactory(published=True, slug="runners-knee", title="Runner's knee")
    hidden_condition = ConditionFactory(slug="draft-condition", title="Draft condition")
    exercise = ExerciseFactory(
        published=True,
        slug="wall-sit",
        title="Wall sit",
        also_known_as="Wall squat",
        steps="Stand with your back on a wall.\nSlide down.\nHold, then slide up.",
        sets=3,
        repetitions=5,
        hold_seconds=10,
        times_a_day=1,
        days_a_week=5,
        harder=harder,
        conditions=[condition, hidden_condition],
    )
    item = client.get(f"{EXERCISES}wall-sit/").json()
    assert item["title"] == "Wall sit" and item["language"] == "en"
    assert item["url"] == "http://testserver/exercises/wall-sit/"
    assert item["also_known_as"] == ["Wall squat"]
    assert item["steps"] == [
        "Stand with your back on a wall.",
        "Slide down.",
        "Hold, then slide up.",
    ]
    assert item["dose"] == {
        "sets": 3,
        "repetitions": 5,
        "hold_seconds": 10,
        "times_a_day": 1,
        "days_a_week": 5,
        "words": ["3 sets of 5", "Hold for 10 seconds each time", "1 time a day", "5 days a week"],
    }
    assert item["stage"] == {"value": "early", "label": "Early: the first days and weeks"}
    assert item["equipment"] == [{"value": "none", "label": "No equipment"}]
    assert [c["slug"] for c in item["conditions"]] == ["runners-knee"]
    assert item["easier"] is None and item["harder"]["slug"] == "step-up"
    assert item["handouts"] == {
        "pdf": "http://testserver/exercises/wall-sit/handout.pdf",
        "large_print_pdf": "http://testserver/exercises/wall-sit/handout.pdf?size=large",
    }
    start = item["start_picture"]
    assert start["id"] == exercise.start_image_id
    assert start["alt"] == "Start: a person lying on their back" and start["alt_language"] == "en"
    assert item["end_picture"]["id"] == exercise.end_image_id
    assert {(r["format"], r["width"]) for r in start["renditions"]} == {
        ("webp", 320),
        ("jpeg", 320),
    }
    assert all(
        re.fullmatch(r"http://testserver/media/renditions/\S+\.(webp|jpeg)", r["url"])
        for r in start["renditions"]
    )
    documented = content_schema(schema, "/api/v1/exercises/{slug}/", "200", "application/json")
    assert_matches(item, documented, schema)
    listed = client.get(EXERCISES).json()["results"]
    assert "start_picture" not in listed[0] and "steps" not in listed[0]
    assert_matches(
        client.get(EXERCISES).json(),
        content_schema(schema, "/api/v1/exercises/", "200", "application/json"),
        schema,
    )


def test_in_spanish_the_live_translation_with_spanish_alt_text(client):
    translation = ExerciseTranslationFactory(
        source=ExerciseFactory(published=True, slug="wall-sit"),
        published=True,
        title="Sentadilla en la pared",
        steps="Apoye la espalda en la pared.\nDeslícese hacia abajo.",
    )
    item = client.get(f"{EXERCISES}wall-sit/?language=es").json()
    assert item["title"] == "Sentadilla en la pared" and item["language"] == "es"
    assert item["url"] == "http://testserver/es/exercises/wall-sit/"
    assert item["handouts"]["pdf"] == "http://testserver/es/exercises/wall-sit/handout.pdf"
    assert item["steps"] == ["Apoye la espalda en la pared.", "Deslícese hacia abajo."]
    with override("es"):
        assert item["dose"]["words"] == [str(w) for w in describe(translation.source.dose)]
    assert item["start_picture"]["alt"] == "Inicio: una persona boca arriba"
    assert item["start_picture"]["alt_language"] == "es"
    assert translation.source.title not in item.values()


def test_an_untranslated_exercise_in_spanish_keeps_its_english_words(client):
    ExerciseFactory(published=True, slug="heel-slide", title="Heel slide")
    ExerciseTranslationFactory(
        source=Exercise.objects.get(), status=Status.REVIEW, title="Deslizamiento"
    )
    item = client.get(f"{EXERCISES}heel-slide/?language=es").json()
    assert item["title"] == "Heel slide" and item["language"] == "en"
    assert item["url"] == "http://testserver/exercises/heel-slide/"
    assert item["start_picture"]["alt_language"] == "en"


def test_a_waiting_draft_of_changes_keeps_the_live_text(client, author):
    exercise = ExerciseFactory(published=True, slug="wall-sit", title="Wall sit")
    edited = Exercise.objects.get(pk=exercise.pk)
    edited.title = "Zebra slide"
    edited.purpose = "Flamingo words."
    publishable_save(item=exercise, user=author, data=edited.content_data())
    template = ProgrammeTemplateFactory(published=True, slug="wall", title="Wall programme")
    edited = ProgrammeTemplate.objects.get(pk=template.pk)
    edited.summary = "Okapi words."
    publishable_save(item=template, user=author, data=edited.content_data())
    for url in (EXERCISES, f"{EXERCISES}wall-sit/", PROGRAMMES, f"{PROGRAMMES}wall/"):
        text = client.get(url).content.decode()
        assert "Zebra" not in text and "Flamingo" not in text and "Okapi" not in text
    assert client.get(f"{EXERCISES}wall-sit/").json()["title"] == "Wall sit"


def test_a_programme_in_detail_lists_its_live_exercises_in_order_with_their_doses(client, schema):
    first = ExerciseFactory(published=True, slug="quad-set", title="Quadriceps set")
    second = ExerciseFactory(published=True, slug="heel-slide", title="Heel slide")
    template = ProgrammeTemplateFactory(
        published=True,
        slug="runners-knee",
        title="Runner's knee: first 2 weeks",
        exercises=[second, first],
        conditions=[ConditionFactory(published=True, slug="pfps")],
    )
    template.items.filter(exercise=first).update(sets=3, repetitions=12)
    ProgrammeTemplateTranslationFactory(source=template, published=True, title="Rodilla")
    item = client.get(f"{PROGRAMMES}runners-knee/").json()
    assert item["title"] == "Runner's knee: first 2 weeks"
    assert item["url"] == "http://testserver/exercises/programmes/runners-knee/"
    assert [c["slug"] for c in item["conditions"]] == ["pfps"]
    assert [(e["exercise"]["slug"], e["dose"]["sets"]) for e in item["exercises"]] == [
        ("heel-slide", 2),
        ("quad-set", 3),
    ]
    assert item["exercises"][1]["dose"]["words"][0] == "3 sets of 12"
    documented = content_schema(
        schema, "/api/v1/exercise-programmes/{slug}/", "200", "application/json"
    )
    assert_matches(item, documented, schema)
    spanish = client.get(f"{PROGRAMMES}runners-knee/?language=es").json()
    assert spanish["title"] == "Rodilla" and spanish["language"] == "es"
    assert spanish["url"] == "http://testserver/es/exercises/programmes/runners-knee/"


def test_filters_and_bad_values(client):
    ExerciseFactory(published=True, slug="wall-sit", stage="middle", equipment=["wall"])
    ExerciseFactory(published=True, slug="quad-set")
    slugs = lambda url: [e["slug"] for e in client.get(url).json()["results"]]  # noqa: E731
    assert slugs(f"{EXERCISES}?stage=middle") == ["wall-sit"]
    assert slugs(f"{EXERCISES}?equipment=wall&equipment=band") == ["wall-sit"]
    assert slugs(f"{EXERCISES}?equipment=none") == ["quad-set"]
    for bad in ("stage=late-ish", "equipment=sofa", "position=x", "page=0", "language=fr"):
        response = client.get(f"{EXERCISES}?{bad}")
        assert response.status_code == 400, bad
        assert response["Content-Type"] == "application/problem+json"
        assert response.json()["detail"]


@pytest.mark.parametrize("path", [EXERCISES, PROGRAMMES])
@pytest.mark.parametrize("slug", ["%00", "a" * 300, "wall%20sit", "%C3%A9"])
def test_odd_addresses_are_not_found_never_an_error(client, path, slug):
    response = client.get(f"{path}{slug}/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"


def test_long_or_control_character_filter_text_is_a_problem(client):
    for query in ("q=" + "a" * 101, "q=%00", "condition=" + "a" * 201):
        response = client.get(f"{EXERCISES}?{query}")
        assert response.status_code == 400, query
        assert response["Content-Type"] == "application/problem+json"
