"""Printouts a patient can use: printed links, large print, page breaks, contents.

Every check reads the PDF WeasyPrint really made, with pypdf and poppler.
"""

import html
import io
import math
import re
import subprocess
import xml.etree.ElementTree as ET

import pytest
from pypdf import PdfReader

from articles.models import Condition
from handouts.models import HandoutPack
from tests.handouts.test_handouts import ARTICLE, CONDITION, fetch, page_png, read, text_of
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
    response = fetch(client, CONDITION + "handout.pdf", size="large")
    condition = read(response)
    # For people to look at: a page with the longest footer (reviewed dates).
    page_png(response.content, 2, "condition-large-print-page-2")
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


XHTML = "{http://www.w3.org/1999/xhtml}"


def page_fill(pdf: bytes) -> list[float]:
    """How full each page is, from 0 (no body text) to 1 (text down to the lowest line used).

    Measured from ``pdftotext -bbox-layout``, which gives every line of text
    with its box. Lines at the same height with the same text (numbers aside)
    on every page are the running header and footer, and are left out. A
    page's fill is how far down its body text reaches, from the top of the
    highest body line to the bottom of the lowest in the whole document (the
    area the handout's text really uses).
    """
    xml = subprocess.run(
        ["pdftotext", "-bbox-layout", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout
    pages = [
        [
            (float(line.get("yMin")), float(line.get("yMax")), " ".join(w.text for w in line))
            for line in page.iter(XHTML + "line")
        ]
        for page in ET.fromstring(xml).iter(XHTML + "page")
    ]

    def where(top, text):
        return round(top), re.sub(r"\d+", "#", text)

    running = set.intersection(*({where(top, text) for top, _, text in p} for p in pages))
    assert len(running) >= 2, "no running header and footer found"
    body = [[(t, b) for t, b, text in p if where(t, text) not in running] for p in pages]
    top = min(t for lines in body for t, _ in lines)
    bottom = max(b for lines in body for _, b in lines)
    return [(max((b for _, b in lines), default=top) - top) / (bottom - top) for lines in body]


def test_tables_leave_no_page_mostly_empty(client, demo):
    # The result's long table of answers no longer leaves its heading alone on a page.
    location = client.post("/triage/", answers(locked="yes"))["Location"]
    fill = page_fill(fetch(client, location + "handout.pdf", size="large").content)
    assert min(fill[:-1]) >= 1 / 3, fill


def text_of_html(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def cards_of(page_html: str) -> list[tuple[str, str]]:
    """(heading, last line) of each care card of a page, in order. The page and its
    PDF render one body (articles/_condition_body.html), so the web page tells
    what each printed card starts and ends with."""
    cards = []
    for card in re.findall(r'<section class="care-card.*?</section>', page_html, re.S):
        heading = re.search(r'class="care-card__heading"[^>]*>(.*?)</h\d>', card, re.S).group(1)
        heading = text_of_html(
            re.sub(r'<span class="care-card__urgency">.*?</span> </span>', "", heading)
        )
        lines = re.findall(r"<(p|li)\b[^>]*>(.*?)</\1>", card, re.S)
        cards.append((heading, text_of_html(lines[-1][1])))
    return cards


def card_pages(pdf: bytes, cards) -> list[tuple[int, int, bool]]:
    """(page of its heading, page of its last line, whether the card opens its page)
    of each card, found in order in the PDF's text."""
    pages = [squashed(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]
    starts = [sum(len(text) for text in pages[:n]) for n in range(len(pages))]
    whole = "".join(pages)

    def page_at(offset):
        return max(n for n, start in enumerate(starts) if start <= offset)

    found, position = [], 0
    for heading, last in cards:
        first = whole.index(squashed(heading), position)
        position = whole.index(squashed(last), first)
        page = page_at(first)
        # The urgency label (printed in capitals) comes just before the heading.
        opens_page = len(whole[starts[page] : first]) <= 40
        found.append((page, page_at(position), opens_page))
    return found


@pytest.mark.parametrize("size", ["normal", "large"])
@pytest.mark.parametrize("language", ["en", "es"])
def test_a_care_card_never_splits_across_pages(client, demo, language, size):
    """The English large-print sprain handout printed "Call 911" on the
    page after its card. Every card of every condition, in both sizes and both
    languages, prints whole on one page, unless it is longer than a page: then it
    starts at the top of a page of its own (a longer list of warning signs may
    make the emergency card so in large print)."""
    prefix = "" if language == "en" else "/es"
    checked = fitting = 0
    for condition in Condition.objects.published():
        url = prefix + condition.get_absolute_url()
        cards = cards_of(client.get(url).content.decode())
        assert cards, url
        pdf = fetch(client, url + "handout.pdf", size=size).content
        for (heading, last), (first_page, last_page, opens_page) in zip(
            cards, card_pages(pdf, cards), strict=True
        ):
            assert first_page == last_page or opens_page, (
                f"{url} {size}: {heading!r} ends with {last!r} a page on"
            )
            checked += 1
            fitting += first_page == last_page
    assert checked >= 12
    # Most cards fit on a page: the test sees whole cards, not only long ones.
    assert fitting >= checked - 4


def test_a_card_longer_than_a_page_splits_from_the_top_of_a_page(client, demo):
    from tests.factories import CareAdviceFactory

    condition = Condition.objects.get(slug="knee-ligament-sprain")
    CareAdviceFactory(
        condition=condition,
        order=99,
        urgency="routine",
        heading="A very long list of things to do",
        points="\n".join(f"Step {n}: rest the knee and keep it raised." for n in range(40)),
        action="Phone us if it does not get better.",
    )
    cards = cards_of(client.get(condition.get_absolute_url()).content.decode())
    placed = card_pages(fetch(client, CONDITION + "handout.pdf", size="large").content, cards)
    *others, (first_page, last_page, opens_page) = placed
    # The others fit on a page, or (an urgent card with its warning signs, in large
    # print) are longer than a page and so start on one of their own.
    assert all(first == last or opens for first, last, opens in others)
    # Longer than a page: it must split, but only after moving to a page of its own.
    assert last_page > first_page and opens_page


def test_pack_contents_give_the_page_each_item_starts_on(client, demo, author):
    reader = read(pack_pdf(client, author, large=True))
    pages = [squashed(page.extract_text()) for page in reader.pages]
    pack = HandoutPack.objects.get(name="After a knee injury")
    titles = [entry.item.title for entry in pack.items.all()]
    contents = pages[0][pages[0].index("Contents") :]
    for title in titles:
        printed = re.search(re.escape(squashed(title)) + r"[.]*(\d+)", contents)
        assert printed, f"no page number for {title!r} in {contents!r}"
        # The item's title opens its first page (the running header comes last); a
        # page may also open with a related-pages link to it, its address in brackets.
        title_text = squashed(title)
        real = next(
            n
            for n, text in enumerate(pages[1:], start=2)
            if text.startswith(title_text) and not text[len(title_text) :].startswith("(")
        )
        assert int(printed.group(1)) == real, title
