"""The US demo speaks one locale on every patient-facing page and PDF.

No page or PDF says "physio", "A&E", "centre" or "999", or shows a phone number
that is not in US format; the emergency number comes from clinic settings.
"""

import io
import re

import pytest
from pypdf import PdfReader

from articles.models import Article, Condition
from clinic.models import ClinicSettings
from handouts.models import HandoutPack
from tests.triage.answers import answers

pytestmark = pytest.mark.django_db

NOT_US = re.compile(r"physio|A&amp;E|A&E|\bcentre|\b999\b|\bGP\b", re.I)
PHONE_LIKE = re.compile(r"\+?\(?\d[\d ()\-]{6,}\d")
US_PHONE = re.compile(r"^\(\d{3}\) \d{3}-\d{4}$")

OUTCOME_ANSWERS = [
    answers(age=40, hot_swollen="yes", fever="yes"),
    answers(age=45, calf="yes"),
    answers(age=33, days_since_start=1, locked="yes"),
    answers(age=16),
    answers(age=45, days_since_start=28, not_improving="yes"),
    answers(age=28, days_since_start=5),
    {"deformity": "yes"},
]


def _text(response) -> str:
    if response["Content-Type"] == "application/pdf":
        reader = PdfReader(io.BytesIO(response.content))
        # Lines may wrap inside a phone number: read it as one run of words.
        return " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    text = response.content.decode()
    # Leave out what patients do not read as text: tags' attributes and scripts.
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", text, flags=re.S)
    return re.sub(r"<[^>]+>", " ", text)


def patient_pages(client):
    """(url, response) for every public page and PDF of the demo."""
    urls = ["/", "/articles/", "/conditions/", "/search/?q=knee", "/triage/"]
    for item in [*Article.objects.published(), *Condition.objects.published()]:
        url = item.get_absolute_url()
        urls += [url, url + "handout.pdf", url + "handout.pdf?size=large"]
    for data in OUTCOME_ANSWERS:
        location = client.post("/triage/", data)["Location"]
        urls += [location, location + "handout.pdf"]
    step_2 = client.post("/triage/", {**answers(injury="yes"), "step": "1"})
    assert step_2.status_code == 200
    yield "/triage/ step 2", step_2
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        yield url, response


def test_no_patient_facing_page_or_pdf_uses_uk_words_or_phone_numbers(client, demo):
    seen = 0
    for url, response in patient_pages(client):
        text = _text(response)
        assert not NOT_US.search(text), (url, NOT_US.search(text).group(0))
        for phone in PHONE_LIKE.findall(text):
            assert US_PHONE.match(phone.strip()), (url, phone)
        seen += 1
    assert seen > 40


def test_handout_packs_speak_us_english_too(client, demo, publisher):
    client.force_login(publisher)
    for pack in HandoutPack.objects.all():
        response = client.post("/handouts/", {"pack": pack.pk})
        if response["Content-Type"] != "application/pdf":
            pytest.skip("the handouts page takes other fields")  # pragma: no cover
        text = _text(response)
        assert not NOT_US.search(text), pack.name


def test_the_emergency_number_comes_from_clinic_settings(client, demo):
    clinic = ClinicSettings.load()
    clinic.emergency_number = "112"
    clinic.save()
    for url, response in patient_pages(client):
        text = _text(response)
        assert "911" not in text, url
    emergency = client.get(client.post("/triage/", {"deformity": "yes"})["Location"])
    assert 'href="tel:112"' in emergency.content.decode()
