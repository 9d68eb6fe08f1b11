"""The triage result in the US locale (CLINICAL.md 3.1 "US locale,
details"): dates in US order on the page and its PDF, numbers with their unit in the
right singular or plural in both languages, and "call the clinic at", never "phone ... on"."""

import datetime
import io

import pytest
from django.utils import timezone
from pypdf import PdfReader

from clinic.models import ClinicSettings
from tests.triage.answers import answers
from tests.triage.spanish import es_get, es_post
from triage.models import Submission

pytestmark = pytest.mark.django_db

URL = "/triage/"
ANSWERED = timezone.make_aware(datetime.datetime(2026, 12, 7, 15, 30))


def _text(response) -> str:
    if response["Content-Type"] == "application/pdf":
        reader = PdfReader(io.BytesIO(response.content))
        return " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    return " ".join(response.content.decode().split())


def _result(client, *, spanish: bool, **overrides):
    """(page, PDF) of a result answered on December 7, 2026, as the patient reads them."""
    data = answers(**overrides)
    response = es_post(client, URL, data) if spanish else client.post(URL, data)
    assert response.status_code == 302, response.content.decode()[:1500]
    submission = Submission.objects.latest("created")
    Submission.objects.filter(pk=submission.pk).update(created=ANSWERED)
    get = (lambda path: es_get(client, path)) if spanish else client.get
    page = get(response["Location"])
    pdf = get(f"{response['Location']}handout.pdf")
    assert page.status_code == 200 and pdf.status_code == 200
    return _text(page), _text(pdf)


def test_english_dates_in_us_order_on_the_result_page_and_its_pdf(client, demo):
    for text in _result(client, spanish=False):
        assert "Answered on December 7, 2026" in text
        assert "7 December 2026" not in text


def test_spanish_dates_in_spanish_order(client, demo, spanish):
    for text in _result(client, spanish=True):
        assert "7 de diciembre de 2026" in text
        assert "December" not in text


@pytest.mark.parametrize(
    ("days", "english", "spanish_words"), [(1, "1 day", "1 día"), (3, "3 days", "3 días")]
)
def test_the_answers_say_one_day_and_more_days(client, demo, spanish, days, english, spanish_words):
    page, pdf = _result(client, spanish=False, days_since_start=days)
    for text in (page, pdf):
        assert english in text
        assert "1 days" not in text
    page, pdf = _result(client, spanish=True, days_since_start=days)
    for text in (page, pdf):
        assert spanish_words in text
        assert "1 días" not in text


def test_the_pdf_says_call_the_clinic_at(client, demo):
    clinic = ClinicSettings.load()
    _page, pdf = _result(client, spanish=False)
    assert f"Questions? Call {clinic.name} at {clinic.phone}." in pdf
    assert " on (" not in pdf and "Phone us on" not in pdf
