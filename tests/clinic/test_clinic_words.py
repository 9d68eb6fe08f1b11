"""The clinic's words in Spanish: "vaya a {urgent_care}" reads Spanish on Spanish
pages, English pages keep the English words, and staff edit both on the
clinic settings page."""

import pytest
from django.urls import reverse

from articles.models import Article
from clinic.models import ClinicSettings, ClinicWords, ContentVersion
from tests.factories import clinic_settings_post
from triage.defaults import CLINICAL_EXAMPLES
from triage.models import Submission

pytestmark = pytest.mark.django_db

SPANISH = {"urgent_care": "el centro de urgencias de la calle Main", "out_of_hours": "llame al 555"}


def spanish_words():
    return ClinicWords.objects.create(clinic=ClinicSettings.load(), language="es", **SPANISH)


def test_placeholders_follow_the_page_language_and_fall_back_to_english():
    from django.utils import translation

    clinic = ClinicSettings.load()
    with translation.override("es"):
        assert ClinicSettings.load().placeholders()["urgent_care"] == clinic.urgent_care
    spanish_words()
    with translation.override("es"):
        words = ClinicSettings.load().placeholders()
    assert (words["urgent_care"], words["out_of_hours"]) == tuple(SPANISH.values())
    assert ClinicSettings.load().placeholders()["urgent_care"] == clinic.urgent_care


def test_the_words_come_with_the_settings_copy(django_assert_num_queries):
    spanish_words()
    ClinicSettings.load()
    with django_assert_num_queries(0):
        assert ClinicSettings.load().words_in("es").urgent_care == SPANISH["urgent_care"]


def test_the_safety_net_and_the_triage_result_read_spanish_on_spanish_pages(client, demo):
    ClinicWords.objects.filter(language="es").delete()
    spanish_words()
    # The warning signs of the "When to get help" article.
    article = Article.objects.get(topic="when_to_get_help")
    page = client.get(f"/es{article.get_absolute_url()}").content.decode()
    assert f"en la clínica o en {SPANISH['urgent_care']}, si:" in page
    english = client.get(article.get_absolute_url()).content.decode()
    assert SPANISH["urgent_care"] not in english and "at the clinic or urgent care" in english
    # A result whose advice names urgent care and the after-hours route ("get seen today").
    [urgent] = [c["answers"] for c in CLINICAL_EXAMPLES if c["expected"] == "urgent"][:1]
    response = client.post("/es/triage/", {k: str(v) for k, v in urgent.items()})
    assert Submission.objects.get().outcome_key == "urgent"
    result = client.get(response["Location"]).content.decode()
    assert f"vaya a {SPANISH['urgent_care']}" in result
    assert f"Si todo está cerrado, {SPANISH['out_of_hours']}" in result
    assert ">urgent care<" not in result and " urgent care." not in result


def test_staff_write_the_spanish_words_on_the_settings_page(client, publisher):
    url = reverse("admin:clinic_clinicsettings_change", args=[1])
    ClinicSettings.load()
    client.force_login(publisher)
    page = client.get(url).content.decode()
    assert "Where patients go" in page and 'name="words-0-urgent_care"' in page
    version = ContentVersion.current()
    response = client.post(url, clinic_settings_post(words={"es": SPANISH}))
    assert response.status_code == 302
    assert ClinicSettings.load().words_in("es").out_of_hours == SPANISH["out_of_hours"]
    assert ContentVersion.current() > version  # every page and copy of the settings follows
    # A blank Spanish line is explained next to it; nothing else is lost.
    response = client.post(
        url,
        clinic_settings_post(phone="(312) 555-0111", words={"es": {**SPANISH, "urgent_care": ""}}),
    )
    assert response.status_code == 200
    [errors] = [f.errors for f in response.context["inline_admin_formsets"][0].formset.forms]
    assert set(errors) == {"urgent_care"}
    assert ClinicSettings.load().phone != "(312) 555-0111"


def test_the_english_words_can_be_changed_in_the_admin(client, publisher):
    client.force_login(publisher)
    url = reverse("admin:clinic_clinicsettings_change", args=[1])
    ClinicSettings.load()
    response = client.post(url, clinic_settings_post(urgent_care="the walk-in center"))
    assert response.status_code == 302
    assert ClinicSettings.load().placeholders()["urgent_care"] == "the walk-in center"


def test_the_demo_clinic_has_spanish_words(demo):
    words = ClinicSettings.load().words_in("es")
    assert words is not None and "urgencias" in words.urgent_care


def test_changes_to_the_words_in_each_language_are_in_the_audit_trail(client, publisher):
    """Who changed what patients read in Spanish, and when, like any other setting."""
    from audit.models import Action, AuditEvent

    client.force_login(publisher)
    url = reverse("admin:clinic_clinicsettings_change", args=[1])
    ClinicSettings.load()
    assert client.post(url, clinic_settings_post(words={"es": SPANISH})).status_code == 302
    added = AuditEvent.objects.filter(action=Action.SETTINGS).latest("pk")
    assert added.actor == publisher
    assert "(es)" in added.detail and SPANISH["urgent_care"] in added.detail
    changed = {**SPANISH, "out_of_hours": "llame a la línea de enfermería"}
    assert client.post(url, clinic_settings_post(words={"es": changed})).status_code == 302
    event = AuditEvent.objects.filter(action=Action.SETTINGS).latest("pk")
    assert event.pk != added.pk and event.actor == publisher
    assert f"“{SPANISH['out_of_hours']}” → “llame a la línea de enfermería”" in event.detail
    # Saved unchanged: nothing to record.
    assert client.post(url, clinic_settings_post()).status_code == 302
    assert AuditEvent.objects.filter(action=Action.SETTINGS).latest("pk") == event
    ClinicWords.objects.get(language="es").delete()
    removed = AuditEvent.objects.filter(action=Action.SETTINGS).latest("pk")
    assert removed.detail.startswith("Removed") and "(es)" in removed.detail
