"""Pictures in PDF handouts: the print rendition is
embedded, read from storage and never over HTTP; its alt text is in the tagged
PDF; large print shows it full width. Every check reads the PDF WeasyPrint made."""

import io
import socket

import pytest
from django.test import RequestFactory
from pypdf import PdfReader

from articles.models import Article
from clinic.models import ClinicSettings
from handouts.pdf import NoFetching, PrintOptions, handout_context, render_pdf
from images.printing import print_img_html, print_src
from images.selectors import pictures
from tests.factories import ArticleFactory, ArticleTranslationFactory
from tests.handouts.pictures import (
    figure,
    image_xobjects,
    print_picture,
    tagged_figures,
)

pytestmark = pytest.mark.django_db

PRINT_SIZE = (1600, 1000)


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a network connection fails the test (and is recorded)."""
    attempts = []

    def refuse(sock, address, *args):
        attempts.append(address)
        raise AssertionError(f"The renderer opened a connection to {address}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    return attempts


def with_body(article: Article, body: str) -> Article:
    """Store ``body`` as is (a figure reference, as rich text keeps it), past the
    save checks: these tests are about printing, not editing."""
    Article.objects.filter(pk=article.pk).update(body=body)
    article.refresh_from_db()
    return article


@pytest.fixture
def illustrated(image_storage):
    image = print_picture(size=PRINT_SIZE, alt="Drawing of the knee joint")
    article = ArticleFactory(published=True, slug="knee-parts", title="The parts of your knee")
    body = (
        "<p>Three bones meet at your knee.</p>"
        + figure(
            image, alt="The thighbone, shinbone and kneecap", caption="The knee from the front"
        )
        + "<p>Ligaments hold them together.</p>"
    )
    return with_body(article, body), image


def pdf(client, url, **params) -> PdfReader:
    response = client.get(url, params)
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"] == "application/pdf"
    return PdfReader(io.BytesIO(response.content))


def test_the_pdf_embeds_the_print_rendition_with_its_alt_text(client, illustrated, no_network):
    reader = pdf(client, "/articles/knee-parts/handout.pdf")

    assert PRINT_SIZE in image_xobjects(reader)
    assert [f["alt"] for f in tagged_figures(reader)] == ["The thighbone, shinbone and kneecap"]
    assert "The knee from the front" in "".join(page.extract_text() for page in reader.pages)
    assert no_network == []


def test_large_print_shows_the_figure_full_width(client, illustrated):
    normal = tagged_figures(pdf(client, "/articles/knee-parts/handout.pdf"))[0]["width"]
    large = tagged_figures(pdf(client, "/articles/knee-parts/handout.pdf", size="large"))[0]

    # A4 less the 18 mm page margins each side (174 mm, in CSS pixels), less the
    # body's own 8 px each side: the width of the text.
    text_width = 174 / 25.4 * 96 - 2 * 8
    assert large["width"] == pytest.approx(text_width, abs=2)
    assert normal == pytest.approx(0.75 * text_width, abs=2)


def test_a_pack_prints_its_items_pictures(client, illustrated, author, no_network):
    article, _image = illustrated
    client.force_login(author)

    response = client.post("/handouts/", {"articles": [article.pk], "large": "on"})

    assert response.status_code == 200
    reader = PdfReader(io.BytesIO(response.content))
    assert PRINT_SIZE in image_xobjects(reader)
    assert [f["alt"] for f in tagged_figures(reader)] == ["The thighbone, shinbone and kneecap"]
    assert no_network == []


def test_a_decorative_figure_prints_without_alt_text(client, image_storage):
    image = print_picture(size=(800, 500))
    article = ArticleFactory(published=True, slug="knee-parts")
    with_body(article, f"<p>Bones.</p>{figure(image, decorative=True)}")

    reader = pdf(client, "/articles/knee-parts/handout.pdf")

    assert (800, 500) in image_xobjects(reader)
    assert [f["alt"] for f in tagged_figures(reader)] == [None]


def test_a_figure_without_its_own_alt_prints_the_images_default_in_the_page_language(
    client,
    image_storage,
):
    image = print_picture(alt="Drawing of the knee joint", alt_es="Dibujo de la rodilla")
    article = ArticleFactory(published=True, slug="knee-parts")
    translation = ArticleTranslationFactory(source=article, published=True)
    with_body(article, f"<p>Bones.</p>{figure(image)}")
    type(translation).objects.filter(pk=translation.pk).update(
        body=f"<p>Huesos.</p>{figure(image)}"
    )

    english = tagged_figures(pdf(client, "/articles/knee-parts/handout.pdf"))
    spanish = tagged_figures(pdf(client, "/es/articles/knee-parts/handout.pdf"))

    assert [f["alt"] for f in english] == ["Drawing of the knee joint"]
    assert [f["alt"] for f in spanish] == ["Dibujo de la rodilla"]


def test_the_renderer_reads_the_rendition_from_storage_and_asks_for_nothing_else(
    illustrated, no_network
):
    article, image = illustrated
    picture = pictures([image.pk])[image.pk]
    html = (
        print_img_html(picture, alt="The knee")
        + '<img src="http://127.0.0.1:9/knee.jpg" alt="From elsewhere">'
        + '<img src="https://example.org/knee.png" alt="From elsewhere">'
        + '<img src="file:///etc/hostname" alt="A file">'
    )
    fetcher = NoFetching()
    reader = PdfReader(
        io.BytesIO(
            render_pdf(
                "handouts/article.html",
                _context(article, html),
                title="Test",
                base_url="http://testserver/",
                fetcher=fetcher,
            )
        )
    )

    # Asked for each, fetched one: only the print rendition's pixels are in the PDF.
    assert fetcher.requested[0] == print_src(picture.print_name)
    assert set(fetcher.requested[1:]) == {
        "http://127.0.0.1:9/knee.jpg",
        "https://example.org/knee.png",
        "file:///etc/hostname",
    }
    assert image_xobjects(reader) == [PRINT_SIZE]
    assert no_network == []


def test_only_a_print_rendition_of_the_library_is_opened(illustrated, image_storage):
    article, image = illustrated
    # A file in the renditions storage that is no print rendition, and a path out of it.
    fetcher = NoFetching()
    html = (
        f'<img src="{print_src("elsewhere/secret.jpg")}" alt="x">'
        f'<img src="{print_src("../originals/x")}" alt="y">'
    )
    reader = PdfReader(
        io.BytesIO(
            render_pdf("handouts/article.html", _context(article, html), title="T", fetcher=fetcher)
        )
    )
    assert len(fetcher.requested) == 2
    assert image_xobjects(reader) == []


def test_a_missing_image_prints_nothing_and_no_error(client, image_storage):
    article = ArticleFactory(published=True, slug="knee-parts")
    with_body(article, '<p>Bones.</p><figure data-image="987654" data-alt="Gone"></figure>')

    reader = pdf(client, "/articles/knee-parts/handout.pdf")

    assert image_xobjects(reader) == []
    assert tagged_figures(reader) == []


def _context(article, body_html):
    """What the article handout template needs, with ``body_html`` as the body."""
    article.body = body_html
    options = PrintOptions(size="normal", paper="A4")
    context = handout_context(ClinicSettings.load(), options, None, "http://testserver/")
    return {**context, "item": article, "request": RequestFactory().get("/")}


def test_an_untranslated_page_prints_the_english_alt_text_with_its_words(
    client,
    image_storage,
):
    image = print_picture(alt="Drawing of the knee joint", alt_es="Dibujo de la rodilla")
    article = ArticleFactory(published=True, slug="knee-parts")
    with_body(article, f"<p>Bones.</p>{figure(image, caption='The knee')}")

    reader = pdf(client, "/es/articles/knee-parts/handout.pdf")

    # The words are English (no Spanish translation): so is the picture's description.
    assert [f["alt"] for f in tagged_figures(reader)] == ["Drawing of the knee joint"]
    # The caption carries the picture's credit.
    assert "Knee Clinic Portal project" in "".join(p.extract_text() for p in reader.pages)


def test_a_lead_image_prints_its_print_rendition(client, image_storage, no_network):
    image = print_picture(size=PRINT_SIZE, alt="Drawing of the knee joint")
    article = ArticleFactory(published=True, slug="knee-parts")
    Article.objects.filter(pk=article.pk).update(lead_image=image)

    normal = pdf(client, "/articles/knee-parts/handout.pdf")
    large = pdf(client, "/articles/knee-parts/handout.pdf", size="large")

    assert PRINT_SIZE in image_xobjects(normal)
    assert [f["alt"] for f in tagged_figures(normal)] == ["Drawing of the knee joint"]
    assert tagged_figures(large)[0]["width"] > tagged_figures(normal)[0]["width"]
    assert no_network == []
