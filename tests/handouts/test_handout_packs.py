"""Handout packs and the staff /handouts/ page."""

import base64
import io
import logging
import pickle
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from pypdf import PdfReader

from articles.models import Article, Condition
from handouts.models import HandoutPack, HandoutPackItem

pytestmark = pytest.mark.django_db

NAME = "Zebedee Quartermaine-Okafor"


@pytest.fixture
def pack(demo):
    pack = HandoutPack.objects.create(
        name="Runner's knee first visit", description="New runner's knee patients"
    )
    items = [
        Condition.objects.get(slug="patellofemoral-pain-syndrome"),
        Article.objects.get(slug="preventing-knee-pain-from-exercise"),
        Article.objects.get(slug="getting-back-to-exercise-after-knee-pain"),
    ]
    for order, item in enumerate(items):
        HandoutPackItem.objects.create(pack=pack, order=order, **{item._meta.model_name: item})
    return pack, items


def starting_titles(reader, items) -> list[str]:
    """The titles of ``items`` that open a page after the cover, in page order."""
    pages = [" ".join(page.extract_text().split()) for page in reader.pages[1:]]
    return [item.title for page in pages for item in items if page.startswith(item.title)]


def pdf_text(response) -> str:
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split()), reader


def test_pack_pdf_has_cover_contents_and_every_item_in_order(client, pack, author):
    pack, items = pack
    client.force_login(author)
    response = client.post(
        "/handouts/", {"pack": pack.pk, "patient_name": NAME, "date": "2026-11-24"}
    )
    text, reader = pdf_text(response)
    assert reader.metadata.title == "Runner's knee first visit"
    assert f"For {NAME}" in text and "November 24, 2026" in text and "Contents" in text
    contents = text.index("Contents") + len("Contents")
    positions = [text.index(item.title, contents) for item in items]
    assert positions == sorted(positions)
    # Each item starts on a new page after the cover, in the same order.
    assert starting_titles(reader, items) == [i.title for i in items]
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_ticked_items_print_without_a_pack(client, demo, author):
    client.force_login(author)
    article = Article.objects.get(slug="how-your-knee-works")
    condition = Condition.objects.get(slug="meniscus-tear")
    response = client.post(
        "/handouts/", {"articles": [article.pk], "conditions": [condition.pk], "large": "on"}
    )
    _text, reader = pdf_text(response)
    assert starting_titles(reader, [article, condition]) == [article.title, condition.title]


def test_a_pack_and_ticked_pages_print_both_without_duplicates(client, pack, author):
    """The pack's items first, in pack order, then the ticked pages that
    are not already in it (articles, then conditions), each once."""
    pack, items = pack
    in_pack_article = items[1]
    extra_article = Article.objects.get(slug="how-your-knee-works")
    extra_condition = Condition.objects.get(slug="meniscus-tear")
    client.force_login(author)
    response = client.post(
        "/handouts/",
        {
            "pack": pack.pk,
            "articles": [extra_article.pk, in_pack_article.pk],
            "conditions": [extra_condition.pk, items[0].pk],
        },
    )
    assert response.status_code == 200
    text, reader = pdf_text(response)
    everything = [*items, extra_article, extra_condition]
    expected = [item.title for item in everything]
    assert starting_titles(reader, everything) == expected
    # The contents list on the cover names each once, in the same order.
    contents = " ".join(reader.pages[0].extract_text().split())
    positions = [contents.index(title) for title in expected]
    assert positions == sorted(positions)
    assert all(contents.count(title) == 1 for title in expected)


def test_the_page_says_a_pack_and_ticked_pages_print_together(client, demo, author):
    client.force_login(author)
    page = client.get("/handouts/").content.decode()
    assert "a pack prints first, then the pages you ticked" in page


def test_patient_name_is_never_stored_cached_or_logged(client, pack, author, caplog):
    pack, _items = pack
    client.force_login(author)
    caplog.set_level(logging.DEBUG)
    response = client.post("/handouts/", {"pack": pack.pk, "patient_name": NAME})
    assert NAME in pdf_text(response)[0]
    # Not in the database: dump every table.
    out = io.StringIO()
    call_command("dumpdata", stdout=out)
    assert NAME not in out.getvalue()
    # Not in the shared cache (a database table) nor this process's.
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT cache_key, value FROM {settings.CACHE_TABLE}")
        stored = {key: base64.b64decode(value) for key, value in cursor.fetchall()}
    stored |= dict(caches["local"]._cache)
    assert stored, "the cache holds something to search"
    for key, raw in stored.items():
        assert NAME.encode() not in raw, key
        assert NAME not in str(pickle.loads(raw)), key
    # Not in the logs.
    assert NAME not in caplog.text


def test_choosing_nothing_is_explained(client, demo, author):
    client.force_login(author)
    response = client.post("/handouts/", {"patient_name": NAME})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Choose a pack, or tick at least one article or condition." in page
    assert NAME in page  # what was typed stays on the screen


def test_staff_only(client, demo):
    response = client.get("/handouts/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_page_preselects_a_pack_and_lists_published_items_only(client, pack, author):
    from tests.factories import ArticleFactory

    pack, _items = pack
    ArticleFactory(title="A draft nobody should print")
    client.force_login(author)
    page = client.get("/handouts/", {"pack": pack.pk}).content.decode()
    assert f'<option value="{pack.pk}" selected>' in page
    assert "A draft nobody should print" not in page


def test_pack_admin_edits_ordered_items(client, pack, publisher):
    pack, items = pack
    client.force_login(publisher)
    page = client.get(f"/admin/handouts/handoutpack/{pack.pk}/change/").content.decode()
    assert "Print this pack" in client.get("/admin/handouts/handoutpack/").content.decode()
    assert page.count('name="items-') > 6


def test_the_date_field_is_styled_labelled_and_tied_to_its_error(client, demo, author):
    from django.contrib.staticfiles import finders

    client.force_login(author)
    page = client.get("/handouts/").content.decode()
    assert '<label for="id_date">Date for the cover</label>' in page
    # Styled like the portal's other fields (the browser test compares them).
    assert 'input[type="date"]' in Path(finders.find("css/portal.css")).read_text()
    response = client.post("/handouts/", {"articles": [], "date": "the 32nd"})
    assert response.status_code == 400
    page = response.content.decode()
    field = re.search(r'<input type="date"[^>]*>', page).group(0)
    assert 'aria-invalid="true"' in field
    # A screen reader reads the error with the field: the id it names is the message's.
    described = re.search(r'aria-describedby="([^"]+)"', field).group(1)
    message = re.search(rf'<p class="error-message" id="{described}">(.*?)</p>', page)
    assert message and "Enter a valid date." in message.group(1)


def test_staff_print_a_pack_in_spanish_from_the_english_page(client, pack, author):
    """Staff pick the language of a pack. Translated pages print in
    Spanish with their Spanish QR codes; a page with no live translation prints
    in English, marked so, with a note."""
    from articles.models import ArticleTranslation
    from tests.handouts.test_handouts import qr_urls

    pack, (condition, translated, untranslated) = pack
    ArticleTranslation.objects.filter(source=untranslated).delete()
    spanish = {item: item.translations.get(language="es").title for item in (condition, translated)}
    client.force_login(author)
    page = client.get("/handouts/").content.decode()
    assert '<option value="es">Español</option>' in page
    assert '<option value="en" selected>English</option>' in page
    response = client.post("/handouts/", {"pack": pack.pk, "language": "es", "date": "2026-11-24"})
    text, reader = pdf_text(response)
    assert reader.trailer["/Root"]["/Lang"] == "es"
    assert "24 de noviembre de 2026" in text and "Índice" in text
    # The pack's English name stays off the Spanish cover.
    assert reader.metadata.title == "Información para usted" and pack.name not in text
    assert "Contents" not in text and "Printed on" not in text
    assert spanish[condition] in text and condition.title not in text
    assert spanish[translated] in text and translated.title not in text
    assert untranslated.title in text
    assert "no está disponible en español" in text, text[text.rindex(untranslated.title) - 50 :][
        :600
    ]
    urls = qr_urls(response.content, len(reader.pages), "spanish-pack")
    assert f"http://testserver/es{condition.get_absolute_url()}" in urls
    assert f"http://testserver/es{untranslated.get_absolute_url()}" in urls


def test_the_pack_language_defaults_to_the_page_and_rejects_others(client, pack, author):
    pack, _items = pack
    client.force_login(author)
    page = client.get("/es/handouts/").content.decode()
    assert '<option value="es" selected>Español</option>' in page
    _text, reader = pdf_text(client.post("/es/handouts/", {"pack": pack.pk}))
    assert reader.trailer["/Root"]["/Lang"] == "es"
    response = client.post("/handouts/", {"pack": pack.pk, "language": "xx"})
    assert response.status_code == 400
    assert 'id="id_language_error"' in response.content.decode()
