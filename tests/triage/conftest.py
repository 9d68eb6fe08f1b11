import pytest


@pytest.fixture
def spanish(settings):
    """Spanish among the portal's languages (the i18n branch adds it for good)."""
    if "es" not in dict(settings.LANGUAGES):
        settings.LANGUAGES = [*settings.LANGUAGES, ("es", "Español")]
