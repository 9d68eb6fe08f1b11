"""One body per item for page and PDF: the web page and
every handout render the page's own partial, so they cannot drift; a condition
with empty sections still prints every care card."""

import io

import pytest
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from pypdf import PdfReader

from articles.models import Article, Condition
from handouts.models import HandoutPack, HandoutPackItem
from tests.factories import ArticleFactory, CareAdviceFactory, ConditionFactory

pytestmark = pytest.mark.django_db

BODIES = {Article: "articles/_article_body.html", Condition: "articles/_condition_body.html"}


def squashed(text: str) -> str:
    return "".join(text.split())


def pdf_text(response) -> str:
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    return squashed(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
    )


def templates_of(response) -> set[str]:
    return {template.name for template in response.templates}


@pytest.fixture
def bare_condition():
    """A live condition whose symptoms (and causes, treatment...) are empty, with a
    card of each level."""
    condition = ConditionFactory(
        published=True, title="Bare knee condition", symptoms="", overview="<p>Only this.</p>"
    )
    for order, (urgency, heading) in enumerate(
        [
            ("emergency", "Call for help at once if the leg goes cold"),
            ("urgent", "Get seen today if the knee swells fast"),
            ("routine", "Book a visit if it still hurts in 2 weeks"),
        ]
    ):
        CareAdviceFactory(condition=condition, order=order, urgency=urgency, heading=heading)
    return condition


@pytest.mark.parametrize("size", ["normal", "large"])
def test_a_condition_with_an_empty_symptoms_section_prints_every_care_card(
    client, demo, bare_condition, size
):
    headings = [card.heading for card in bare_condition.care_advice.all()]
    assert len(headings) == 3 and not bare_condition.symptoms
    page = client.get(bare_condition.get_absolute_url()).content.decode()
    text = pdf_text(client.get(bare_condition.get_absolute_url() + "handout.pdf", {"size": size}))
    for heading in headings:
        assert heading in page
        assert squashed(heading) in text, heading
    assert squashed("When to get help") in text


def test_a_condition_with_empty_sections_prints_every_care_card_in_a_pack(
    client, demo, author, bare_condition
):
    client.force_login(author)
    response = client.post("/handouts/", {"conditions": [bare_condition.pk]})
    text = pdf_text(response)
    for card in bare_condition.care_advice.all():
        assert squashed(card.heading) in text, card.heading


@pytest.mark.parametrize("model", [Article, Condition], ids=["article", "condition"])
def test_page_and_handouts_render_the_one_body(client, demo, author, model):
    item = model.objects.published().first()
    body = BODIES[model]
    page = client.get(item.get_absolute_url())
    handout = client.get(item.get_absolute_url() + "handout.pdf", {"size": "large"})
    spanish = client.get("/es" + item.get_absolute_url() + "handout.pdf")
    pack = HandoutPack.objects.create(name="One of it")
    HandoutPackItem.objects.create(pack=pack, **{model._meta.model_name: item})
    client.force_login(author)
    packed = client.post("/handouts/", {"pack": pack.pk})
    for response in (page, handout, spanish, packed):
        assert response.status_code == 200
        assert body in templates_of(response)
    # No second body for paper to drift from the page's.
    for name in ("handouts/_article_body.html", "handouts/_condition_body.html"):
        with pytest.raises(TemplateDoesNotExist):
            get_template(name)


def test_what_the_page_says_the_handout_prints(client, demo):
    """Sections, facts and related pages come from the one body: a section added to
    the page is on paper too, and the page's screen-only parts are not."""
    article = ArticleFactory(published=True, title="Running again after a knee injury")
    condition = ConditionFactory(
        published=True, treatment="<p>Cycling on a flat road is a good start.</p>"
    )
    condition.related_articles.add(article)
    text = pdf_text(client.get(condition.get_absolute_url() + "handout.pdf"))
    assert squashed("Cycling on a flat road is a good start.") in text
    assert squashed("Related articles") in text and squashed(article.title) in text
    assert squashed("How it usually starts") in text
    # What only a screen needs stays off paper (handout.css).
    assert squashed("On this page") not in text
    assert squashed("Download as a PDF handout") not in text
