"""The demo exercises and programme templates: complete and linked as data, plain
in both languages, loaded live with their Spanish translations and pictures,
once however often the demo loads, and saved unchanged through the admin."""

import re

import pytest
from django.core.management import call_command

from articles.demo.conditions import CONDITIONS
from articles.models import Condition
from clinic.models import ClinicSettings
from exercises.demo.exercises import BY_SLUG, EXERCISES
from exercises.demo.templates import TEMPLATES
from exercises.demo_pictures.catalogue import BY_KEY
from exercises.dose import Dose
from exercises.models import (
    Equipment,
    Exercise,
    ExerciseTranslation,
    Position,
    ProgrammeTemplate,
    ProgrammeTemplateItem,
    ProgrammeTemplateTranslation,
    Stage,
)
from images.models import Image, ImageAltText
from publishing.models import Status
from publishing.readability import measure, text_blocks
from publishing.services import draft_of
from tests.articles.test_translation_admin import save_unchanged

DEMO_CONDITIONS = {condition["slug"] for condition in CONDITIONS}
INFLESZ_TARGET = float(ClinicSettings._meta.get_field("inflesz_target").default)
DEMO_MARGIN = 5  # as the articles' demo: a small edit does not tip a text below the target
ITEMS = {item["slug"]: item for item in [*EXERCISES, *TEMPLATES]}


# The data: complete and linked ------------------------------------------------------


def test_the_issues_exercises_and_three_templates():
    assert {e["slug"] for e in EXERCISES} == {
        "quad-sets",
        "straight-leg-raise",
        "heel-slides",
        "hamstring-curls",
        "mini-squats",
        "wall-sits",
        "step-ups",
        "calf-raises",
        "side-lying-leg-raise",
        "hamstring-stretch",
        "quadriceps-stretch",
    }
    assert [t["title"] for t in TEMPLATES] == [
        "Runner's knee: first 2 weeks",
        "Knee sprain: early stage",
        "Knee osteoarthritis: strength",
    ]


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e["slug"])
def test_each_exercise_is_complete_and_links_only_demo_items(exercise):
    assert 3 <= len(exercise["steps"]) <= 6
    assert exercise["also_known_as"] and exercise["summary"] and exercise["purpose"]
    assert len(exercise["summary"]) <= 300 and len(exercise["purpose"]) <= 400
    assert Dose(**exercise["dose"]).errors() == {}
    assert set(exercise["equipment"]) <= set(Equipment.values) and exercise["equipment"]
    assert exercise["position"] in Position.values and exercise["stage"] in Stage.values
    assert exercise["conditions"] and set(exercise["conditions"]) <= DEMO_CONDITIONS
    for side in ("easier", "harder"):
        assert exercise[side] is None or exercise[side] in BY_SLUG, side
        assert exercise[side] != exercise["slug"]
    assert {exercise["start_picture"], exercise["end_picture"]} <= set(BY_KEY)


def test_easier_and_harder_versions_agree_both_ways():
    for exercise in EXERCISES:
        if exercise["harder"]:
            assert BY_SLUG[exercise["harder"]]["easier"] == exercise["slug"], exercise["slug"]
        if exercise["easier"]:
            assert BY_SLUG[exercise["easier"]]["harder"] == exercise["slug"], exercise["slug"]


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t["slug"])
def test_each_template_has_four_to_six_demo_exercises_with_doses(template):
    slugs = [slug for slug, _ in template["items"]]
    assert 4 <= len(slugs) <= 6 and len(set(slugs)) == len(slugs)
    assert set(slugs) <= set(BY_SLUG)
    assert template["conditions"] and set(template["conditions"]) <= DEMO_CONDITIONS
    for slug, dose in template["items"]:
        assert Dose(**dose).errors() == {}, slug
        # A template does not offer an exercise for another condition.
        assert set(template["conditions"]) <= set(BY_SLUG[slug]["conditions"]), slug


@pytest.mark.parametrize("slug", ITEMS)
def test_the_spanish_has_every_part_and_as_many_steps(slug):
    english, spanish = ITEMS[slug], ITEMS[slug]["es"]
    texts = {"title", "summary"} | ({"purpose", "also_known_as", "steps"} & set(english))
    assert set(spanish) == texts
    assert all(spanish[key] for key in texts)
    if "steps" in english:
        assert len(spanish["steps"]) == len(english["steps"])


# Plain words in both languages ------------------------------------------------------


def _parts(words: dict):
    """(part, html) of each text a patient reads, then the whole page as the model
    measures it (title, summary, purpose, steps). A title alone is too short to
    measure: it counts in the whole page."""
    parts = {"summary": [f"<p>{words['summary']}</p>"]}
    if "purpose" in words:
        parts["purpose"] = [f"<p>{words['purpose']}</p>"]
        parts["steps"] = ["<ol>" + "".join(f"<li>{s}</li>" for s in words["steps"]) + "</ol>"]
    parts["page"] = [f"<h1>{words['title']}</h1>", *(h for html in parts.values() for h in html)]
    return parts


ENGLISH = {f"{slug}.{part}": html for slug in ITEMS for part, html in _parts(ITEMS[slug]).items()}
SPANISH = {
    f"{slug}.{part}": html for slug in ITEMS for part, html in _parts(ITEMS[slug]["es"]).items()
}


@pytest.mark.parametrize("part", ENGLISH)
def test_each_english_text_reads_at_grade_eight_or_lower(part):
    assert measure(*ENGLISH[part]).grade <= 8, part


@pytest.mark.parametrize("part", SPANISH)
def test_each_spanish_text_meets_the_inflesz_target_with_the_demo_margin(part):
    figures = measure(*SPANISH[part], language="es")
    assert figures.inflesz >= INFLESZ_TARGET + DEMO_MARGIN, f"{part}: INFLESZ {figures.inflesz}"
    if part.endswith(".page"):
        assert figures.fernandez_huerta >= INFLESZ_TARGET + DEMO_MARGIN, part


EVERY_TEXT = {f"en {k}": v for k, v in ENGLISH.items()} | {f"es {k}": v for k, v in SPANISH.items()}


@pytest.mark.parametrize("part", EVERY_TEXT)
def test_each_sentence_is_under_twenty_words(part):
    for block in (block for html in EVERY_TEXT[part] for block in text_blocks(html)):
        for sentence in re.split(r"(?<=[.!?:;])\s+", block):
            assert len(sentence.split()) < 20, f"{part}: {sentence}"


def test_no_new_warning_text_the_safety_net_says_when_to_stop():
    """CLINICAL.md: "stop and get help if" is the clinic's safety net, never new text."""
    words = " ".join(
        " ".join([item["summary"], item.get("purpose", ""), *item.get("steps", [])])
        for item in [*ITEMS.values(), *(item["es"] for item in ITEMS.values())]
    ).casefold()
    for warning in ("get help", "call ", "911", "emergency", "urgencias", "llame", "busque ayuda"):
        assert warning not in words, warning


# Loaded: live, translated, illustrated, once -------------------------------------------

pytestmark_db = pytest.mark.django_db


def _counts() -> tuple:
    models = [
        Exercise,
        ExerciseTranslation,
        ProgrammeTemplate,
        ProgrammeTemplateItem,
        ProgrammeTemplateTranslation,
        Image,
        ImageAltText,
    ]
    rows = tuple(model.objects.count() for model in models)
    history = tuple(
        model.history.count()
        for model in models[:5]  # the content's history records
    )
    return rows + history


@pytestmark_db
def test_loading_twice_creates_nothing_new(roles, image_storage):
    call_command("load_demo_content", verbosity=0)
    counts = _counts()
    versions = list(Exercise.objects.values_list("slug", "version", "updated"))
    call_command("load_demo_content", verbosity=0)

    assert _counts() == counts
    assert list(Exercise.objects.values_list("slug", "version", "updated")) == versions
    assert counts[:5] == (
        len(EXERCISES),
        len(EXERCISES),
        len(TEMPLATES),
        sum(len(t["items"]) for t in TEMPLATES),
        len(TEMPLATES),
    )


@pytestmark_db
def test_every_demo_exercise_is_live_in_english_and_spanish_with_both_pictures(
    roles, image_storage
):
    call_command("load_demo_content", verbosity=0)

    for data in EXERCISES:
        exercise = Exercise.objects.get(slug=data["slug"])
        assert exercise.status == Status.PUBLISHED and exercise.is_demo, exercise.slug
        assert exercise.reviewed_by.username == "reviewer"
        assert exercise.next_review_due > exercise.reviewed_on
        assert 0 < exercise.reading_grade <= 8, exercise.slug
        assert exercise.step_list == data["steps"]
        assert exercise.dose == Dose(**data["dose"])
        assert {c.slug for c in exercise.conditions.all()} == set(data["conditions"])
        for side in ("easier", "harder"):
            linked = getattr(exercise, side)
            assert (linked.slug if linked else None) == data[side], (exercise.slug, side)
            assert linked is None or linked.is_demo
        for field, key in (("start_image", "start_picture"), ("end_image", "end_picture")):
            image, picture = getattr(exercise, field), BY_KEY[data[key]]
            assert (image.title, image.alt_text) == (picture.title, picture.alt_en)
            assert image.alt_texts.get(language="es").alt_text == picture.alt_es
        spanish = exercise.translations.get(language="es")
        assert spanish.status == Status.PUBLISHED and spanish.is_demo
        assert spanish.source_revision == exercise.revision
        assert (spanish.title, spanish.step_list) == (data["es"]["title"], data["es"]["steps"])


@pytestmark_db
def test_each_template_is_live_in_both_languages_with_its_demo_exercises_in_order(
    roles, image_storage
):
    call_command("load_demo_content", verbosity=0)

    for data in TEMPLATES:
        template = ProgrammeTemplate.objects.get(slug=data["slug"])
        assert template.status == Status.PUBLISHED and template.is_demo
        rows = [(item.exercise.slug, Dose.of(item)) for item in template.items.all()]
        assert rows == [(slug, Dose(**dose)) for slug, dose in data["items"]]
        assert all(item.exercise.is_demo for item in template.items.all())
        assert {c.slug for c in template.conditions.all()} == set(data["conditions"])
        spanish = template.translations.get(language="es")
        assert (spanish.status, spanish.title) == (Status.PUBLISHED, data["es"]["title"])
    runners = ProgrammeTemplate.objects.published().get(title__startswith="Runner's knee")
    assert runners.conditions.get().slug == "patellofemoral-pain-syndrome"
    assert Condition.objects.get(slug="knee-osteoarthritis").programme_templates.count() == 1


@pytestmark_db
def test_what_a_clinic_changed_is_left_alone(roles, image_storage):
    call_command("load_demo_content", verbosity=0)
    Exercise.objects.filter(slug="quad-sets").update(title="Thigh tightening", harder=None)
    Exercise.objects.filter(slug="wall-sits").update(status=Status.ARCHIVED)
    ExerciseTranslation.objects.filter(source__slug="heel-slides").delete()
    template = ProgrammeTemplate.objects.get(slug="knee-sprain-early-stage")
    template.items.filter(exercise__slug="calf-raises").delete()

    call_command("load_demo_content", verbosity=0)

    quad_sets = Exercise.objects.get(slug="quad-sets")
    assert (quad_sets.title, quad_sets.harder) == ("Thigh tightening", None)
    assert Exercise.objects.get(slug="wall-sits").status == Status.ARCHIVED
    assert template.items.count() == 3
    # A missing translation of a live demo exercise is added again, as the articles' are.
    assert ExerciseTranslation.objects.filter(source__slug="heel-slides").count() == 1


# Saved unchanged through the admin, as staff do -----------------------------------------

ADMIN_MODELS = [Exercise, ExerciseTranslation, ProgrammeTemplate, ProgrammeTemplateTranslation]


@pytestmark_db
@pytest.mark.parametrize("model", ADMIN_MODELS, ids=lambda m: m.__name__)
def test_every_demo_item_saves_unchanged_through_the_admin(client, author, image_storage, model):
    call_command("load_demo_content", verbosity=0)
    items = list(model.objects.order_by("pk"))
    assert len(items) == len(TEMPLATES if "Template" in model.__name__ else EXERCISES)
    client.force_login(author)
    for item in items:
        version, records = item.version, item.history.count()
        save_unchanged(client, item)
        item.refresh_from_db()
        assert draft_of(item) is None, f"{item!r} got a draft from an unchanged save"
        assert item.status == Status.PUBLISHED
        assert (item.version, item.history.count()) == (version, records), item
