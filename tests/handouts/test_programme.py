"""The staff programme builder (/handouts/programme/) and the programme's PDF."""

import base64
import io
import logging
import pickle
import re

import pytest
from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.urls import reverse
from pypdf import PdfReader

from exercises.programme import programme_from_token
from publishing.models import Status
from tests.factories import ExerciseFactory, ExerciseTranslationFactory, ProgrammeTemplateFactory
from tests.handouts.pictures import image_xobjects, print_picture
from tests.handouts.test_handouts import qr_urls

pytestmark = pytest.mark.django_db

URL = "/handouts/programme/"
NAME = "Zebedee Quartermaine-Okafor"


def exercise(n: int, **kwargs):
    """A live exercise whose two pictures have print renditions (each its own size)."""
    return ExerciseFactory(
        published=True,
        title=kwargs.pop("title", f"Exercise {n}"),
        start_image=print_picture(size=(400 + 2 * n, 300)),
        end_image=print_picture(size=(401 + 2 * n, 300)),
        **kwargs,
    )


@pytest.fixture
def exercises(image_storage):
    return [exercise(n) for n in range(4)]


@pytest.fixture
def template(exercises):
    return ProgrammeTemplateFactory(
        published=True, title="Runner's knee: first 2 weeks", exercises=exercises[:3]
    )


@pytest.fixture
def staff_client(client, author):
    client.force_login(author)
    return client


def rows_of(page: str) -> list[dict]:
    """The rows the builder page holds, as it would post them."""
    count = int(re.search(r'name="items" value="(\d+)"', page).group(1))
    rows = []
    for i in range(count):
        row = {}
        for name in (
            "exercise",
            "sets",
            "repetitions",
            "hold_seconds",
            "times_a_day",
            "days_a_week",
        ):
            found = re.search(rf'name="item-{i}-{name}"[^>]*?value="([^"]*)"', page)
            if found is None:
                found = re.search(rf'value="([^"]*)"[^>]*name="item-{i}-{name}"', page)
            row[name] = found.group(1) if found else ""
        rows.append(row)
    return rows


def form_data(rows: list[dict], **fields) -> dict:
    data = {"items": str(len(rows)), "language": "en", **fields}
    for i, row in enumerate(rows):
        data.update({f"item-{i}-{k}": v for k, v in row.items()})
    return data


def post(client, rows, *, action, status=200, **fields):
    response = client.post(URL, form_data(rows, action=action, **fields))
    assert response.status_code == status, response.content.decode()[:3000]
    return response


def titles(page: str) -> list[str]:
    return re.findall(r"data-row-number>\d+</span>\. ([^<]+)</legend>", page)


def pdf_text(response) -> tuple[str, PdfReader]:
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split()), reader


def test_staff_only(client, template):
    response = client.get(URL)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert client.post(URL, {"action": "print"}).status_code == 302


def test_start_from_a_template_then_add_remove_move_and_change_a_dose(
    staff_client, template, exercises
):
    page = staff_client.get(URL).content.decode()
    assert template.title.replace("'", "&#x27;") in page
    page = post(staff_client, [], action="template", template=template.slug).content.decode()
    assert titles(page) == ["Exercise 0", "Exercise 1", "Exercise 2"]
    rows = rows_of(page)
    assert rows[0] == {
        "exercise": str(exercises[0].pk),
        "sets": "2",
        "repetitions": "10",
        "hold_seconds": "5",
        "times_a_day": "2",
        "days_a_week": "7",
    }
    rows[1]["sets"] = "4"
    page = post(staff_client, rows, action="remove-0").content.decode()
    assert titles(page) == ["Exercise 1", "Exercise 2"]
    assert rows_of(page)[0]["sets"] == "4"  # what staff typed travels with its row
    page = post(
        staff_client, rows_of(page), action="add", add_exercise=exercises[3].pk
    ).content.decode()
    assert titles(page) == ["Exercise 1", "Exercise 2", "Exercise 3"]
    page = post(staff_client, rows_of(page), action="up-2").content.decode()
    assert titles(page) == ["Exercise 1", "Exercise 3", "Exercise 2"]
    page = post(staff_client, rows_of(page), action="down-0").content.decode()
    assert titles(page) == ["Exercise 3", "Exercise 1", "Exercise 2"]
    # Nothing about the programme is kept between requests: it is all in the form.
    assert (
        'name="item-2-exercise"' in page
        and "no-store" in post(staff_client, rows_of(page), action="update")["Cache-Control"]
    )


def test_a_template_link_preselects_its_exercises(staff_client, template):
    page = staff_client.get(URL, {"template": template.slug}).content.decode()
    assert titles(page) == ["Exercise 0", "Exercise 1", "Exercise 2"]


def test_print_gives_the_pdf_with_pictures_doses_steps_name_note_and_qr(
    staff_client, template, exercises, demo
):
    rows = rows_of(staff_client.get(URL, {"template": template.slug}).content.decode())
    rows[0]["sets"] = "3"
    rows[0]["repetitions"] = "12"
    response = post(
        staff_client,
        rows,
        action="print",
        patient_name=NAME,
        note="Ice after.\n<b>Go slowly</b> & rest",
        date="2026-12-08",
    )
    text, reader = pdf_text(response)
    assert reader.metadata.title == "Your home exercise programme"
    assert f"For {NAME}" in text and "December 8, 2026" in text
    assert "<b>Go slowly</b> & rest" in text  # markup prints as text
    assert "3 sets of 12" in text and text.count("2 sets of 10") == 2
    assert "Tighten your thigh." in text and "Tick a box each time you do it." in text
    assert "Sample content" not in text  # reviewed exercises
    assert "Day 7" in text and "Time 2" in text and "Time 3" not in text
    assert "Stop the exercises and get help" in text and "Riverside Knee Clinic" in text
    # Each exercise's start and end pictures, at their print size.
    sizes = set(image_xobjects(reader))
    for n in range(3):
        assert {(400 + 2 * n, 300), (401 + 2 * n, 300)} <= sizes
    assert (406, 300) not in sizes
    # The QR code opens the same programme (ids and doses only).
    (url,) = qr_urls(response.content, len(reader.pages), "programme")
    token = url.split("/exercises/programme/")[1].rstrip("/")
    programme = programme_from_token(token)
    assert programme.exercise_ids == [e.pk for e in exercises[:3]]
    assert programme.items[0].dose.sets == 3 and programme.items[0].dose.repetitions == 12
    assert NAME not in url and "Ice" not in url
    assert response["X-Handout-Cache"] == "miss" and "no-store" in response["Cache-Control"]


def test_spanish_large_print_with_a_spanish_qr_address(staff_client, template, exercises, demo):
    ExerciseTranslationFactory(source=exercises[0], published=True, title="Elevación de pierna")
    rows = rows_of(staff_client.get(URL, {"template": template.slug}).content.decode())
    response = post(staff_client, rows, action="print", language="es", large="on")
    text, reader = pdf_text(response)
    assert reader.trailer["/Root"]["/Lang"] == "es"
    assert "Elevación de pierna" in text and "2 series de 10" in text
    assert "large-print" in response["Content-Disposition"]
    (url,) = qr_urls(response.content, len(reader.pages), "programme-es")
    assert "/es/exercises/programme/" in url


def test_a_pdf_without_name_or_note_is_cached_and_with_one_is_not(staff_client, template):
    rows = rows_of(staff_client.get(URL, {"template": template.slug}).content.decode())
    first = post(staff_client, rows, action="print", date="2026-12-08")
    again = post(staff_client, rows, action="print", date="2026-12-08")
    assert (first["X-Handout-Cache"], again["X-Handout-Cache"]) == ("miss", "hit")
    assert first.content == again.content
    other_day = post(staff_client, rows, action="print", date="2026-12-09")
    assert other_day["X-Handout-Cache"] == "miss"
    for personal in ({"patient_name": NAME}, {"note": "Take it slowly"}):
        for _ in range(2):
            response = post(staff_client, rows, action="print", date="2026-12-08", **personal)
            assert response["X-Handout-Cache"] == "miss"


def test_the_name_and_note_are_never_stored_cached_or_logged(
    staff_client, template, caplog, django_db_blocker
):
    caplog.set_level(logging.DEBUG)
    rows = rows_of(staff_client.get(URL, {"template": template.slug}).content.decode())
    note = "Secret note for Quartermaine"
    response = post(staff_client, rows, action="print", patient_name=NAME, note=note)
    assert NAME in pdf_text(response)[0]
    # Refused input keeps it on staff's screen, never anywhere else.
    post(staff_client, rows, action="print", patient_name=NAME, note=note + "x" * 600, status=400)
    for secret in (NAME, note):
        assert secret not in every_text_in_the_database()
        assert secret not in caplog.text
        for key, raw in cached_values().items():
            assert secret not in str(pickle.loads(raw)), key


def every_text_in_the_database() -> str:
    """Every column of every table in the test database, as text."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
        )
        tables = [row[0] for row in cursor.fetchall()]
        found = []
        for table in tables:
            cursor.execute(f'SELECT t::text FROM "{table}" t')
            found += [row[0] for row in cursor.fetchall()]
    assert len(tables) > 50
    return "\n".join(found)


def cached_values() -> dict:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT cache_key, value FROM {settings.CACHE_TABLE}")
        stored = {key: base64.b64decode(value) for key, value in cursor.fetchall()}
    return stored | dict(caches["local"]._cache)


# Bad input: a message next to the field, status 400, never a 500 --------------------------


def error_next_to(page: str, field_id: str) -> str:
    found = re.search(rf'<p class="error-message" id="{field_id}_error">(.*?)</p>', page, re.S)
    assert found, f"no error next to {field_id}"
    return re.sub(r"<[^>]+>", "", found.group(1)).strip()


@pytest.mark.parametrize(
    ("sets", "message"),
    [
        ("0", "from 1 to 10"),
        ("1000", "from 1 to 10"),
        ("three", "from 1 to 10"),
        ("", "from 1 to 10"),
    ],
)
def test_a_dose_outside_its_limits_is_refused_next_to_its_field(
    staff_client, template, sets, message
):
    rows = rows_of(staff_client.get(URL, {"template": template.slug}).content.decode())
    rows[1]["sets"] = sets
    response = post(staff_client, rows, action="print", status=400)
    page = response.content.decode()
    assert message in error_next_to(page, "id_item-1-sets")
    assert 'aria-invalid="true"' in re.search(r'<input[^>]*name="item-1-sets"[^>]*>', page).group(0)
    assert "There is a problem" in page


def test_an_unknown_exercise_is_refused(staff_client, template, exercises):
    response = post(staff_client, [], action="add", add_exercise="999999", status=400)
    assert "Choose an exercise from the list." in error_next_to(
        response.content.decode(), "id_add_exercise"
    )
    rows = rows_of(staff_client.get(URL, {"template": template.slug}).content.decode())
    rows[0]["exercise"] = "999999"
    page = post(staff_client, rows, action="print", status=400).content.decode()
    assert "This exercise is not available to print. Remove it." in page
    # Removing it mends the programme.
    assert post(staff_client, rows, action="remove-0").status_code == 200


def test_a_long_note_is_refused_and_markup_in_it_prints_as_text(staff_client, template):
    rows = rows_of(staff_client.get(URL, {"template": template.slug}).content.decode())
    response = post(staff_client, rows, action="print", note="x" * 10_000, status=400)
    assert "Keep the note to 500 characters or fewer. It has 10000." in error_next_to(
        response.content.decode(), "id_note"
    )
    response = post(
        staff_client, rows, action="print", note='<script>alert(1)</script><img src="x">'
    )
    assert '<script>alert(1)</script><img src="x">' in pdf_text(response)[0]


def test_adding_nothing_twice_or_printing_nothing_is_explained(staff_client, template, exercises):
    page = post(staff_client, [], action="add", status=400).content.decode()
    assert "Choose an exercise to add." in error_next_to(page, "id_add_exercise")
    page = post(staff_client, [], action="print", status=400).content.decode()
    assert "Add at least one exercise before you print." in error_next_to(page, "id_add_exercise")
    rows = rows_of(staff_client.get(URL, {"template": template.slug}).content.decode())
    page = post(staff_client, rows, action="add", add_exercise=exercises[0].pk, status=400)
    assert "Exercise 0 is already in the programme." in page.content.decode()


def test_an_unknown_template_or_action_never_gives_a_500(staff_client, template):
    page = post(staff_client, [], action="template", template="nope", status=400).content.decode()
    assert "Choose a programme template from the list." in error_next_to(page, "id_template")
    post(staff_client, [], action="up-99")
    post(staff_client, [], action="launch-the-rockets")
    response = staff_client.post(URL, {"items": "lots", "action": "remove-x"})
    assert response.status_code == 200


@pytest.mark.parametrize("status", [Status.DRAFT, Status.REVIEW, Status.ARCHIVED])
def test_exercises_and_templates_not_live_are_not_offered_or_printed(
    staff_client, exercises, status
):
    hidden = exercise(9, title="Hidden exercise", status=status)
    live = ProgrammeTemplateFactory(
        published=True, title="Live template", exercises=[exercises[0], hidden]
    )
    ProgrammeTemplateFactory(title="Hidden template", status=status, exercises=exercises)
    page = staff_client.get(URL).content.decode()
    assert "Live template" in page and "Hidden template" not in page
    assert "Hidden exercise" not in page
    page = staff_client.get(URL, {"template": live.slug}).content.decode()
    assert titles(page) == ["Exercise 0"]
    response = post(staff_client, [], action="add", add_exercise=hidden.pk, status=400)
    assert "Choose an exercise from the list." in response.content.decode()
    rows = rows_of(page) + [
        {
            "exercise": str(hidden.pk),
            "sets": "1",
            "repetitions": "1",
            "hold_seconds": "0",
            "times_a_day": "1",
            "days_a_week": "1",
        }
    ]
    response = post(staff_client, rows, action="print", status=400)
    assert "This exercise is not available to print." in response.content.decode()


def test_the_demos_runners_knee_prints_in_spanish_with_its_pictures(client, author, demo):
    """The shipped template, its drawn pictures and Spanish words, end to end."""
    from exercises.models import ProgrammeTemplate

    template = ProgrammeTemplate.objects.get(slug="runners-knee-first-2-weeks")
    client.force_login(author)
    rows = rows_of(client.get(URL, {"template": template.slug}).content.decode())
    assert len(rows) == template.items.count() == 5
    response = post(client, rows, action="print", language="es")
    text, reader = pdf_text(response)
    spanish = [
        item.exercise.translations.get(language="es").title
        for item in template.items.select_related("exercise")
    ]
    assert all(title in text for title in spanish)
    assert "3 series de 10" in text and "Todos los días" in text
    # The demo's exercises are sample content, and say so.
    assert "Contenido de muestra" in text
    assert len(image_xobjects(reader)) >= 2 * len(rows)
    (url,) = qr_urls(response.content, len(reader.pages), "demo-programme")
    page = client.get(url.split("testserver")[1])
    assert page.status_code == 200
    assert all(title.replace("'", "&#x27;") in page.content.decode() for title in spanish)
    public = client.get(f"/es/exercises/programmes/{template.slug}/").content.decode()
    assert "Rodilla del corredor: primeras 2 semanas" in public


def test_a_programme_too_long_or_with_an_exercise_twice_is_refused(staff_client, exercises):
    row = {
        "exercise": str(exercises[0].pk),
        "sets": "1",
        "repetitions": "1",
        "hold_seconds": "0",
        "times_a_day": "1",
        "days_a_week": "1",
    }
    page = post(staff_client, [row, row], action="print", status=400).content.decode()
    assert "Each exercise may be in the programme once." in error_next_to(page, "id_add_exercise")
    many = [exercise(10 + n) for n in range(13)]
    rows = [{**row, "exercise": str(e.pk)} for e in many]
    page = post(staff_client, rows, action="print", status=400).content.decode()
    assert "Use at most 12 exercises." in error_next_to(page, "id_add_exercise")
    page = post(staff_client, rows[:12], action="add", add_exercise=exercises[1].pk, status=400)
    assert "Use at most 12 exercises." in page.content.decode()


def test_the_handouts_page_links_to_the_programme_builder(staff_client):
    page = staff_client.get(reverse("handouts:choose")).content.decode()
    assert f'href="{reverse("handouts:programme")}"' in page
