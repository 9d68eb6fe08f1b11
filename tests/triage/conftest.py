import pytest
from django.db import transaction

from triage import engine
from triage.demo import add_default_questionnaire
from triage.models import Questionnaire


@pytest.fixture
def spanish(settings):
    """Spanish among the portal's languages (the i18n branch adds it for good)."""
    if "es" not in dict(settings.LANGUAGES):
        settings.LANGUAGES = [*settings.LANGUAGES, ("es", "Español")]


@pytest.fixture(scope="session")
def shipped_spec(django_db_setup, django_db_blocker) -> engine.Questionnaire:
    """The shipped default questionnaire as engine data, the way the app gets it.

    Loaded with the one loader (``triage.demo``) and read back through the
    models' own conversion, so tests check what patients are served, not a
    second copy of the conversion. The rows are rolled back: the test database
    stays as it was; what is returned is plain frozen data.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        loaded = add_default_questionnaire(publish=False, is_demo=True)
        spec = Questionnaire.objects.get(pk=loaded.pk).to_engine()
        transaction.set_rollback(True)
    return spec
