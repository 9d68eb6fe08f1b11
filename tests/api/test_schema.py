"""The OpenAPI schema validates, and every documented
endpoint answers with the documented shape (problems included)."""

import copy

import pytest
from openapi_schema_validator import OAS30Validator
from openapi_spec_validator import validate

from tests.api.conftest import ICD10, SNOMED
from tests.factories import (
    ConditionFactory,
    ExerciseFactory,
    ExerciseTranslationFactory,
    ProgrammeTemplateFactory,
)

# A request for each documented operation, and a bad one that must be a 400 problem.
REQUESTS = {
    "/api/infobutton/": [
        f"mainSearchCriteria.v.c=M17.11&mainSearchCriteria.v.cs={ICD10}",
        f"mainSearchCriteria.v.c=1&mainSearchCriteria.v.cs={SNOMED}",
        "mainSearchCriteria.v.dn=meniscus&informationRecipient.languageCode.c=es",
    ],
    "/api/v1/articles/": ["", "topic=treatment&page_size=2", "language=es"],
    "/api/v1/articles/{slug}/": ["", "language=es"],
    "/api/v1/conditions/": ["", "onset=injury&icd10=S83", "language=es"],
    "/api/v1/conditions/{slug}/": ["", "language=es"],
    "/api/v1/triage/questionnaire/": ["", "language=es"],
    "/api/v1/exercises/": ["", "stage=early&equipment=none", "language=es"],
    "/api/v1/exercises/{slug}/": ["", "language=es"],
    "/api/v1/exercise-programmes/": ["", "language=es"],
    "/api/v1/exercise-programmes/{slug}/": ["", "language=es"],
}
# The page each detail address is asked for (exercises: made by the test).
SLUGS = {
    "/api/v1/articles/{slug}/": "how-your-knee-works",
    "/api/v1/conditions/{slug}/": "meniscus-tear",
    "/api/v1/exercises/{slug}/": "schema-exercise",
    "/api/v1/exercise-programmes/{slug}/": "schema-programme",
}
BAD = {
    "/api/infobutton/": "mainSearchCriteria.v.c=M17.11",
    "/api/v1/articles/": "page=0",
    "/api/v1/conditions/": "onset=x",
    "/api/v1/triage/questionnaire/": "language=fr",
    "/api/v1/exercises/": "stage=x",
    "/api/v1/exercise-programmes/": "page_size=0",
}


@pytest.fixture
def schema(client, db):
    response = client.get("/api/schema/?format=json")
    assert response.status_code == 200
    return response.json()


def strict(schema: dict) -> dict:
    """Every object in the schema refuses properties it does not document."""
    schema = copy.deepcopy(schema)

    def walk(node):
        if isinstance(node, dict):
            if "properties" in node:
                node.setdefault("additionalProperties", False)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schema)
    return schema


def assert_matches(data, response_schema: dict, spec: dict) -> None:
    root = {"allOf": [response_schema], "components": strict(spec["components"])}
    validator = OAS30Validator(root, format_checker=OAS30Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(data), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])


def content_schema(spec, path, code, media_type):
    operation = spec["paths"][path]["get"]
    return operation["responses"][code]["content"][media_type]["schema"]


def test_the_schema_is_valid_openapi_3(schema):
    validate(schema)
    assert schema["openapi"].startswith("3.")


def test_it_documents_every_endpoint_and_only_reads(schema):
    assert set(schema["paths"]) == set(REQUESTS)
    for path, operations in schema["paths"].items():
        assert set(operations) - {"parameters"} == {"get"}, path


def test_every_documented_endpoint_answers_with_the_documented_shape(
    client, demo, schema, picture_storage
):
    # One reviewed condition too, so that dates are checked as well as nulls.
    condition = ConditionFactory(slug="reviewed", icd10_codes="M17.11", published=True)
    exercise = ExerciseTranslationFactory(
        source=ExerciseFactory(published=True, slug="schema-exercise", conditions=[condition]),
        published=True,
    ).source
    ProgrammeTemplateFactory(
        published=True, slug="schema-programme", exercises=[exercise], conditions=[condition]
    )
    checked = 0
    for path, queries in REQUESTS.items():
        url = path.replace("{slug}", SLUGS.get(path, ""))
        for query in queries:
            response = client.get(f"{url}?{query}")
            assert response.status_code == 200, (url, query, response.content)
            assert response["Content-Type"] == "application/json"
            assert_matches(
                response.json(), content_schema(schema, path, "200", "application/json"), schema
            )
            checked += 1
    assert checked == 24


def test_problems_have_the_documented_shape(client, demo, schema):
    for path, query in BAD.items():
        response = client.get(f"{path}?{query}")
        assert response.status_code == 400
        assert response["Content-Type"] == "application/problem+json"
        documented = content_schema(schema, path, "400", "application/problem+json")
        assert_matches(response.json(), documented, schema)
    missing = client.get("/api/v1/conditions/no-such-condition/")
    assert missing.status_code == 404
    documented = content_schema(
        schema, "/api/v1/conditions/{slug}/", "404", "application/problem+json"
    )
    assert_matches(missing.json(), documented, schema)


def test_a_wrong_shape_would_fail(schema):
    """The check above can fail: an undocumented field, or a null where none is allowed."""
    documented = content_schema(schema, "/api/v1/articles/{slug}/", "200", "application/json")
    with pytest.raises(AssertionError, match="Additional properties"):
        assert_matches({"surprise": 1}, documented, schema)
    with pytest.raises(AssertionError):
        assert_matches({"slug": None}, documented, schema)


def test_the_atom_answer_is_documented(schema):
    content = schema["paths"]["/api/infobutton/"]["get"]["responses"]["200"]["content"]
    assert set(content) == {"application/json", "text/xml"}
