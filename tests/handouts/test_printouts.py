"""Printouts a patient can use (issue 13): printed links, large print, page breaks, contents.

Every check reads the PDF WeasyPrint really made, with pypdf and poppler.
"""

import math
import re

import pytest

from articles.models import Condition
from handouts.models import HandoutPack
from tests.handouts.test_handouts import ARTICLE, CONDITION, fetch, read, text_of
from tests.triage.answers import answers

pytestmark = pytest.mark.django_db


def squashed(text: str) -> str:
    """Text without white space: a printed address may wrap anywhere."""
    return "".join(text.split())


def pack_pdf(client, author, *, large=False):
    client.force_login(author)
    pack = HandoutPack.objects.get(name="After a knee injury")
    response = client.post("/handouts/", {"pack": pack.pk, **({"large": "on"} if large else {})})
    assert response.status_code == 200
    return response


def unprinted_links(reader) -> list[str]:
    """The links of the PDF (its link annotations) whose destination is not printed.

    A web address must appear without its scheme on the link's page (or the
    next, when the address wraps over the page); a phone number as its digits.
    Links inside the PDF (the pack's contents) carry no address.
    """
    texts = [squashed(page.extract_text()) for page in reader.pages] + [""]
    missing = []
    for number, page in enumerate(reader.pages):
        on_paper = texts[number] + texts[number + 1]
        for annotation in page.get("/Annots") or []:
            uri = annotation.get_object().get("/A", {}).get("/URI")
            if uri is None:
                continue
            if uri.startswith("tel:"):
                printed = re.sub(r"\D", "", uri) in re.sub(r"\D", "", on_paper)
            else:
                printed = squashed(uri.split("://", 1)[-1].rstrip("/")) in on_paper
            if not printed:
                missing.append(f"page {number + 1}: {uri}")
    return missing


def test_links_in_handouts_print_their_full_address(client, demo, author):
    article = read(fetch(client, ARTICLE + "handout.pdf"))
    # A path in the rich text prints with the site's address in front of it.
    assert squashed(
        "Read getting back to exercise after knee pain"
        " (testserver/articles/getting-back-to-exercise-after-knee-pain) for a step-by-step plan."
    ) in squashed(text_of(article))
    condition = read(fetch(client, CONDITION + "handout.pdf", size="large"))
    location = client.post("/triage/", answers(locked="yes"))["Location"]
    result = read(fetch(client, location + "handout.pdf"))
    pack = read(pack_pdf(client, author))
    for name, reader in [("article", article), ("condition", condition)] + [
        ("triage result", result),
        ("pack", pack),
    ]:
        links = sum(len(page.get("/Annots") or []) for page in reader.pages)
        assert links > 1, f"{name}: no links to check"
        assert unprinted_links(reader) == [], name


def font_sizes(reader) -> list[tuple[int, float, str]]:
    """(page, size in points, text) of every piece of text the PDF draws.

    The size is the real one on paper: pypdf gives each run of text its font
    size (the Tf operator) with the text matrix and the current transformation
    matrix; the length of the text space's vertical unit through both matrices
    scales the font size to points. (WeasyPrint draws in CSS pixels under a
    0.75 scale, so a 16 pt font is size 21.33 with a 0.75 matrix.) Running
    headers and footers and the page-number margin boxes are drawn like any
    other text, so they are measured too.
    """
    runs = []
    for number, page in enumerate(reader.pages, start=1):

        def visit(text, cm, tm, font, size, number=number):
            if text.strip():
                # The vertical unit (0, 1) through the text matrix, then the CTM.
                x = tm[2] * cm[0] + tm[3] * cm[2]
                y = tm[2] * cm[1] + tm[3] * cm[3]
                runs.append((number, round(size * math.hypot(x, y), 2), text.strip()))

        page.extract_text(visitor_text=visit)
    return runs


def assert_large_print_everywhere(reader, name, *, expect=()):
    runs = font_sizes(reader)
    # The measure sees every page and the small print that large print must enlarge.
    assert {page for page, _size, _text in runs} == set(range(1, len(reader.pages) + 1)), name
    seen = " ".join(text for _page, _size, text in runs)
    for words in ("Riverside Knee Clinic", "Printed on", "Page 1 of", "Scan the code", *expect):
        assert words in seen, f"{name}: {words!r} not measured"
    too_small = [(page, size, text[:40]) for page, size, text in runs if size < 16]
    assert too_small == [], name


def test_large_print_is_at_least_16_points_on_every_page(client, demo, author, reviewer):
    from publishing.services import publishable_transition

    # A reviewed item prints its dates (the longest footer, and the pack's item dates).
    sprain = Condition.objects.get(slug="knee-ligament-sprain")
    publishable_transition(item=sprain, name="confirm_review", user=reviewer)
    article = read(fetch(client, ARTICLE + "handout.pdf", size="large"))
    assert_large_print_everywhere(article, "article")
    condition = read(fetch(client, CONDITION + "handout.pdf", size="large"))
    assert_large_print_everywhere(
        condition,
        "condition",
        expect=("Diagnosis codes", "Also called", "IMMEDIATE ACTION", "Next review due"),
    )
    pack = read(pack_pdf(client, author, large=True))
    assert_large_print_everywhere(pack, "pack", expect=("Contents", "Reviewed on", "Diagnosis"))
    # The measure is not blind to small print: the normal handout's footer is 9 pt.
    normal = font_sizes(read(fetch(client, ARTICLE + "handout.pdf")))
    assert min(size for _page, size, _text in normal) == 9
