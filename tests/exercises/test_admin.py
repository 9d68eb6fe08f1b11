"""Exercises, templates and their translations in the admin, as staff use it."""

import pytest
from django.urls import reverse

from exercises.models import Exercise, ProgrammeTemplate, ProgrammeTemplateItem
from publishing.models import Draft, Status
from tests.factories import (
    ExerciseFactory,
    ExerciseTranslationFactory,
    ProgrammeTemplateFactory,
    ProgrammeTemplateTranslationFactory,
)
from tests.support.forms import form_values

pytestmark = pytest.mark.django_db


def admin_url(obj_or_model, action="change"):
    meta = obj_or_model._meta
    args = [obj_or_model.pk] if action in ("change", "history") else []
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_{action}", args=args)


def transition(client, user, obj, action):
    client.force_login(user)
    meta = obj._meta
    url = reverse(f"admin:{meta.app_label}_{meta.model_name}_transition", args=[obj.pk, action])
    return client.post(url, follow=True)


def saved_unchanged(client, obj):
    """Open the item's change form and save it as it is."""
    url = admin_url(obj)
    page = client.get(url)
    assert page.status_code == 200, url
    response = client.post(url, form_values(page.content.decode(), f"{obj._meta.model_name}_form"))
    errors = response.context and response.context["adminform"].form.errors
    assert response.status_code == 302, errors
    return response


def test_an_author_adds_an_exercise_and_it_walks_to_live(client, author, reviewer, publisher):
    pictures = ExerciseFactory()  # two library pictures to choose
    client.force_login(author)
    page = client.get(admin_url(Exercise, "add"))
    assert page.status_code == 200
    data = form_values(page.content.decode(), "exercise_form")
    data.update(
        title="Straight-leg raise",
        slug="straight-leg-raise",
        summary="Lift your straight leg to make your thigh strong.",
        purpose="Makes the muscle at the front of your thigh stronger.",
        steps="Lie on your back.\nTighten your thigh.\nLift your leg.",
        start_image=str(pictures.start_image_id),
        end_image=str(pictures.end_image_id),
        sets="3",
        repetitions="10",
        hold_seconds="3",
        times_a_day="2",
        days_a_week="5",
        equipment=["none"],
        position="lying",
        stage="early",
    )
    response = client.post(admin_url(Exercise, "add"), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    exercise = Exercise.objects.get(slug="straight-leg-raise")
    assert exercise.status == Status.DRAFT
    assert exercise.dose.as_dict() == {
        "sets": 3,
        "repetitions": 10,
        "hold_seconds": 3,
        "times_a_day": 2,
        "days_a_week": 5,
    }
    transition(client, author, exercise, "submit")
    transition(client, reviewer, exercise, "approve")
    response = transition(client, publisher, exercise, "publish")
    assert "Status is now “Live”" in response.content.decode()
    exercise.refresh_from_db()
    assert exercise.status == Status.PUBLISHED and exercise.reviewed_by == reviewer


def test_bad_doses_and_missing_pictures_are_refused_next_to_their_fields(client, author):
    exercise = ExerciseFactory(author=author)
    client.force_login(author)
    page = client.get(admin_url(exercise))
    data = form_values(page.content.decode(), "exercise_form")
    data.update(sets="0", repetitions="1000", start_image="", steps="")
    response = client.post(admin_url(exercise), data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert set(errors) >= {"sets", "repetitions", "start_image", "steps"}
    exercise.refresh_from_db()
    assert exercise.sets == 2 and exercise.start_image_id


def test_a_live_exercise_keeps_its_live_text_until_the_change_is_published(
    client, author, reviewer, publisher
):
    exercise = ExerciseFactory(published=True, purpose="Makes your thigh stronger.")
    client.force_login(author)
    page = client.get(admin_url(exercise))
    data = form_values(page.content.decode(), "exercise_form")
    data["purpose"] = "Helps your knee bend further."
    assert client.post(admin_url(exercise), data).status_code == 302
    exercise.refresh_from_db()
    assert exercise.purpose == "Makes your thigh stronger."
    assert exercise.status == Status.PUBLISHED
    assert (
        Draft.objects.of(exercise).get().data["fields"]["purpose"]
        == "Helps your knee bend further."
    )


def test_a_template_keeps_its_exercises_in_order_and_checks_their_doses(client, author):
    first, second = ExerciseFactory(published=True), ExerciseFactory(published=True)
    template = ProgrammeTemplateFactory(author=author, exercises=[first, second])
    client.force_login(author)
    saved_unchanged(client, template)
    assert list(template.items.values_list("exercise", flat=True)) == [first.pk, second.pk]
    page = client.get(admin_url(template))
    data = form_values(page.content.decode(), "programmetemplate_form")
    data["items-0-sets"] = "11"
    response = client.post(admin_url(template), data)
    assert response.status_code == 200
    assert "sets" in response.context["inline_admin_formsets"][0].formset.forms[0].errors
    assert ProgrammeTemplateItem.objects.filter(template=template, sets=11).count() == 0


@pytest.mark.parametrize("role", ["author", "reviewer", "publisher"])
def test_every_exercise_admin_page_opens_for_each_role(client, role, request):
    user = request.getfixturevalue(role)
    exercise = ExerciseFactory()
    template = ProgrammeTemplateFactory(exercises=[exercise])
    items = [
        exercise,
        template,
        ExerciseTranslationFactory(source=exercise),
        ProgrammeTemplateTranslationFactory(source=template),
    ]
    client.force_login(user)
    for item in items:
        assert client.get(admin_url(item, "changelist")).status_code == 200
        assert client.get(admin_url(item)).status_code == 200
        assert client.get(admin_url(item, "history")).status_code == 200


def test_translations_save_unchanged_and_say_what_they_translate(client, author):
    translation = ExerciseTranslationFactory(author=author)
    client.force_login(author)
    page = client.get(admin_url(translation)).content.decode()
    assert translation.source.title in page and 'lang="es"' in page
    saved_unchanged(client, translation)
    saved_unchanged(client, ProgrammeTemplateTranslationFactory(author=author))


def test_the_source_lists_its_translations(client, author):
    exercise = ExerciseFactory(author=author)
    client.force_login(author)
    page = client.get(admin_url(exercise)).content.decode()
    assert "add a translation" in page
    assert ProgrammeTemplate._meta.get_field("conditions").remote_field.related_name == (
        "programme_templates"
    )


def test_a_live_template_links_to_the_programme_builder_started_from_it(client, publisher):
    live = ProgrammeTemplateFactory(published=True, slug="runners-knee-first-weeks")
    ProgrammeTemplateFactory(slug="a-draft-programme")
    client.force_login(publisher)
    page = client.get(admin_url(ProgrammeTemplate, "changelist")).content.decode()
    builder = reverse("handouts:programme")
    assert f'href="{builder}?template={live.slug}"' in page
    assert "template=a-draft-programme" not in page
    assert client.get(f"{builder}?template={live.slug}").status_code == 200
