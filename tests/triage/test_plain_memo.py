"""What triage keeps in the per-process memo is plain immutable data (tuples,
frozen dataclasses, strings), never model rows or querysets: a page that
changed what it was given would change it for every later request."""

import dataclasses

import pytest
from django.db import models
from django.utils.functional import Promise

from triage import selectors
from triage.models import SafetyNetItem

pytestmark = pytest.mark.django_db


def _plain(value) -> bool:
    if isinstance(value, models.Model | models.QuerySet | list | dict | set):
        return False
    if dataclasses.is_dataclass(value):
        frozen = type(value).__dataclass_params__.frozen
        return frozen and all(_plain(getattr(value, f.name)) for f in dataclasses.fields(value))
    if isinstance(value, tuple | frozenset):
        return all(_plain(item) for item in value)
    return value is None or isinstance(value, str | int | float | bool | Promise)


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_questionnaire_patients_answer_is_kept_as_plain_data(demo, language):
    questionnaire, spec = selectors.patient_questionnaire(language)
    assert questionnaire.questions and spec.rules
    assert _plain(questionnaire) and _plain(spec)


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_warning_signs_are_kept_as_plain_data(demo, language):
    signs = selectors.warning_signs(language)
    assert signs and _plain(signs)


def test_the_check_sees_a_model_row(demo):
    (sign, *_rest) = selectors.warning_signs("en")
    assert not _plain((sign, SafetyNetItem.objects.first()))
    assert not _plain([sign])


def test_the_warning_signs_are_read_once_per_content_version(demo, django_assert_num_queries):
    first = selectors.warning_signs("es")
    with django_assert_num_queries(0):
        assert selectors.warning_signs("es") == first
    sign = SafetyNetItem.objects.published().get(key=first[0].key)
    sign.text = "your knee is green"
    sign.save()  # moves the content version on
    assert selectors.warning_signs("en")[0].text == "your knee is green"


def test_the_safety_net_template_tag_reads_through_the_selector_only():
    """Template tags run no queries of their own: no models, no database."""
    import ast
    import inspect

    from triage.templatetags import safety_net

    tree = ast.parse(inspect.getsource(safety_net))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert "triage.models" not in imported
    assert not any(name.startswith("django.db") for name in imported)
