"""An exercise's PDF (/exercises/<slug>/handout.pdf): its page's body with the
pictures' print renditions (alt text in the page's language), the steps, the
dose, the safety net and a QR code; cached as pages' PDFs are, previews never;
nothing for an exercise patients cannot see."""

import io

import pytest
from pypdf import PdfReader

from articles.models import Status
from clinic.models import ContentVersion
from exercises.models import Exercise
from tests.factories import ExerciseFactory, ExerciseTranslationFactory
from tests.handouts.pictures import image_xobjects, print_picture, tagged_figures
from tests.handouts.test_pictures_in_handouts import no_network  # noqa: F401 - a fixture

pytestmark = pytest.mark.django_db

PRINT_SIZE = (1600, 1000)


def pdf_url(exercise) -> str:
    return f"/exercises/{exercise.slug}/handout.pdf"


def fetch(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"] == "application/pdf"
    return response


def read(response) -> PdfReader:
    return PdfReader(io.BytesIO(response.content))


def text_of(reader) -> str:
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.fixture
def exercise(image_storage):
    return ExerciseFactory(
        published=True,
        title="Heel slide",
        slug="heel-slide",
        steps="Lie on your back.\nSlide your heel toward you.\nSlide it back.",
        sets=3,
        repetitions=12,
        hold_seconds=0,
        times_a_day=2,
        days_a_week=7,
        start_image=print_picture(
            alt="Start: lying with the leg straight", alt_es="Inicio: pierna recta"
        ),
        end_image=print_picture(
            size=(1400, 1000), alt="End: lying with the knee bent", alt_es="Final: rodilla doblada"
        ),
    )


def test_the_pdf_prints_pictures_steps_dose_and_the_safety_net(
    client,
    demo,
    exercise,
    no_network,  # noqa: F811
):
    reader = read(fetch(client, pdf_url(exercise)))
    assert PRINT_SIZE in image_xobjects(reader) and (1400, 1000) in image_xobjects(reader)
    assert [f["alt"] for f in tagged_figures(reader)] == [
        "Start: lying with the leg straight",
        "End: lying with the knee bent",
    ]
    words = text_of(reader)
    for expected in (
        "Heel slide",
        "Lie on your back. Slide your heel toward you. Slide it back.",
        "3 sets of 12",
        "2 times a day",
        "Every day",
        "Stop and get help if",
    ):
        assert expected in words, expected
    assert "1. 2. 3." in words  # the steps' numbers (a list's markers come apart)
    assert "testserver/exercises/heel-slide" in words  # the address by the QR code
    assert no_network == []


def test_the_spanish_pdf_prints_the_translation_and_spanish_alt_text(client, exercise):
    ExerciseTranslationFactory(source=exercise, published=True, title="Deslizamiento de talón")
    reader = read(fetch(client, f"/es{pdf_url(exercise)}"))
    assert "Deslizamiento de talón" in text_of(reader)
    assert "3 series de 12" in text_of(reader)
    assert [f["alt"] for f in tagged_figures(reader)] == [
        "Inicio: pierna recta",
        "Final: rodilla doblada",
    ]


def test_a_second_request_is_served_from_the_cache_and_an_edit_renews_it(client, exercise):
    url = pdf_url(exercise)
    assert fetch(client, url)["X-Handout-Cache"] == "miss"
    assert fetch(client, url)["X-Handout-Cache"] == "hit"
    assert fetch(client, url, size="large")["X-Handout-Cache"] == "miss"
    Exercise.objects.filter(pk=exercise.pk).update(summary="Words after an edit.")
    exercise.refresh_from_db()
    exercise.save()
    ContentVersion.bump()
    response = fetch(client, url)
    assert response["X-Handout-Cache"] == "miss"
    assert "Words after an edit." in text_of(read(response))


@pytest.mark.parametrize("status", [Status.DRAFT, Status.REVIEW, Status.ARCHIVED])
def test_an_exercise_not_live_has_no_public_pdf_and_staff_get_a_preview_never_kept(
    client, author, status, image_storage
):
    hidden = ExerciseFactory(status=status, title="Narwhalmoss exercise")
    assert client.get(pdf_url(hidden)).status_code == 404
    client.force_login(author)
    preview = fetch(client, pdf_url(hidden))
    assert preview["Cache-Control"] == "private, no-store"
    assert preview["X-Handout-Cache"] != "hit"
    assert "Narwhalmoss" in text_of(read(preview))
    client.logout()
    assert client.get(pdf_url(hidden)).status_code == 404
