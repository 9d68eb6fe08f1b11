"""Printouts a patient can use (issue 13): printed links, large print, page breaks, contents.

Every check reads the PDF WeasyPrint really made, with pypdf and poppler.
"""

import re

import pytest

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
