"""schema.org JSON-LD on article, condition and home pages."""

import datetime
import json
import re

import pytest

from clinic.models import ClinicSettings
from tests.factories import ArticleFactory, ConditionFactory

pytestmark = pytest.mark.django_db

LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld(client, url) -> dict:
    html = client.get(url).content.decode()
    found = LD.findall(html)
    assert len(found) == 1, found
    return json.loads(found[0])


def test_a_condition_page_describes_the_condition_and_its_codes(client):
    clinic = ClinicSettings.load()
    condition = ConditionFactory(
        published=True,
        title="Knee osteoarthritis",
        icd10_codes="M17.11 M17.12",
        also_known_as="Wear and tear\nKnee arthritis",
        reviewed_on=datetime.date(2026, 10, 1),
        is_demo=False,
    )
    data = json_ld(client, condition.get_absolute_url())
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "MedicalWebPage"
    assert data["name"] == "Knee osteoarthritis"
    assert data["url"] == "http://testserver" + condition.get_absolute_url()
    assert data["audience"] == {"@type": "Patient"}
    assert data["inLanguage"] == "en"
    assert data["lastReviewed"] == "2026-10-01"  # the date the page shows
    assert 'datetime="2026-10-01"' in client.get(condition.get_absolute_url()).content.decode()
    assert data["reviewedBy"]["@type"] == "MedicalClinic"
    assert data["reviewedBy"]["name"] == clinic.name  # the clinic, never a person
    about = data["about"]
    assert about["@type"] == "MedicalCondition"
    assert about["alternateName"] == ["Wear and tear", "Knee arthritis"]
    assert [c["codeValue"] for c in about["code"]] == condition.codes == ["M17.11", "M17.12"]
    assert {c["codingSystem"] for c in about["code"]} == {"ICD-10-CM"}


def test_an_article_page_and_dates_nobody_gave(client):
    article = ArticleFactory(published=True, title="Ice and rest", is_demo=True)
    data = json_ld(client, article.get_absolute_url())
    assert data["@type"] == "MedicalWebPage"
    assert "about" not in data
    # Demo content shows no review date on the page, and none here either.
    assert "lastReviewed" not in data and "reviewedBy" not in data


def test_the_data_cannot_end_its_element(client):
    article = ArticleFactory(published=True, title="Knees </script><script>alert(1)</script> & you")
    html = client.get(article.get_absolute_url()).content.decode()
    block = LD.findall(html)[0]
    assert "</script" not in block and "<script" not in block
    assert json.loads(block)["name"] == "Knees </script><script>alert(1)</script> & you"


def test_the_home_page_describes_the_clinic(client):
    clinic = ClinicSettings.load()
    clinic.phone = "(312) 555-0199"
    clinic.address = "1 Main Street\nChicago, IL"
    clinic.save()
    data = json_ld(client, "/")
    assert data["@type"] == "MedicalClinic"
    assert data["name"] == clinic.name
    assert data["telephone"] == "(312) 555-0199"
    assert data["address"] == "1 Main Street Chicago, IL"


def test_a_spanish_page_says_the_language_of_its_words(client):
    from tests.factories import ConditionTranslationFactory

    spanish = ConditionTranslationFactory(
        published=True, title="Artrosis de rodilla", source__icd10_codes="M17.11"
    )
    url = "/es" + spanish.source.get_absolute_url()
    data = json_ld(client, url)
    assert (data["inLanguage"], data["name"], data["url"]) == (
        "es",
        "Artrosis de rodilla",
        "http://testserver" + url,
    )
    assert data["about"]["name"] == "Artrosis de rodilla"
    assert [c["codeValue"] for c in data["about"]["code"]] == ["M17.11"]
    # No live Spanish page: the English words, so English.
    untranslated = ArticleFactory(published=True)
    data = json_ld(client, "/es" + untranslated.get_absolute_url())
    assert (data["inLanguage"], data["name"]) == ("en", untranslated.title)
