"""A programme's signed address, and the public pages of a programme and a template."""

import pytest
from django.core import signing

from exercises.dose import Dose
from exercises.programme import (
    SALT,
    InvalidProgramme,
    Programme,
    ProgrammeItem,
    live_programme,
    programme_from_token,
    programme_payload,
    programme_token,
)
from publishing.models import Status
from tests.factories import (
    ExerciseFactory,
    ExerciseTranslationFactory,
    ProgrammeTemplateFactory,
    ProgrammeTemplateTranslationFactory,
)

pytestmark = pytest.mark.django_db

DOSE = Dose(sets=3, repetitions=12, hold_seconds=5, times_a_day=2, days_a_week=5)


@pytest.fixture
def exercises(picture_storage):
    return [ExerciseFactory(published=True, title=f"Exercise {n}") for n in range(3)]


def base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    return (base36(number // 36) if number >= 36 else "") + digits[number % 36]


def programme_of(*exercises, dose=DOSE) -> Programme:
    return Programme(tuple(ProgrammeItem(e.pk, dose) for e in exercises))


def test_the_address_carries_ids_and_doses_only_and_comes_back_the_same(exercises):
    programme = programme_of(*exercises)
    token = programme_token(programme)
    assert programme_from_token(token) == programme
    payload, _signature = token.rsplit(":", 1)
    # Compact: base 36 numbers, nothing else.
    assert payload == "-".join(f"{base36(e.pk)}.3.c.5.2.5" for e in exercises)
    assert len(token) < 60 + 16 * len(exercises)


def test_the_signature_is_the_programmes_own():
    """A value signed for something else (the default salt) is not a programme."""
    payload = programme_payload(programme_of_ids(5))
    with pytest.raises(InvalidProgramme):
        programme_from_token(signing.Signer().sign(payload))
    assert programme_from_token(signing.Signer(salt=SALT).sign(payload)).exercise_ids == [5]


def test_a_printed_address_still_opens_after_the_secret_key_changes(settings):
    """The old key, kept in DJANGO_SECRET_KEY_FALLBACKS, still checks the printouts'
    addresses; without it they are refused."""
    token = programme_token(programme_of_ids(7))
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "a-new-long-random-secret-key-for-the-clinic-0123456789"
    assert programme_from_token(token).exercise_ids == [7]
    settings.SECRET_KEY_FALLBACKS = []
    with pytest.raises(InvalidProgramme):
        programme_from_token(token)


def programme_of_ids(*ids, dose=DOSE):
    return Programme(tuple(ProgrammeItem(i, dose) for i in ids))


@pytest.mark.parametrize(
    "change",
    [
        lambda t: t.replace(".3.c.", ".4.c.", 1),  # a dose changed
        lambda t: t[:-1] + ("A" if t[-1] != "A" else "B"),  # the signature changed
        lambda t: t.split(":")[0],  # no signature
        lambda t: t[5:],  # cut
        lambda t: "garbage",
        lambda t: "",
        lambda t: t + t,
    ],
)
def test_a_changed_or_garbled_address_is_refused(exercises, change):
    token = programme_token(programme_of(*exercises))
    with pytest.raises(InvalidProgramme):
        programme_from_token(change(token))


@pytest.mark.parametrize(
    "payload",
    [
        "1.0.a.0.1.7",  # 0 sets
        "1.rs.a.0.1.7",  # 1,000 sets
        "1.2.a.0.1.8",  # 8 days a week
        "1.2.a.0.1",  # a number missing
        "1.2.a.0.1.7-1.2.a.0.1.7",  # the same exercise twice
        "1.2.a.0.1.7.9",
        "1.-2.a.0.1.7",
        "1.2.a.0.1.zzzzzzzz",
    ],
)
def test_a_signed_address_outside_the_limits_is_refused(payload):
    with pytest.raises(InvalidProgramme):
        programme_from_token(signing.Signer(salt=SALT).sign(payload))


def test_a_bad_programme_is_never_signed():
    with pytest.raises(InvalidProgramme):
        programme_token(programme_of_ids(1, dose=Dose(0, 10, 0, 1, 7)))
    with pytest.raises(InvalidProgramme):
        programme_token(Programme(()))


@pytest.mark.parametrize("status", [Status.DRAFT, Status.REVIEW, Status.ARCHIVED])
def test_an_exercise_not_live_is_refused(exercises, status):
    token = programme_token(programme_of(*exercises))
    exercises[1].status = status
    exercises[1].save()
    with pytest.raises(InvalidProgramme):
        live_programme(programme_from_token(token), language="en")


def test_the_programme_reads_the_live_words_in_the_language_with_pictures(exercises):
    spanish = ExerciseTranslationFactory(source=exercises[0], published=True)
    entries = live_programme(programme_of(*exercises), language="es")
    assert [e.exercise.title for e in entries] == [spanish.title, "Exercise 1", "Exercise 2"]
    assert [e.language for e in entries] == ["es", "en", "en"]
    first = entries[0]
    assert [use.moment for use in first.pictures] == ["start", "end"]
    assert first.pictures[0].alt == "Inicio: una persona boca arriba"
    assert first.dose_words[0] == "3 sets of 12"


# The public pages ------------------------------------------------------------------


def test_the_programme_page_shows_each_exercise_its_pictures_steps_and_dose(client, exercises):
    token = programme_token(programme_of(*exercises))
    response = client.get(f"/exercises/programme/{token}/")
    assert response.status_code == 200
    page = response.content.decode()
    for exercise in exercises:
        assert exercise.title in page
    assert page.count("<picture>") == 6
    assert page.count('data-dose="3-12-5-2-5"') == 3
    assert "Hold for 5 seconds each time" in page and "5 days a week" in page
    assert "Tighten your thigh." in page
    assert "data-safety-net" in page
    assert 'name="robots" content="noindex' in page


def test_the_programme_page_in_spanish(client, exercises):
    ExerciseTranslationFactory(source=exercises[0], published=True, title="Elevación")
    token = programme_token(programme_of(*exercises))
    page = client.get(f"/es/exercises/programme/{token}/").content.decode()
    assert '<html lang="es">' in page
    assert "Elevación" in page and "3 series de 12" in page
    # An exercise not translated yet is marked as English.
    assert '<span lang="en">Exercise 1</span>' in page


@pytest.mark.parametrize("language", ["", "/es"])
def test_a_changed_address_gets_a_clear_page_with_400(client, exercises, language):
    token = programme_token(programme_of(*exercises))
    response = client.get(f"{language}/exercises/programme/{token.replace('.3.c.', '.9.c.', 1)}/")
    assert response.status_code == 400
    page = response.content.decode()
    assert "Scan the QR code" in page or "Escanee" in page
    assert "data-reason" in page


def test_an_address_naming_an_archived_exercise_gets_400(client, exercises):
    token = programme_token(programme_of(*exercises))
    exercises[2].status = Status.ARCHIVED
    exercises[2].save()
    response = client.get(f"/exercises/programme/{token}/")
    assert response.status_code == 400
    assert "no longer available" in response.content.decode()


def test_a_template_page_shows_its_live_exercises_at_its_doses(client, exercises):
    draft = ExerciseFactory(title="Not ready yet")
    template = ProgrammeTemplateFactory(
        published=True, title="Runner's knee: first 2 weeks", exercises=[*exercises, draft]
    )
    template.items.filter(exercise=exercises[0]).update(sets=4)
    page = client.get(f"/exercises/programmes/{template.slug}/").content.decode()
    assert "Runner&#x27;s knee: first 2 weeks" in page
    assert all(e.title in page for e in exercises) and "Not ready yet" not in page
    assert "4 sets of 10" in page
    assert "data-safety-net" in page


@pytest.mark.parametrize("status", [Status.DRAFT, Status.REVIEW, Status.ARCHIVED])
def test_a_template_not_live_is_404_to_patients_and_previewed_by_staff(
    client, exercises, status, django_user_model
):
    from tests.factories import StaffFactory

    template = ProgrammeTemplateFactory(exercises=exercises, status=status)
    assert client.get(f"/exercises/programmes/{template.slug}/").status_code == 404
    staff = StaffFactory(is_superuser=True)
    client.force_login(staff)
    response = client.get(f"/exercises/programmes/{template.slug}/")
    assert response.status_code == 200
    assert "Preview" in response.content.decode()
    assert "no-store" in response["Cache-Control"]


def test_a_template_page_in_spanish(client, exercises):
    translation = ProgrammeTemplateTranslationFactory(
        source=ProgrammeTemplateFactory(published=True, exercises=exercises), published=True
    )
    page = client.get(f"/es/exercises/programmes/{translation.source.slug}/").content.decode()
    assert translation.title in page


def test_a_template_page_asked_by_staff_first_is_never_what_patients_then_get(client, exercises):
    """As staff first (a preview, a print button), then anonymously: the patient's
    answer is the live page without either."""
    from django.test import Client

    from tests.factories import StaffFactory

    live = ProgrammeTemplateFactory(published=True, exercises=exercises)
    draft = ProgrammeTemplateFactory(exercises=exercises)
    client.force_login(StaffFactory(is_superuser=True))
    builder_link = "/handouts/programme/?template="
    assert builder_link in client.get(f"/exercises/programmes/{live.slug}/").content.decode()
    assert client.get(f"/exercises/programmes/{draft.slug}/").status_code == 200
    patient = Client()
    for _ in range(2):  # the second answer may come from the page cache
        page = patient.get(f"/exercises/programmes/{live.slug}/")
        assert page.status_code == 200 and builder_link not in page.content.decode()
        assert patient.get(f"/exercises/programmes/{draft.slug}/").status_code == 404
