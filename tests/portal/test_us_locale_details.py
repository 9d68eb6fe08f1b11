"""The US locale in detail (CLINICAL.md 3.1, "US locale, details"), on every patient-facing
page and PDF of the demo: dates in US order, numbers with their unit in the right
singular or plural, "call the clinic at" (never "phone ... on"), "arthroscopic
surgery" (never "keyhole"), and no ibuprofen gel (not sold over the counter in the US).
"""

import re

import pytest

from tests.portal.test_us_locale import _text, patient_pages

pytestmark = pytest.mark.django_db

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
US_DATE = re.compile(rf"\b(?:{MONTHS}) \d{{1,2}}, \d{{4}}\b")
DAY_FIRST_DATE = re.compile(rf"\b\d{{1,2}} (?:{MONTHS}) \d{{4}}\b")
NOT_US_WORDING = re.compile(
    r"\b1 (?:days|years|weeks|minutes)\b"
    r"|\bphone\b[^.<]{0,80}\bon\s+\(?\d"
    r"|keyhole"
    r"|ibuprofen\w*\s+gel",
    re.IGNORECASE,
)


def test_dates_plurals_and_wording_follow_the_us_locale(client, demo):
    dated = 0
    for url, response in patient_pages(client):
        text = _text(response)
        assert not DAY_FIRST_DATE.search(text), (url, DAY_FIRST_DATE.search(text).group(0))
        found = NOT_US_WORDING.search(text)
        assert not found, (url, found.group(0))
        dated += bool(US_DATE.search(text))
    # Every triage result, on the page and in its PDF, says when it was answered.
    assert dated >= 14
