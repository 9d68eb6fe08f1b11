"""sitemap.xml lists live exercises and programme templates (and the exercises
list), in each language they are live in, with hreflang alternates; nothing that
is not live, and never the waiting changes of a live one."""

from datetime import timedelta

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from clinic import memo, pagecache
from clinic.models import ContentVersion
from exercises.models import Exercise
from publishing.models import Status
from publishing.services import publishable_save
from tests.factories import (
    ExerciseFactory,
    ExerciseTranslationFactory,
    ProgrammeTemplateFactory,
    ProgrammeTemplateTranslationFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("picture_storage")]

SERVER = "http://testserver"
HIDDEN = {
    "draft": {"status": Status.DRAFT},
    "in-review": {"status": Status.REVIEW},
    "approved": {"status": Status.APPROVED},
    "archived": {"status": Status.ARCHIVED},
    "scheduled": {"published": True, "publish_at": timezone.now() + timedelta(days=2)},
}


@pytest.fixture
def picture_storage(image_storage):
    return image_storage


def sitemap(client) -> str:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    return response.content.decode()


def test_live_exercises_and_templates_are_listed_with_their_spanish_alternates(client):
    exercise = ExerciseTranslationFactory(
        source=ExerciseFactory(published=True, slug="wall-sit"), published=True
    ).source
    template = ProgrammeTemplateTranslationFactory(
        source=ProgrammeTemplateFactory(published=True, slug="runners-knee"), published=True
    ).source
    xml = sitemap(client)
    for path in ("/exercises/wall-sit/", "/exercises/programmes/runners-knee/"):
        assert f"<loc>{SERVER}{path}</loc>" in xml
        assert f"<loc>{SERVER}/es{path}</loc>" in xml
        assert f'hreflang="es" href="{SERVER}/es{path}"' in xml
        assert f'hreflang="x-default" href="{SERVER}{path}"' in xml
    assert exercise.get_absolute_url() == "/exercises/wall-sit/"
    assert template.get_absolute_url() == "/exercises/programmes/runners-knee/"


def test_the_exercises_list_is_listed_in_both_languages(client):
    xml = sitemap(client)
    assert f"<loc>{SERVER}/exercises/</loc>" in xml
    assert f"<loc>{SERVER}/es/exercises/</loc>" in xml


def test_an_untranslated_one_is_listed_in_english_only(client):
    ExerciseFactory(published=True, slug="heel-slide")
    ExerciseTranslationFactory(
        source=ExerciseFactory(published=True, slug="step-up"), status=Status.REVIEW
    )
    ProgrammeTemplateFactory(published=True, slug="knee-sprain")
    xml = sitemap(client)
    for path in (
        "/exercises/heel-slide/",
        "/exercises/step-up/",
        "/exercises/programmes/knee-sprain/",
    ):
        assert f"<loc>{SERVER}{path}</loc>" in xml
        assert f"/es{path}" not in xml


@pytest.mark.parametrize("state", HIDDEN)
def test_one_that_is_not_live_is_never_listed(client, state):
    fields = HIDDEN[state]
    ExerciseTranslationFactory(
        source=ExerciseFactory(slug=f"hidden-{state}-exercise", **fields), published=True
    )
    ProgrammeTemplateTranslationFactory(
        source=ProgrammeTemplateFactory(slug=f"hidden-{state}-template", **fields),
        published=True,
    )
    ExerciseFactory(published=True, slug="live-exercise")
    xml = sitemap(client)
    assert "hidden-" not in xml
    assert f"<loc>{SERVER}/exercises/live-exercise/</loc>" in xml  # so the check above can fail


def test_a_waiting_draft_of_changes_does_not_change_the_listed_address(client, author):
    exercise = ExerciseFactory(published=True, slug="mini-squat")
    edited = Exercise.objects.get(pk=exercise.pk)
    edited.slug = "half-squat"
    publishable_save(item=exercise, user=author, data=edited.content_data())
    xml = sitemap(client)
    assert f"<loc>{SERVER}/exercises/mini-squat/</loc>" in xml
    assert "half-squat" not in xml


def uncached_queries(client) -> int:
    """The queries of a sitemap built afresh (no page cache, memo or version kept)."""
    for cache in caches.all():
        cache.clear()
    ContentVersion.forget_local()
    memo.forget()
    pagecache.forget()
    with CaptureQueriesContext(connection) as captured:
        sitemap(client)
    return len(captured.captured_queries)


def test_the_sitemap_takes_the_same_queries_for_many_exercises(client):
    def make(n):
        for _ in range(n):
            ExerciseTranslationFactory(published=True)
            ProgrammeTemplateTranslationFactory(published=True)

    make(2)
    uncached_queries(client)  # the first request of a test also makes the content version
    few = uncached_queries(client)
    make(8)
    assert uncached_queries(client) == few
