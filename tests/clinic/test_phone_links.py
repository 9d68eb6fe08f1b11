"""Phone numbers a patient can tap: the clinic's own, and any other US number
written in the clinic's words (an after-hours nurse line)."""

import pytest

from clinic.templatetags.phone_links import tel_links

pytestmark = pytest.mark.django_db  # the suite's autouse cache fixture needs the database


class Clinic:
    phone = "(312) 555-0142"
    emergency_number = "911"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Call 911 now.",
            'Call <a class="tel" href="tel:911">911</a> now.',
        ),
        (
            "call the nurse line at (312) 555-0199, or go to the ER",
            'call the nurse line at <a class="tel" href="tel:(312)555-0199">(312) 555-0199</a>, '
            "or go to the ER",
        ),
        (
            "or 312-555-0199 <b>now</b>",
            'or <a class="tel" href="tel:312-555-0199">312-555-0199</a> &lt;b&gt;now&lt;/b&gt;',
        ),
        # Not phone numbers: left alone.
        (
            "a fever of 100.4°F, for 9112 days, code 1-800",
            "a fever of 100.4°F, for 9112 days, code 1-800",
        ),
    ],
)
def test_tel_links(text, expected):
    assert str(tel_links(text, Clinic())) == expected


def test_the_nurse_line_in_the_clinics_words_is_a_link_on_every_safety_net(client, demo):
    html = client.get("/conditions/knee-ligament-sprain/").content.decode()
    assert 'nurse line at <a class="tel" href="tel:(312)555-0199">(312) 555-0199</a>' in html


def test_the_too_many_tries_page_links_both_numbers(client, settings, demo):
    from tests.triage.answers import answers

    settings.TRIAGE_RATE_LIMIT = "1/m"
    client.post("/triage/", answers())
    response = client.post("/triage/", answers())
    assert response.status_code == 429
    html = response.content.decode()
    assert 'href="tel:(312)555-0142"' in html and 'href="tel:911"' in html
