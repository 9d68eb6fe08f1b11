"""``?language=es`` on the content API: each item in its live Spanish translation
where there is one, else in English, saying which; labels, activity names,
warning signs and the questionnaire in Spanish; a bad language is a 400 problem."""

import pytest
from django.utils.translation import override

from articles.models import ActivityName, ArticleTranslation, ConditionTranslation, Onset

pytestmark = pytest.mark.django_db


def test_articles_in_spanish_where_translated_and_english_otherwise(client, demo):
    ArticleTranslation.objects.filter(source__slug="how-your-knee-works").delete()
    translated = ArticleTranslation.objects.published().select_related("source")
    spanish = {t.source.slug: t for t in translated}
    response = client.get("/api/v1/articles/", {"language": "es", "page_size": 100})
    assert response.status_code == 200
    assert response["Content-Language"] == "es"
    items = {item["slug"]: item for item in response.json()["results"]}
    for slug, item in items.items():
        if slug in spanish:
            assert (item["title"], item["language"]) == (spanish[slug].title, "es")
            assert item["url"] == f"http://testserver/es/articles/{slug}/"
            assert item["handouts"]["pdf"].startswith("http://testserver/es/articles/")
        else:
            assert item["language"] == "en" and item["url"].startswith(
                "http://testserver/articles/"
            )
    assert items["how-your-knee-works"]["language"] == "en"
    # Listed by the names shown, as the Spanish catalogue is.
    titles = [item["title"] for item in response.json()["results"]]
    assert titles == sorted(titles, key=lambda t: t.casefold().replace("¿", ""))
    # English stays the default.
    english = client.get("/api/v1/articles/").json()["results"]
    assert {item["language"] for item in english} == {"en"}


def test_a_condition_in_spanish_with_its_cards_labels_activities_and_warning_signs(client, demo):
    translation = ConditionTranslation.objects.published().get(source__slug="meniscus-tear")
    item = client.get("/api/v1/conditions/meniscus-tear/", {"language": "es"}).json()
    assert (item["title"], item["summary"], item["language"]) == (
        translation.title,
        translation.summary,
        "es",
    )
    with override("es"):
        onset = str(dict(Onset.choices)[item["onset"]["value"]])
    assert item["onset"]["label"] == onset != dict(Onset.choices)[item["onset"]["value"]]
    spanish_names = set(ActivityName.objects.filter(language="es").values_list("name", flat=True))
    assert {a["name"] for a in item["activities"]} <= spanish_names
    assert [s["heading"] for s in item["sections"]][0] != "Overview"
    urgent = next(card for card in item["care_cards"] if card["urgency"] != "routine")
    assert "rodilla" in " ".join(urgent["points"])  # the Spanish warning signs come first
    assert all(a["language"] in {"es", "en"} for a in item["related_articles"])


def test_the_questionnaire_in_spanish(client, demo):
    english = client.get("/api/v1/triage/questionnaire/").json()
    spanish = client.get("/api/v1/triage/questionnaire/", {"language": "es"}).json()
    assert [q["key"] for q in spanish["questions"]] == [q["key"] for q in english["questions"]]
    assert spanish["questions"][0]["text"] != english["questions"][0]["text"]
    assert spanish["warning_signs"][0]["text"] != english["warning_signs"][0]["text"]


@pytest.mark.parametrize("value", ["fr", "ES", "", "es-MX"])
def test_another_language_is_a_problem_naming_the_parameter(client, clinic, value):
    response = client.get("/api/v1/articles/", {"language": value})
    assert response.status_code == 400
    problem = response.json()
    assert problem["parameter"] == "language" and "en, es" in problem["detail"]
    assert client.get("/api/v1/triage/questionnaire/", {"language": value}).status_code == 400


def test_language_given_twice_is_a_problem(client, clinic):
    response = client.get("/api/v1/conditions/?language=es&language=en")
    assert response.status_code == 400
    assert response.json()["parameter"] == "language"


def test_an_outcome_text_left_in_english_gets_the_english_clinic_words(client, demo):
    from clinic.models import ClinicSettings
    from triage.models import PartKind, Translation

    Translation.objects.filter(part=PartKind.OUTCOME, key="urgent", field="advice").delete()
    data = client.get("/api/v1/triage/questionnaire/", {"language": "es"}).json()
    outcomes = {outcome["key"]: outcome for outcome in data["outcomes"]}
    clinic = ClinicSettings.load()
    spanish = clinic.words_in("es")
    assert f"or go to {clinic.urgent_care}." in outcomes["urgent"]["advice"]
    assert spanish.urgent_care not in outcomes["urgent"]["advice"]
    assert spanish.urgent_care in outcomes["urgent_doctor"]["advice"]  # Spanish text, Spanish words
