import pytest

from clinic.models import ClinicSettings
from tests.factories import ConditionTranslationFactory

pytestmark = pytest.mark.django_db


def test_outlook_shows_in_english_and_spanish(client):
    ClinicSettings.load()
    translation = ConditionTranslationFactory(
        published=True, outlook="<p>Se cura en semanas.</p>"
    )
    source = translation.source
    source.outlook = "<p>It heals in weeks.</p>"
    source.save()
    assert "It heals in weeks." in client.get(source.get_absolute_url()).content.decode()
    assert "Se cura en semanas." in client.get(f"/es{source.get_absolute_url()}").content.decode()
