"""Staff translate a questionnaire version in the admin: each English
text beside its Spanish box; missing and out-of-date texts flagged and counted."""

import pytest
from django.urls import reverse

from triage import services, texts
from triage.defaults import spanish as shipped
from triage.models import PartKind, QuestionnaireStatus, Translation

# The shipped Spanish texts: 133, and one per warning sign (13 in v3, 28 in v3.1).

pytestmark = pytest.mark.django_db


def _draft():
    return services.questionnaire_clone(questionnaire=services.published_questionnaire())


def _page_url(questionnaire, language="es"):
    return reverse("admin:triage_questionnaire_translations", args=[questionnaire.pk, language])


def _form_data(response):
    """What the page would post back unchanged: every box and hidden English."""
    form = response.context["form"]
    data = {}
    for item, field, _confirm in form.rows():
        data[field.html_name] = field.value() or ""
        data["seen:" + item.source.name] = item.source.text
    return data


def test_a_changed_english_text_is_flagged_out_of_date_on_the_questionnaire(
    client, demo, reviewer, spanish
):
    draft = _draft()
    question = draft.questions.get(key="fever")
    question.text = "Do you have a fever (38°C or higher)?"
    question.save()
    draft.translations.filter(part=PartKind.QUESTION, key="pop", field="text").delete()
    client.force_login(reviewer)
    html = client.get(
        reverse("admin:triage_questionnaire_change", args=[draft.pk])
    ).content.decode()
    summary = html[html.index('data-language="es"') :]
    assert '<span data-count="out_of_date">1</span> out of date' in summary
    assert '<span data-count="missing">1</span> missing' in summary
    assert 'data-status="out_of_date"' in summary and "Question fever: text" in summary
    assert 'data-status="missing"' in summary and "Question pop: text" in summary
    assert _page_url(draft) in summary
    # The shipped version has every text up to date.
    published = services.published_questionnaire()
    html = client.get(
        reverse("admin:triage_questionnaire_change", args=[published.pk])
    ).content.decode()
    assert '<span data-count="out_of_date">0</span> out of date' in html
    assert '<span data-count="missing">0</span> missing' in html


def test_the_page_shows_each_english_text_beside_a_spanish_box(client, demo, reviewer, spanish):
    draft = _draft()
    client.force_login(reviewer)
    response = client.get(_page_url(draft))
    assert response.status_code == 200
    html = response.content.decode()
    assert "How old are you?" in html
    assert (
        f'lang="es" rows="2" cols="60" maxlength="250">{shipped.QUESTIONS["age"]["text"]}' in html
    )
    assert "Call {emergency_number} now, or go to the emergency room" in html
    assert shipped.OUTCOMES["emergency"]["headline"] in html
    shipped_texts = len(texts.english_texts(draft))  # each has its Spanish
    assert response.context["counts"] == {
        "up_to_date": shipped_texts,
        "out_of_date": 0,
        "missing": 0,
    }


def test_saving_records_the_english_it_was_written_from(client, demo, reviewer, spanish):
    draft = _draft()
    question = draft.questions.get(key="fever")
    question.text = "Do you have a fever (38°C or higher)?"
    question.save()
    client.force_login(reviewer)
    url = _page_url(draft)
    data = _form_data(client.get(url))
    # Saving the page untouched keeps the out-of-date text out of date.
    assert client.post(url, data).status_code == 302
    row = draft.translations.get(part="question", key="fever", field="text")
    assert row.source_text != question.text
    data["question:fever:text"] = "¿Tiene fiebre (38 °C o más)?"
    response = client.post(url, data, follow=True)
    assert "Saved: 1 texts changed." in response.content.decode()
    row.refresh_from_db()
    assert row.text == "¿Tiene fiebre (38 °C o más)?" and row.source_text == question.text
    assert response.context["counts"]["out_of_date"] == 0


def test_confirming_an_unchanged_translation_clears_the_flag(client, demo, reviewer, spanish):
    draft = _draft()
    question = draft.questions.get(key="calf")
    question.text = "Is one calf swollen, warm, or painful?"  # a comma, same meaning
    question.save()
    client.force_login(reviewer)
    url = _page_url(draft)
    response = client.get(url)
    assert response.context["counts"]["out_of_date"] == 1
    assert "It was written from:" in response.content.decode()
    data = {**_form_data(response), "confirm:question:calf:text": "on"}
    response = client.post(url, data, follow=True)
    assert response.context["counts"]["out_of_date"] == 0
    row = draft.translations.get(part="question", key="calf", field="text")
    assert row.text == shipped.QUESTIONS["calf"]["text"] and row.source_text == question.text


def test_errors_are_shown_on_their_fields_and_nothing_typed_is_lost(
    client, demo, reviewer, spanish
):
    draft = _draft()
    client.force_login(reviewer)
    url = _page_url(draft)
    data = _form_data(client.get(url))
    data["outcome:emergency:headline"] = "Llame al número de emergencias ahora"
    data["outcome:routine:safety_net"] = "Llame al {telefono} si empeora."
    data["question:age:text"] = "¿Edad? " * 40  # longer than the question's 250 characters
    data["question:pop:text"] = "¿Oyó un chasquido cuando pasó?"  # a good edit
    response = client.post(url, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Nothing was saved." in html
    assert "Keep {emergency_number}: the clinic&#x27;s details are filled in there." in html
    assert "Keep {clinic_phone}" in html and "{telefono} is not in the English text." in html
    assert "Ensure this value has at most 250 characters" in html
    assert 'aria-invalid="true"' in html and 'href="#id_outcome:emergency:headline"' in html
    # Everything typed is back on the screen, and nothing was stored.
    assert ">Llame al número de emergencias ahora</textarea>" in html
    assert ">¿Oyó un chasquido cuando pasó?</textarea>" in html
    assert (
        draft.translations.get(part="question", key="pop", field="text").text
        == shipped.QUESTIONS["pop"]["text"]
    )


def test_an_english_change_while_translating_is_caught(client, demo, reviewer, spanish):
    draft = _draft()
    client.force_login(reviewer)
    url = _page_url(draft)
    data = _form_data(client.get(url))
    question = draft.questions.get(key="locked")
    question.text = "Is your knee stuck so it will not straighten all the way?"
    question.save()
    data["question:locked:text"] = "¿Tiene la rodilla trabada?"
    response = client.post(url, data)
    assert response.status_code == 400
    assert "Someone changed the English text while you were working." in response.content.decode()
    assert question.text in response.content.decode()  # the new English is shown


def test_a_published_version_is_read_only(client, demo, reviewer, spanish):
    published = services.published_questionnaire()
    client.force_login(reviewer)
    url = _page_url(published)
    response = client.get(url)
    assert response.status_code == 200 and not response.context["editable"]
    assert "This version is read-only" in response.content.decode()
    data = {**_form_data(response), "question:age:text": "¿Edad?"}
    assert client.post(url, data).status_code == 403
    assert (
        Translation.objects.get(
            questionnaire=published, part="question", key="age", field="text"
        ).text
        == (shipped.QUESTIONS["age"]["text"])
    )


def test_an_unknown_language_is_404(client, demo, reviewer, spanish):
    client.force_login(reviewer)
    assert client.get(_page_url(services.published_questionnaire(), "xx")).status_code == 404


def test_shipped_spanish_texts_can_be_filled_into_a_draft(client, demo, reviewer, spanish):
    draft = _draft()
    draft.translations.filter(part=PartKind.OUTCOME).delete()
    client.force_login(reviewer)
    response = client.post(_page_url(draft), {"fill_defaults": "1"}, follow=True)
    assert "Added 18 shipped texts where there were none." in response.content.decode()
    assert response.context["counts"]["missing"] == 0


def test_clone_copies_the_translations_up_to_date(demo, spanish):
    published = services.published_questionnaire()
    draft = _draft()
    assert draft.translations.count() == published.translations.count()
    assert draft.translations.count() == len(texts.english_texts(draft))
    rule = draft.rules.get(name="Knee locked")
    assert (
        draft.translations.get(part="rule", key=rule.key, field="reason").text
        == (shipped.RULE_REASONS["Knee locked"])
    )
    draft = services.questionnaire_with_parts(language="es").get(pk=draft.pk)
    assert {t.status for t in texts.statuses(draft, "es")} == {texts.UP_TO_DATE}


def test_publishing_warns_about_texts_patients_will_see_in_english(client, demo, reviewer, spanish):
    draft = _draft()
    draft.translations.filter(part=PartKind.SAFETY_NET).delete()
    client.force_login(reviewer)
    response = client.post(
        reverse("admin:triage_questionnaire_publish", args=[draft.pk]), follow=True
    )
    html = response.content.decode()
    assert "Published." in html
    missing = len(shipped.SAFETY_NET)
    assert (
        f"{missing} texts are missing or out of date. Patients see the English text for those."
        in html
    )
    draft.refresh_from_db()
    assert draft.status == QuestionnaireStatus.PUBLISHED
