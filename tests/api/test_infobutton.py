"""The Infobutton knowledge request (HL7 URL-based, as MedlinePlus Connect)."""

import io
import xml.etree.ElementTree as ET

import pytest
from pypdf import PdfReader

from api import infobutton
from api.problems import ParameterProblem
from articles.models import ConditionTranslation
from tests.api.conftest import ICD10, SNOMED
from tests.factories import ConditionFactory, ConditionTranslationFactory

ATOM = "{http://www.w3.org/2005/Atom}"
URL = "/api/infobutton/"


def ask(client, *codes, system=ICD10, **params):
    data = {"mainSearchCriteria.v.c": list(codes), **params}
    if system:
        data["mainSearchCriteria.v.cs"] = system
    return client.get(URL, data)


def slugs(response) -> list[str]:
    return [
        entry["url"].rstrip("/").rsplit("/", 1)[1] for entry in response.json()["feed"]["entry"]
    ]


# The acceptance tests, on the demo content -------------------------------------


def test_m17_11_finds_knee_osteoarthritis_with_its_handouts(client, demo):
    response = ask(client, "M17.11")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    feed = response.json()["feed"]
    [entry] = feed["entry"]
    assert entry["title"] == "Knee osteoarthritis"
    assert entry["url"] == "http://testserver/conditions/knee-osteoarthritis/"
    assert entry["handout_pdf"] == "http://testserver/conditions/knee-osteoarthritis/handout.pdf"
    assert entry["handout_pdf_large_print"] == entry["handout_pdf"] + "?size=large"
    assert entry["summary"].startswith("Arthritis in the knee")
    assert entry["language"] == "en"
    # Demo content: nobody reviewed it, so no date (as the page says).
    assert entry["last_reviewed"] is None
    assert "M17.11" in entry["icd10_codes"]
    assert feed["request"] == {
        "codes": ["M17.11"],
        "code_system": ICD10,
        "display_name": "",
        "language": "en",
    }
    # The handout links work.
    pdf = client.get(entry["handout_pdf"].removeprefix("http://testserver"))
    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"


def test_the_same_request_as_an_atom_feed_that_parses(client, demo):
    response = ask(client, "M17.11", knowledgeResponseType="text/xml")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/xml; charset=utf-8"
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    for required in ("id", "title", "updated", "author"):
        assert feed.find(f"{ATOM}{required}") is not None, required
    [entry] = feed.findall(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}title") == "Knee osteoarthritis"
    assert entry.findtext(f"{ATOM}summary").startswith("Arthritis in the knee")
    links = {(link.get("rel"), link.get("type")): link for link in entry.findall(f"{ATOM}link")}
    assert links["alternate", "text/html"].get("href") == (
        "http://testserver/conditions/knee-osteoarthritis/"
    )
    pdfs = sorted(
        link.get("href")
        for link in entry.findall(f"{ATOM}link")
        if link.get("type") == "application/pdf"
    )
    assert pdfs == [
        "http://testserver/conditions/knee-osteoarthritis/handout.pdf",
        "http://testserver/conditions/knee-osteoarthritis/handout.pdf?size=large",
    ]
    assert "M17.11" in [c.get("term") for c in entry.findall(f"{ATOM}category")]
    # No review date for demo content.
    assert entry.find("{https://schema.org/}lastReviewed") is None


def test_s83_511a_finds_the_ligament_sprain(client, demo):
    assert slugs(ask(client, "S83.511A")) == ["knee-ligament-sprain"]


def test_an_unknown_code_falls_back_to_the_display_name(client, demo):
    response = ask(client, "Z99.89", **{"mainSearchCriteria.v.dn": "meniscus"})
    assert slugs(response) == ["meniscus-tear"]


def test_a_snomed_code_answers_an_empty_feed(client, demo):
    # 239873007: osteoarthritis of knee, in SNOMED CT.
    response = ask(client, "239873007", system=SNOMED)
    assert response.status_code == 200
    assert response.json()["feed"]["entry"] == []
    atom = ask(client, "239873007", system=SNOMED, knowledgeResponseType="text/xml")
    assert atom.status_code == 200
    assert ET.fromstring(atom.content).findall(f"{ATOM}entry") == []


# How codes match ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("M17.11", ["knee-osteoarthritis"]),
        ("m17.11", ["knee-osteoarthritis"]),
        ("M1711", ["knee-osteoarthritis"]),
        (" M17.11 ", ["knee-osteoarthritis"]),
        ("M17", ["knee-osteoarthritis"]),
        ("S83.5", ["knee-ligament-sprain"]),
        ("s835", ["knee-ligament-sprain"]),
        ("S83.511A", ["knee-ligament-sprain"]),
        ("S83.2", ["meniscus-tear"]),
        ("M22.2X1", ["patellofemoral-pain-syndrome"]),
        # More precise than any stored code: a stored category (S83.51) would match,
        # S83.511 alone matches S83.511A by prefix.
        ("S83.511", ["knee-ligament-sprain"]),
        ("Z99.89", []),
    ],
)
def test_codes_match_exactly_or_by_prefix_in_any_case_with_or_without_the_dot(
    client, demo, code, expected
):
    assert slugs(ask(client, code)) == expected


def test_a_more_precise_code_finds_a_condition_coded_with_its_category(client, clinic):
    ConditionFactory(slug="coded-by-category", icd10_codes="M23.2", published=True)
    assert slugs(ask(client, "M23.21")) == ["coded-by-category"]
    assert slugs(ask(client, "M23.3")) == []


def test_several_codes_find_each_condition_once(client, demo):
    response = ask(client, "M17.11", "S83.511A", "M17.12")
    assert slugs(response) == ["knee-ligament-sprain", "knee-osteoarthritis"]


def test_display_name_alone_and_in_icd_words(client, demo):
    assert slugs(client.get(URL, {"mainSearchCriteria.v.dn": "meniscus"})) == ["meniscus-tear"]
    words = "Unilateral primary osteoarthritis, right knee"
    assert slugs(ask(client, "Z99", **{"mainSearchCriteria.v.dn": words})) == [
        "knee-osteoarthritis"
    ]
    assert slugs(client.get(URL, {"mainSearchCriteria.v.dn": "Runner's knee"}))[0] == (
        "patellofemoral-pain-syndrome"
    )
    assert slugs(client.get(URL, {"mainSearchCriteria.v.dn": "gout"})) == []


def test_a_matching_code_wins_over_the_display_name(client, demo):
    response = ask(client, "M17.11", **{"mainSearchCriteria.v.dn": "meniscus"})
    assert slugs(response) == ["knee-osteoarthritis"]


def test_another_code_system_ignores_the_display_name(client, demo):
    response = ask(client, "239873007", system=SNOMED, **{"mainSearchCriteria.v.dn": "meniscus"})
    assert response.json()["feed"]["entry"] == []


def test_a_reviewed_condition_gives_its_review_date(client, clinic):
    condition = ConditionFactory(icd10_codes="M17.11", published=True)
    [entry] = ask(client, "M17.11").json()["feed"]["entry"]
    assert entry["last_reviewed"] == condition.reviewed_on.isoformat()
    atom = ET.fromstring(ask(client, "M17.11", knowledgeResponseType="text/xml").content)
    assert atom.find(f"{ATOM}entry/{{https://schema.org/}}lastReviewed").text == (
        condition.reviewed_on.isoformat()
    )


# Languages ----------------------------------------------------------------------


@pytest.mark.parametrize("language", ["es", "ES", "es-MX"])
def test_spanish_answers_the_live_spanish_page_and_its_spanish_handouts(client, demo, language):
    translated = ConditionTranslation.objects.published().get(source__slug="knee-osteoarthritis")
    response = ask(client, "M17.11", **{"informationRecipient.languageCode.c": language})
    assert response.status_code == 200
    feed = response.json()["feed"]
    assert feed["request"]["language"] == "es"
    [entry] = feed["entry"]
    assert entry["language"] == "es"
    assert entry["title"] == translated.title != translated.source.title
    assert entry["summary"] == translated.summary
    assert entry["url"] == "http://testserver/es/conditions/knee-osteoarthritis/"
    assert entry["handout_pdf"] == entry["url"] + "handout.pdf"
    assert client.get(entry["url"]).status_code == 200
    pdf = client.get(entry["handout_pdf"])
    assert pdf.status_code == 200
    assert PdfReader(io.BytesIO(pdf.content)).trailer["/Root"]["/Lang"] == "es"
    atom = ET.fromstring(
        ask(
            client,
            "M17.11",
            knowledgeResponseType="text/xml",
            **{"informationRecipient.languageCode.c": language},
        ).content
    )
    assert atom.find(f"{ATOM}entry").get("{http://www.w3.org/XML/1998/namespace}lang") == "es"
    assert atom.find(f"{ATOM}entry/{ATOM}title").text == translated.title


def test_a_condition_without_a_live_spanish_page_answers_its_english_page(client, clinic):
    condition = ConditionFactory(published=True, icd10_codes="M22.2")
    ConditionTranslationFactory(source=condition)  # a draft: not live
    [entry] = infobutton.entries_for([condition], language="es", absolute=lambda p: "https://x" + p)
    assert entry["url"] == f"https://x/conditions/{condition.slug}/"
    assert (entry["title"], entry["language"]) == (condition.title, "en")
    response = ask(client, "M22.2", **{"informationRecipient.languageCode.c": "es"})
    assert [e["language"] for e in response.json()["feed"]["entry"]] == ["en"]


def test_english_asks_get_english_pages_when_a_translation_exists(client, clinic):
    spanish = ConditionTranslationFactory(published=True, source__icd10_codes="M22.2")
    [entry] = ask(client, "M22.2").json()["feed"]["entry"]
    assert (entry["title"], entry["language"]) == (spanish.source.title, "en")
    assert "/es/" not in entry["url"] + entry["handout_pdf"]


# Bad requests (pure parsing) ------------------------------------------------------


class Params(dict):
    def getlist(self, name):
        value = self.get(name, [])
        return value if isinstance(value, list) else [value]


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({}, "mainSearchCriteria.v.c"),
        ({"mainSearchCriteria.v.c": "M17.11"}, "mainSearchCriteria.v.cs"),
        ({"mainSearchCriteria.v.c": "17", "mainSearchCriteria.v.cs": ICD10}, "mainSearchCriteria.v.c"),
        ({"mainSearchCriteria.v.c": "M17.11", "mainSearchCriteria.v.cs": "icd10"}, "mainSearchCriteria.v.cs"),
        ({"mainSearchCriteria.v.c": "M17\x00", "mainSearchCriteria.v.cs": ICD10}, "mainSearchCriteria.v.c"),
        ({"mainSearchCriteria.v.c": "M" * 21, "mainSearchCriteria.v.cs": ICD10}, "mainSearchCriteria.v.c"),
        ({"mainSearchCriteria.v.c": ["M17"] * 21, "mainSearchCriteria.v.cs": ICD10}, "mainSearchCriteria.v.c"),
        ({"mainSearchCriteria.v.dn": "x" * 201}, "mainSearchCriteria.v.dn"),
        ({"mainSearchCriteria.v.dn": "knee", "informationRecipient.languageCode.c": "fr"}, "informationRecipient.languageCode.c"),
        ({"mainSearchCriteria.v.dn": "knee", "knowledgeResponseType": "text/html"}, "knowledgeResponseType"),
        ({"mainSearchCriteria.v.dn": ["knee", "hip"]}, "mainSearchCriteria.v.dn"),
    ],
)  # fmt: skip
def test_bad_parameters_are_named(params, parameter):
    with pytest.raises(ParameterProblem) as raised:
        infobutton.parse(Params(params))
    assert list(raised.value.detail) == [parameter]


def test_a_bad_request_is_a_problem_naming_the_parameter(client, clinic):
    response = ask(client, "17")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == 400
    assert problem["parameter"] == "mainSearchCriteria.v.c"
    assert "17" in problem["detail"]
    assert problem["type"] == "/api/problems/invalid-parameter/"
    described = client.get(problem["type"])
    assert described.status_code == 200
    assert described.json()["type"] == problem["type"]


def test_parameters_we_do_not_use_are_ignored(client, demo):
    response = ask(
        client, "M17.11", **{"patientPerson.administrativeGenderCode.c": "F", "age.v.v": "60"}
    )
    assert slugs(response) == ["knee-osteoarthritis"]


# Control characters pasted from Word ------------------------------------------------


def test_a_vertical_tab_pasted_into_a_title_is_stripped_at_save(client, clinic):
    condition = ConditionFactory(
        slug="pasted", icd10_codes="M23.2", published=True, title="Knee\x0bcap pain"
    )
    condition.summary = "Line one.\x0b\x0cLine two.\nLine three."
    condition.save()
    condition.refresh_from_db()
    assert condition.title == "Knee cap pain"
    assert condition.summary == "Line one. Line two.\nLine three."
    atom = ask(client, "M23.2", knowledgeResponseType="text/xml")
    [entry] = ET.fromstring(atom.content).findall(f"{ATOM}entry")
    assert entry.find(f"{ATOM}title").text == "Knee cap pain"


def test_a_control_character_saved_before_never_reaches_the_atom_feed(client, clinic):
    """Rows written before the stripping (or by SQL) still give well-formed XML."""
    condition = ConditionFactory(slug="old-row", icd10_codes="M23.2", published=True)
    type(condition).objects.filter(pk=condition.pk).update(
        title="Old\x0btitle", summary="Old\x1bsummary"
    )
    atom = ask(client, "M23.2", knowledgeResponseType="text/xml")
    assert atom.status_code == 200
    [entry] = ET.fromstring(atom.content).findall(f"{ATOM}entry")  # parses: valid XML
    assert entry.find(f"{ATOM}title").text == "Old title"
    assert entry.find(f"{ATOM}summary").text == "Old summary"
