"""One language inside each care card: on a Spanish page, in its PDF and
in a Spanish pack, a card whose words are not translated is English as a whole
(its label, warning signs and phone lines too) and marked lang="en"; a
translated card is Spanish."""

import html
import io
import re

import pytest
from pypdf import PdfReader

from articles.models import CareAdviceTranslation, Condition, ConditionTranslation

pytestmark = pytest.mark.django_db

SLUG = "knee-ligament-sprain"


def squashed(text: str) -> str:
    return "".join(text.split())


def cards(page_html: str) -> list[tuple[str, str]]:
    """(opening tag, text of the card below its label) of each care card of a page."""
    found = []
    for card in re.findall(r"<section class=\"care-card.*?</section>", page_html, re.S):
        opening = card[: card.index(">") + 1]
        below_label = re.sub(r'<span class="care-card__urgency">.*?</span> </span>', "", card)
        found.append((opening, html.unescape(re.sub(r"<[^>]+>", " ", below_label))))
    return found


def pdf_text(response) -> str:
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    return squashed(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
    )


def english_cards(client, condition) -> list[str]:
    return [
        text for _opening, text in cards(client.get(condition.get_absolute_url()).content.decode())
    ]


def test_an_untranslated_condition_prints_whole_english_cards_in_a_spanish_pack(
    client, demo, author
):
    condition = Condition.objects.get(slug=SLUG)
    ConditionTranslation.objects.filter(source=condition).delete()
    english = english_cards(client, condition)
    assert len(english) == 3
    # The Spanish page (the PDF's body): every card English as a whole, marked so.
    spanish_page = client.get("/es" + condition.get_absolute_url()).content.decode()
    for (opening, text), same in zip(cards(spanish_page), english, strict=True):
        assert 'lang="en"' in opening
        assert squashed(text) == squashed(same)
    # On paper, in a Spanish pack: the English card's words in one piece, no Spanish in it.
    client.force_login(author)
    text = pdf_text(client.post("/handouts/", {"conditions": [condition.pk], "language": "es"}))
    for card in english:
        assert squashed(card) in text, card[:80]


def test_a_translated_condition_with_one_untranslated_card_mixes_no_card(client, demo):
    condition = Condition.objects.get(slug=SLUG)
    first, *others = condition.care_advice.all()
    CareAdviceTranslation.objects.filter(card=first).delete()
    english = english_cards(client, condition)
    spanish_page = client.get("/es" + condition.get_absolute_url()).content.decode()
    (opening, text), *translated = cards(spanish_page)
    assert 'lang="en"' in opening and squashed(text) == squashed(english[0])
    for (opening, text), card in zip(translated, others, strict=True):
        assert "lang=" not in opening
        assert squashed(card.translations.get().heading) in squashed(text)
        assert squashed(text) != squashed(english[others.index(card) + 1])
    # The page's own Spanish handout prints the English card whole too.
    text = pdf_text(
        client.get("/es" + condition.get_absolute_url() + "handout.pdf", {"size": "large"})
    )
    assert squashed(english[0]) in text
