"""Patients' exercise pages: the list and an exercise's page, live content only.

An exercise in draft, in review or archived is in no list, no count, no condition
page and has no page (404); an edit of a live exercise (a draft of changes) keeps
the live words until it is published; staff preview what patients cannot see,
and a preview is never what the next patient is served.
"""

import json
import re

import pytest
from django.urls import reverse

from articles.models import Status
from clinic.models import ClinicSettings, ContentVersion
from exercises.models import Equipment, Position, Stage
from publishing import services
from tests.factories import (
    ConditionFactory,
    ConditionTranslationFactory,
    ExerciseFactory,
    ExerciseTranslationFactory,
    ProgrammeTemplateFactory,
    ProgrammeTemplateTranslationFactory,
)

pytestmark = pytest.mark.django_db

LIST = "/exercises/"
NOT_LIVE = [Status.DRAFT, Status.REVIEW, Status.ARCHIVED]
LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def edit_live(item, user, **changes):
    """An edit of a live item as the admin saves it: a draft of changes."""
    item = type(item).objects.get(pk=item.pk)
    for name, value in changes.items():
        setattr(item, name, value)
    data = services.draft_data(item, m2m={}, inlines={})
    return services.publishable_save_draft(
        item=type(item).objects.get(pk=item.pk), user=user, data=data
    )


def text(response) -> str:
    return response.content.decode()


@pytest.fixture
def exercise():
    """A live exercise that helps a live condition, with a live easier version and a
    draft harder one, and a draft condition it helps too."""
    live_condition = ConditionFactory(published=True, title="Runner's knee test")
    draft_condition = ConditionFactory(title="Draft condition Xyzzy")
    return ExerciseFactory(
        published=True,
        title="Straight-leg raise",
        slug="slr-test",
        also_known_as="SLR\nLeg lift",
        purpose="It makes the front of your thigh strong.",
        steps="Lie on your back.\nLift your leg.\nLower it slowly.",
        sets=3,
        repetitions=10,
        hold_seconds=5,
        times_a_day=2,
        days_a_week=5,
        equipment=[Equipment.TOWEL],
        position=Position.LYING,
        stage=Stage.MIDDLE,
        easier=ExerciseFactory(published=True, title="Quadriceps set"),
        harder=ExerciseFactory(title="Secret harder draft"),
        conditions=[live_condition, draft_condition],
    )


def test_an_exercise_page_shows_its_parts(client, exercise):
    response = client.get(exercise.get_absolute_url())
    assert response.status_code == 200
    html = text(response)
    assert "<h1>Straight-leg raise</h1>" in html
    assert "SLR, Leg lift" in html
    assert "It makes the front of your thigh strong." in html
    # Numbered steps, in order.
    steps = re.search(r'<ol class="exercise-steps">(.*?)</ol>', html, re.S).group(1)
    assert re.findall(r"<li>(.*?)</li>", steps) == [
        "Lie on your back.",
        "Lift your leg.",
        "Lower it slowly.",
    ]
    # The dose in plain words.
    for line in ("3 sets of 10", "Hold for 5 seconds each time", "2 times a day", "5 days a week"):
        assert f"<li>{line}</li>" in html
    # Two pictures with the library's alt text.
    assert html.count("<picture>") == 2
    assert 'alt="Start: a person lying on their back"' in html
    assert 'alt="End: a person lying on their back"' in html
    assert (
        "A towel" in html and "Lying on your back" in html and "Middle: building strength" in html
    )
    # Live links only.
    assert "Quadriceps set" in html and "Secret harder draft" not in html
    assert "Runner&#x27;s knee test" in html and "Xyzzy" not in html
    # Print links for the PDF.
    assert reverse("handouts:exercise", args=[exercise.slug]) in html


def test_stop_and_get_help_is_the_live_safety_net(client, demo, exercise):
    html = text(client.get(exercise.get_absolute_url()))
    assert "Stop and get help if" in html
    section = html.split('id="stop-heading"', 1)[1]
    groups = re.findall(r'data-safety-group="(\w+)"', section)
    assert groups == ["emergency", "urgent_doctor", "urgent"]
    assert section.count("data-safety-net-item") >= 3


@pytest.mark.parametrize("status", NOT_LIVE)
def test_an_exercise_not_live_is_nowhere_for_patients(client, status):
    condition = ConditionFactory(published=True)
    hidden = ExerciseFactory(status=status, title="Hidden Wombat", conditions=[condition])
    ExerciseFactory(published=True, title="Shown exercise", conditions=[condition])
    assert client.get(hidden.get_absolute_url()).status_code == 404
    assert client.get(f"/es{hidden.get_absolute_url()}").status_code == 404
    assert client.get(reverse("handouts:exercise", args=[hidden.slug])).status_code == 404
    listed = text(client.get(LIST))
    assert "Shown exercise" in listed and "Hidden Wombat" not in listed
    assert "(1 exercise)" in listed  # the condition's count holds the live one only
    page = text(client.get(condition.get_absolute_url()))
    assert "Shown exercise" in page and "Hidden Wombat" not in page


def test_a_scheduled_exercise_waits_for_its_time(client):
    from datetime import timedelta

    from django.utils import timezone

    later = ExerciseFactory(published=True, publish_at=timezone.now() + timedelta(days=1))
    assert client.get(later.get_absolute_url()).status_code == 404


def test_staff_preview_a_draft_and_patients_still_get_404(client, author):
    draft = ExerciseFactory(title="Draft Narwhal")
    client.force_login(author)
    response = client.get(draft.get_absolute_url())
    assert response.status_code == 200
    assert "Patients cannot see it yet" in text(response)
    assert response["Cache-Control"] == "private, no-store"
    client.logout()
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_an_edit_keeps_the_live_words_until_published(client, author, exercise):
    edit_live(exercise, author, title="Wombatfern raise", steps="Wombatfern step.")
    url = exercise.get_absolute_url()
    # Staff first (filling any cache they may), then a patient.
    client.force_login(author)
    preview = client.get(url, {"preview": "draft"})
    assert "Wombatfern raise" in text(preview) and "Wombatfern step." in text(preview)
    assert preview["Cache-Control"] == "private, no-store"
    assert "Wombatfern" not in text(client.get(url))  # staff without ?preview see the live page
    client.logout()
    for address in (url, f"{url}?preview=draft", LIST):
        html = text(client.get(address))
        assert "Wombatfern" not in html and "Straight-leg raise" in html
    pdf = client.get(reverse("handouts:exercise", args=[exercise.slug]), {"preview": "draft"})
    assert pdf.status_code == 200 and b"Wombatfern" not in pdf.content


def test_the_spanish_page_shows_the_live_translation(client, exercise):
    ExerciseTranslationFactory(
        source=exercise,
        published=True,
        title="Elevación de pierna recta",
        steps="Acuéstese.\nLevante la pierna.",
    )
    response = client.get(f"/es{exercise.get_absolute_url()}")
    html = text(response)
    assert response.status_code == 200
    assert "Elevación de pierna recta" in html
    assert "<li>Acuéstese.</li>" in html and "Lie on your back." not in html
    assert "3 series de 10" in html  # the dose in the page's language
    assert 'alt="Inicio: una persona boca arriba"' in html
    assert 'hreflang="en"' in html and 'hreflang="es"' in html


def test_an_untranslated_page_says_so_in_spanish(client, exercise):
    html = text(client.get(f"/es{exercise.get_absolute_url()}"))
    assert 'lang="en"' in html and "Straight-leg raise" in html


def test_json_ld_describes_the_exercise_with_steps_and_pictures(client, exercise):
    html = text(client.get(exercise.get_absolute_url()))
    (found,) = LD.findall(html)
    data = json.loads(found)
    assert data["@type"] == "MedicalWebPage"
    howto = data["mainEntity"]
    assert howto["@type"] == "HowTo"
    assert [s["text"] for s in howto["step"]] == [
        "Lie on your back.",
        "Lift your leg.",
        "Lower it slowly.",
    ]
    assert [s["position"] for s in howto["step"]] == [1, 2, 3]
    assert len(howto["image"]) == 2
    assert howto["image"][0]["contentUrl"].startswith("http://testserver/")
    assert howto["image"][0]["description"] == "Start: a person lying on their back"
    assert howto["tool"] == [{"@type": "HowToTool", "name": "A towel"}]
    assert data["about"]["@type"] == "ExercisePlan"
    assert data["about"]["repetitions"] == 10


def test_condition_pages_list_live_exercises_and_programmes(client):
    condition = ConditionFactory(published=True)
    ConditionTranslationFactory(source=condition, published=True)
    exercise = ExerciseFactory(published=True, title="Heel slide", conditions=[condition])
    ExerciseTranslationFactory(source=exercise, published=True, title="Deslizamiento de talón")
    ExerciseFactory(title="Draft Okapiheath", conditions=[condition])
    template = ProgrammeTemplateFactory(
        published=True, title="Runner's knee: first 2 weeks", conditions=[condition]
    )
    ProgrammeTemplateTranslationFactory(
        source=template, published=True, title="Rodilla del corredor: 2 semanas"
    )
    ProgrammeTemplateFactory(title="Draft Capibaralirio", conditions=[condition])
    html = text(client.get(condition.get_absolute_url()))
    assert f'href="{exercise.get_absolute_url()}"' in html and "Heel slide" in html
    assert f'href="{template.get_absolute_url()}"' in html
    assert "Okapiheath" not in html and "Capibaralirio" not in html
    spanish = text(client.get(f"/es{condition.get_absolute_url()}"))
    assert "Deslizamiento de talón" in spanish and "Rodilla del corredor: 2 semanas" in spanish


def test_a_condition_without_live_exercises_shows_no_such_section(client):
    condition = ConditionFactory(published=True)
    ExerciseFactory(conditions=[condition])
    ProgrammeTemplateFactory(conditions=[condition])
    html = text(client.get(condition.get_absolute_url()))
    assert 'id="exercises-heading"' not in html and 'id="programmes-heading"' not in html


def test_the_list_in_spanish_names_exercises_and_conditions_in_spanish(client):
    condition = ConditionFactory(published=True, title="Knee sprain")
    ConditionTranslationFactory(source=condition, published=True, title="Esguince de rodilla")
    exercise = ExerciseFactory(published=True, title="Wall sit", conditions=[condition])
    ExerciseTranslationFactory(source=exercise, published=True, title="Sentadilla en la pared")
    response = client.get("/es/exercises/")
    html = text(response)
    assert response.status_code == 200
    assert "Sentadilla en la pared" in html and "Wall sit" not in html
    assert "Esguince de rodilla" in html


def test_a_wrong_filter_value_is_400_with_a_message_by_its_field(client):
    ExerciseFactory(published=True)
    draft_condition = ConditionFactory()
    for query in ({"stage": "bogus"}, {"condition": draft_condition.slug}, {"equipment": "<b>"}):
        response = client.get(LIST, query)
        assert response.status_code == 400, query
        html = text(response)
        assert "There is a problem with the filters" in html
        (name,) = query
        assert f'<p class="error-message" id="{name}-error">' in html
        assert "checkbox__count" not in html  # no counts rather than wrong ones


@pytest.mark.parametrize("count", [1, 10])
def test_list_query_count_is_fixed(client, django_assert_max_num_queries, count):
    conditions = ConditionFactory.create_batch(3, published=True)
    for _ in range(count):
        ExerciseFactory(published=True, conditions=conditions)
    client.get(LIST)
    ContentVersion.bump()  # a page-cache miss
    ClinicSettings.load()
    # The content version, the condition checkboxes (validated), the page, its count and
    # four option counts, whatever the number of exercises.
    with django_assert_max_num_queries(9):
        response = client.get(LIST, {"condition": conditions[0].slug, "stage": "early"})
    assert response.context["paginator"].count == count


@pytest.mark.parametrize("count", [1, 10])
def test_detail_query_count_is_fixed(client, django_assert_max_num_queries, count):
    conditions = ConditionFactory.create_batch(count, published=True)
    others = ExerciseFactory.create_batch(2, published=True)
    exercise = ExerciseFactory(
        published=True, conditions=conditions, easier=others[0], harder=others[1]
    )
    ExerciseFactory.create_batch(count, published=True, conditions=conditions)
    client.get(exercise.get_absolute_url())
    ContentVersion.bump()
    ClinicSettings.load()
    # content version + the exercise + its live conditions + two for the pictures +
    # its easier and harder versions + the safety net + its languages
    with django_assert_max_num_queries(8):
        assert client.get(exercise.get_absolute_url()).status_code == 200
