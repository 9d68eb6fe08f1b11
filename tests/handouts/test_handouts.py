"""PDF handouts, checked with a PDF library."""

import io
import re
import subprocess
from collections import Counter
from pathlib import Path

import pytest
import zxingcpp
from django.utils import timezone
from PIL import Image
from pypdf import PdfReader

from articles.models import Article, Condition
from tests.triage.answers import answers

pytestmark = pytest.mark.django_db

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ARTICLE = "/articles/what-to-do-when-your-knee-hurts-after-exercise/"
CONDITION = "/conditions/knee-ligament-sprain/"
A4 = (595, 842)
LETTER = (612, 792)
# WeasyPrint draws in CSS pixels scaled by 0.75 to points.
PX_TO_PT = 0.75


def fetch(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "application/pdf"
    return response


def read(response) -> PdfReader:
    assert response.content.startswith(b"%PDF")
    return PdfReader(io.BytesIO(response.content))


def text_of(reader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def body_font_size(reader) -> float:
    sizes = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            sizes.append(round(size * tm[0] * PX_TO_PT, 1))

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    return Counter(sizes).most_common(1)[0][0]


def page_png(pdf: bytes, page: int, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    source = ARTIFACTS / f"{name}.pdf"
    source.write_bytes(pdf)
    prefix = ARTIFACTS / name
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "150",
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            source,
            prefix,
        ],
        check=True,
    )
    return prefix.with_suffix(".png")


def qr_urls(pdf: bytes, pages: int, name: str) -> list[str]:
    found = []
    for page in range(1, pages + 1):
        image = Image.open(page_png(pdf, page, f"{name}-qr-{page}"))
        found += [code.text for code in zxingcpp.read_barcodes(image)]
    return found


def assert_handout(reader, *, title, clinic="Riverside Knee Clinic", reviewed=True):
    text = text_of(reader)
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root  # tagged: screen readers can read it
    assert root["/Lang"] == "en"
    assert reader.metadata.title == title
    assert clinic in text and "(312) 555-0142" in text
    today = timezone.localdate().strftime("%B %-d, %Y")
    assert f"Printed on {today}" in " ".join(text.split())
    if reviewed:
        assert "Reviewed on" in text and "Next review due" in text
    pages = len(reader.pages)
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    assert body_font_size(reader) >= 12


@pytest.mark.parametrize(("url", "model"), [(ARTICLE, Article), (CONDITION, Condition)])
def test_article_and_condition_handouts(client, demo, reviewer, url, model):
    from publishing.services import publishable_transition

    # Demo content shows a sample notice instead of dates until a clinician approves it.
    item = model.objects.get(slug=url.strip("/").split("/")[-1])
    item = publishable_transition(item=item, name="confirm_review", user=reviewer)
    response = fetch(client, url + "handout.pdf")
    reader = read(response)
    assert_handout(reader, title=item.title)
    text = " ".join(text_of(reader).split())
    assert item.reviewed_on.strftime("%B %-d, %Y") in text
    assert item.next_review_due.strftime("%B %-d, %Y") in text
    assert "Sample content" not in text
    # The short address (it may wrap across lines).
    assert f"testserver{url.rstrip('/')}" in "".join(text.split())
    name = model._meta.model_name
    assert qr_urls(response.content, len(reader.pages), name) == [f"http://testserver{url}"]


@pytest.mark.parametrize(("url", "model"), [(ARTICLE, Article), (CONDITION, Condition)])
def test_demo_handouts_show_the_sample_notice_instead_of_dates(client, demo, url, model):
    item = model.objects.get(slug=url.strip("/").split("/")[-1])
    assert item.is_demo
    reader = read(fetch(client, url + "handout.pdf"))
    assert_handout(reader, title=item.title, reviewed=False)
    text = " ".join(text_of(reader).split())
    notice = "Sample content: not yet reviewed by a clinician"
    # Under the title, and in the running footer of every page instead of the dates.
    assert text.count(notice) == len(reader.pages) + 1
    assert "Reviewed on" not in text and "Next review due" not in text


def test_rendered_first_pages_are_not_blank(client, demo):
    for name, url in (("article", ARTICLE), ("condition", CONDITION)):
        png = page_png(fetch(client, url + "handout.pdf").content, 1, f"{name}-page-1")
        image = Image.open(png).convert("L")
        low, high = image.getextrema()
        assert low < 100 and high > 200  # dark text on a light page
        histogram = image.histogram()
        dark = sum(histogram[:128])
        assert dark > image.width * image.height * 0.01


def test_triage_result_handout_prints_answers_and_never_the_private_address(client, demo):
    location = client.post("/triage/", answers(locked="yes"))["Location"]
    token = location.rstrip("/").split("/")[-1]
    response = fetch(client, location + "handout.pdf")
    assert "no-store" in response["Cache-Control"]
    reader = read(response)
    assert_handout(reader, title="What help to get for your knee", reviewed=False)
    text = " ".join(text_of(reader).split())
    assert "Because you told us" in text and "This is not a diagnosis." in text
    # Anyone holding the paper could open the private result: no QR code, no address.
    assert qr_urls(response.content, len(reader.pages), "triage") == []
    assert token not in "".join(text.split()) and "/triage/result/" not in text
    # The answers and the outcome, and links to public pages only.
    assert "Your answers" in text and "Is your knee stuck (locked)" in text
    # In the questionnaire's order: age first, the last question last.
    assert text.index("How old are you?") < text.index("Is your knee stuck (locked)")
    assert text.index("Is your knee stuck (locked)") < text.index("Have you tried rest")
    assert "testserver/triage/" in "".join(text.split())
    assert "testserver/conditions/meniscus-tear/" in "".join(text.split())
    assert "Get seen today" in text
    assert len(re.findall(r"your knee is stuck \(locked\) and will not straighten", text)) == 1


def test_large_print_has_bigger_text_and_more_pages(client, demo):
    normal = read(fetch(client, ARTICLE + "handout.pdf"))
    large = read(fetch(client, ARTICLE + "handout.pdf", size="large"))
    assert body_font_size(large) >= 16 > body_font_size(normal) >= 12
    assert len(large.pages) > len(normal.pages)


def test_paper_size_comes_from_clinic_settings(client, demo):
    from clinic.models import ClinicSettings

    def page_size(reader):
        box = reader.pages[0].mediabox
        return round(float(box.width)), round(float(box.height))

    # The demo clinic is in the United States: Letter.
    assert page_size(read(fetch(client, ARTICLE + "handout.pdf"))) == LETTER
    settings = ClinicSettings.load()
    settings.paper_size = "A4"
    settings.save()
    assert page_size(read(fetch(client, ARTICLE + "handout.pdf"))) == A4


def test_second_request_is_served_from_the_cache_and_a_change_invalidates_it(client, demo):
    url = ARTICLE + "handout.pdf"
    assert fetch(client, url)["X-Handout-Cache"] == "miss"
    assert fetch(client, url)["X-Handout-Cache"] == "hit"
    assert fetch(client, url, size="large")["X-Handout-Cache"] == "miss"
    article = Article.objects.get(slug="what-to-do-when-your-knee-hurts-after-exercise")
    article.summary = "A new summary after an edit."
    article.save()
    response = fetch(client, url)
    assert response["X-Handout-Cache"] == "miss"
    assert "A new summary after an edit." in text_of(read(response))


def test_clinic_settings_change_invalidates_cached_handouts(client, demo):
    from clinic.models import ClinicSettings

    url = CONDITION + "handout.pdf"
    fetch(client, url)
    settings = ClinicSettings.load()
    settings.phone = "0100 999 888"
    settings.save()
    response = fetch(client, url)
    assert response["X-Handout-Cache"] == "miss"
    assert "0100 999 888" in text_of(read(response))


def test_drafts_have_no_public_handout(client, demo):
    from tests.factories import ArticleFactory

    draft = ArticleFactory()
    assert client.get(draft.get_absolute_url() + "handout.pdf").status_code == 404


def test_handouts_never_fetch_urls_from_content(client, demo):
    from handouts.pdf import NoFetching

    with pytest.raises(ValueError, match="do not load external resources"):
        NoFetching().fetch("http://169.254.169.254/latest/meta-data/")


def test_pages_link_to_their_pdfs_and_staff_get_a_print_button(client, demo, author):
    page = client.get(ARTICLE).content.decode()
    assert f'href="{ARTICLE}handout.pdf"' in page
    assert f'href="{ARTICLE}handout.pdf?size=large"' in page
    assert "data-print hidden" not in page  # the staff's print button
    assert f'href="{CONDITION}handout.pdf"' in client.get(CONDITION).content.decode()
    location = client.post("/triage/", answers())["Location"]
    assert f'href="{location}handout.pdf"' in client.get(location).content.decode()
    client.force_login(author)
    assert "data-print hidden" in client.get(ARTICLE).content.decode()


@pytest.mark.parametrize(("url", "model"), [(ARTICLE, Article), (CONDITION, Condition)])
def test_spanish_handout(client, demo, url, model):
    """The Spanish handout: /Lang (es), Spanish text and dates, QR code to the /es/ page."""
    item = model.objects.get(slug=url.strip("/").split("/")[-1])
    translation = item.translations.get(language="es")
    response = fetch(client, f"/es{url}handout.pdf")
    reader = read(response)
    assert reader.trailer["/Root"]["/Lang"] == "es"
    assert reader.metadata.title == translation.title
    text = " ".join(text_of(reader).split())
    assert translation.title in text and item.title not in text
    months = (
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
    )
    month = months.split()[timezone.localdate().month - 1]
    assert f"{timezone.localdate().day} de {month} de {timezone.localdate().year}" in text
    assert "Printed on" not in text and "Page 1 of" not in text
    urls = qr_urls(response.content, len(reader.pages), f"spanish-{model._meta.model_name}")
    assert f"http://testserver/es{url}" in urls
