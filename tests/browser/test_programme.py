"""A home exercise programme at the visit, in a real browser: staff build it from a
template and print it; the patient opens the printout's QR code at home."""

import io
import logging
import re

import pytest
from django.core.files.base import ContentFile
from playwright.sync_api import expect
from pypdf import PdfReader

from exercises.models import Exercise
from images.models import Purpose, Rendition
from images.storage import renditions
from tests.browser.axe import assert_no_axe_violations
from tests.browser.layout import NARROW, open_narrow
from tests.factories import ExerciseFactory, ExerciseTranslationFactory, ProgrammeTemplateFactory
from tests.handouts.pictures import image_xobjects, jpeg_bytes
from tests.handouts.test_handouts import qr_urls
from tests.handouts.test_programme import every_text_in_the_database
from tests.support.illustrated import make_image, picture_storage  # noqa: F401 - a fixture
from tests.support.staff import browser_log_in

NAME = "Philippa Featherstonehaugh"
TITLES = ["Test quadriceps sets", "Test straight-leg raise", "Test heel slides", "Test wall sits"]
BUILDER = "/handouts/programme/"


def exercise_picture(n: int, moment: str):
    """A library picture with screen renditions and a print rendition of its own size."""
    image = make_image(
        alt_text=f"{moment}: a person lying on their back",
        alt_texts={"es": f"{'Inicio' if moment == 'Start' else 'Final'}: una persona acostada"},
        widths=(320, 640),
    )
    size = (500 + n, 375 if moment == "Start" else 376)
    name = renditions().save(f"{image.pk}/print-{n}-{moment}.jpg", ContentFile(jpeg_bytes(*size)))
    Rendition.objects.create(
        image=image, purpose=Purpose.PRINT, format="jpeg", width=size[0], height=size[1], file=name
    )
    return image


def live_exercise(n: int, title: str) -> Exercise:
    exercise = ExerciseFactory(
        published=True,
        title=title,
        start_image=exercise_picture(n, "Start"),
        end_image=exercise_picture(n, "End"),
    )
    ExerciseTranslationFactory(source=exercise, published=True, title=f"{title} (es)")
    return exercise


@pytest.fixture
def runners_knee(demo, picture_storage):  # noqa: F811 - the fixture
    """A "Runner's knee" template of three live exercises (its own, beside any the
    demo ships), and a fourth live exercise to add."""
    made = [live_exercise(n, title) for n, title in enumerate(TITLES)]
    return ProgrammeTemplateFactory(
        published=True, title="Runner's knee: first visit (test)", exercises=made[:3]
    )


def pdf_of(page, click) -> bytes:
    """The PDF the browser gets when ``click`` submits the form (read on its way in)."""
    bodies = []

    def keep(route):
        response = route.fetch()
        bodies.append(response.body())
        route.fulfill(response=response)

    page.route("**" + BUILDER, keep)
    with page.expect_response(lambda r: r.request.method == "POST"):
        click()
    page.unroute("**" + BUILDER)
    return bodies[-1]


def rows(page) -> list[str]:
    return page.locator("[data-programme-row] legend").all_inner_texts()


def test_staff_build_and_print_a_programme_the_patient_opens_at_home(
    live_server, browser, staff, runners_knee, caplog
):
    caplog.set_level(logging.DEBUG)
    page = browser_log_in(browser, live_server, "ana")
    page.goto(live_server.url + BUILDER)
    expect(page.locator("h1")).to_have_text("Print an exercise programme for a patient")
    assert_no_axe_violations(page)

    # Start from the template.
    page.get_by_label("Start from a programme template").select_option(label=runners_knee.title)
    page.get_by_role("button", name="Use this template").click()
    names = [item.exercise.title for item in runners_knee.items.all()]
    expect(page.locator("[data-programme-row]")).to_have_count(len(names))
    # Change a dose, remove an exercise, add one.
    page.locator("[name='item-0-sets']").fill("4")
    page.get_by_role("button", name=f"Remove {names[1]}").click()
    expect(page.locator("[data-programme-row]")).to_have_count(len(names) - 1)
    assert page.locator("[name='item-0-sets']").input_value() == "4"
    page.get_by_label("Add an exercise").select_option(label=TITLES[3])
    page.get_by_role("button", name="Add", exact=True).click()
    kept = [names[0], *names[2:], TITLES[3]]
    expect(page.locator("[data-programme-row]")).to_have_count(len(kept))
    assert all(title in legend for title, legend in zip(kept, rows(page), strict=True))
    assert_no_axe_violations(page)

    # Print in Spanish, large print, with the patient's name.
    page.get_by_label("Patient's name (optional)").fill(NAME)
    page.get_by_label("Language of the printout").select_option("es")
    page.get_by_label("Large print").check()
    pdf = pdf_of(page, page.get_by_role("button", name="Print the programme").click)
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert reader.trailer["/Root"]["/Lang"] == "es"
    assert NAME in text
    exercises = [Exercise.objects.get(title=title) for title in kept]
    for exercise in exercises:
        assert f"{exercise.title} (es)" in text
    assert "4 series de" in text and names[1] + " (es)" not in text
    # Each exercise's start and end pictures are in the PDF.
    embedded = set(image_xobjects(reader))
    for exercise in exercises:
        for image in (exercise.start_image, exercise.end_image):
            printed = image.renditions.get(purpose=Purpose.PRINT)
            assert (printed.width, printed.height) in embedded, exercise.title

    # The name is in no table and no log line.
    assert NAME not in every_text_in_the_database()
    assert NAME not in caplog.text

    # The QR code opens the same programme, publicly, in Spanish.
    (url,) = qr_urls(pdf, len(reader.pages), "programme-browser")
    assert url.startswith(live_server.url + "/es/exercises/programme/")
    without_js = browser.new_context(java_script_enabled=False).new_page()
    assert without_js.goto(url).status == 200
    expect(without_js.locator(".programme-exercise")).to_have_count(len(kept))
    without_js.context.close()
    public = browser.new_context()
    patient = public.new_page()
    response = patient.goto(url)
    assert response.status == 200
    shown = patient.locator(".programme-exercise h2").all_inner_texts()
    assert [re.sub(r"^\d+\.\s*", "", h) for h in shown] == [f"{t} (es)" for t in kept]
    expect(patient.locator(".programme-exercise").first).to_contain_text("4 series de")
    expect(patient.locator(".programme-exercise picture")).to_have_count(2 * len(kept))
    expect(patient.locator("[data-safety-net-item]").first).to_be_visible()
    assert_no_axe_violations(patient)
    open_narrow(patient, url)

    # A changed dose in the address is refused with a clear page.
    token = url.rstrip("/").rsplit("/", 1)[1]
    payload, signature = token.split(":")
    first, *rest = payload.split("-")
    numbers = first.split(".")
    numbers[1] = "5" if numbers[1] != "5" else "6"
    changed = "-".join([".".join(numbers), *rest]) + ":" + signature
    response = patient.goto(url.replace(token, changed))
    assert response.status == 400
    expect(patient.locator("h1")).to_have_text("No podemos mostrar este programa de ejercicios")
    assert_no_axe_violations(patient)
    public.close()


def test_the_builder_works_at_320_px_and_rows_move_by_dragging(
    live_server, browser, staff, runners_knee
):
    page = browser_log_in(browser, live_server, "ana")
    open_narrow(page, live_server.url + BUILDER + f"?template={runners_knee.slug}")
    before = rows(page)
    assert len(before) >= 2
    page.set_viewport_size({"width": 1024, "height": 900})
    page.locator("[data-programme-row]").nth(0).scroll_into_view_if_needed()
    handles = page.locator(".programme-row__handle")
    expect(handles).to_have_count(len(before))
    # Hold the first row's handle and drop it on the lower half of the second row.
    page.evaluate("document.querySelector('[data-programme-rows]').scrollIntoView()")
    start = handles.nth(0).bounding_box()
    target = page.locator("[data-programme-row]").nth(1).bounding_box()
    page.mouse.move(start["x"] + start["width"] / 2, start["y"] + start["height"] / 2)
    page.mouse.down()
    page.mouse.move(target["x"] + 40, target["y"] + target["height"] * 0.75, steps=12)
    page.mouse.up()
    after = rows(page)
    assert after[0].endswith(before[1].split(". ", 1)[1]) and after[1].endswith(
        before[0].split(". ", 1)[1]
    )
    # The fields were renumbered: the server gets the new order. Enter in a field
    # checks the form (it does not press "Use this template", which would start over).
    with page.expect_navigation():
        page.locator("[name='item-0-sets']").press("Enter")
    moved = [legend.split(". ", 1)[1] for legend in rows(page)]
    assert moved[:2] == [before[1].split(". ", 1)[1], before[0].split(". ", 1)[1]]


def test_the_template_page_at_320_px_without_javascript_and_axe_clean(
    live_server, browser, runners_knee
):
    without_js = browser.new_context(java_script_enabled=False, viewport=NARROW).new_page()
    page = browser.new_context().new_page()
    for path in (
        f"/exercises/programmes/{runners_knee.slug}/",
        f"/es/exercises/programmes/{runners_knee.slug}/",
    ):
        open_narrow(without_js, live_server.url + path)
        expect(without_js.locator(".programme-exercise")).to_have_count(runners_knee.items.count())
        open_narrow(page, live_server.url + path)
        assert_no_axe_violations(page)
