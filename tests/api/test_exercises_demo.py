"""Issue 27 on the demo content: its exercises and programmes reach search, the
sitemap, the API and the Infobutton, in English and Spanish."""

import pytest

from exercises.demo.exercises import EXERCISES
from exercises.models import Exercise
from search import query as search
from tests.api.test_infobutton import ask

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("clinic", "picture_storage")]

RUNNERS_KNEE = "/exercises/programmes/runners-knee-first-2-weeks/"


def found(query: str, language: str = "en") -> list[tuple[str, str]]:
    results = search.find(query, language)
    return [(hit.kind_label, hit.url) for hit in search.hits(results.entries, query, language)]


def test_patients_find_the_demo_exercises_and_programmes(demo):
    assert found("straight leg raise")[0] == ("Exercise", "/exercises/straight-leg-raise/")
    assert ("Exercise programme", RUNNERS_KNEE) in found("runner's knee")[:3]
    assert found("elevación de pierna recta", "es")[0] == (
        "Exercise",
        "/es/exercises/straight-leg-raise/",
    )


def test_the_infobutton_answers_runners_knee_with_its_programme(client, demo):
    [entry] = ask(client, "M22.2X1").json()["feed"]["entry"]
    assert f"http://testserver{RUNNERS_KNEE}" in [t["url"] for t in entry["programme_templates"]]
    [entry] = ask(client, "M22.2X1", **{"informationRecipient.languageCode.c": "es"}).json()[
        "feed"
    ]["entry"]
    assert {
        "title": "Rodilla del corredor: primeras 2 semanas",
        "url": f"http://testserver/es{RUNNERS_KNEE}",
        "language": "es",
    }.items() <= next(
        t for t in entry["programme_templates"] if t["url"].endswith(RUNNERS_KNEE)
    ).items()


def test_the_api_and_sitemap_list_every_demo_exercise(client, demo):
    live = Exercise.objects.published().count()
    assert live == len(EXERCISES)
    assert client.get("/api/v1/exercises/").json()["count"] == live
    item = client.get("/api/v1/exercise-programmes/runners-knee-first-2-weeks/").json()
    assert [e["exercise"]["slug"] for e in item["exercises"]][:2] == [
        "straight-leg-raise",
        "side-lying-leg-raise",
    ]
    spanish = client.get("/api/v1/exercises/straight-leg-raise/?language=es").json()
    assert spanish["title"] == "Elevación de pierna recta"
    assert spanish["start_picture"]["alt_language"] == "es"
    xml = client.get("/sitemap.xml").content.decode()
    for slug in Exercise.objects.published().values_list("slug", flat=True):
        assert f"<loc>http://testserver/es/exercises/{slug}/</loc>" in xml
    assert f"<loc>http://testserver/es{RUNNERS_KNEE}</loc>" in xml
