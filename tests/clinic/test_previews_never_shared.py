"""What a signed-in preview shows never reaches patients through a cache.

Staff who may edit see drafts: a draft of changes (``?preview=draft``), a
translation not yet live (draft or in review), an item never published or
archived. Every cache (the page cache, the article and condition fragments,
the per-process memo, the PDF handouts in the shared cache) must key on that,
or refuse to keep it. Each public address is asked first by an author (who
sees the drafts) and then anonymously; the anonymous answer must never hold
a draft's words, in English or Spanish, in pages, PDFs and packs.
"""

import io
import re
from urllib.parse import urlencode

import pytest
from django.urls import reverse
from pypdf import PdfReader

from articles.models import Article, ArticleTranslation, Condition, ConditionTranslation, Status
from publishing import services
from tests.factories import (
    ArticleFactory,
    ArticleTranslationFactory,
    CareAdviceFactory,
    CareAdviceTranslationFactory,
    ConditionFactory,
    ConditionTranslationFactory,
)
from tests.support.two_factor import VerifiedClient

pytestmark = pytest.mark.django_db

# Words no live page holds: one per kind of preview, so a failure says which leaked.
MARKS = {
    "english draft of changes": "Wombatfern",
    "spanish draft translation": "Ornitorrinco",
    "spanish translation in review": "Quetzalpino",
    "draft of changes to a spanish translation": "Ajolotemusgo",
    "english draft of changes to a condition": "Pangolinreed",
    "spanish draft of a condition": "Capibaralirio",
    "item never published": "Narwhalmoss",
    "archived item": "Okapiheath",
}


def edit_live(item, user, **changes):
    """An edit of a live item as the admin saves it: a draft of changes."""
    item = type(item).objects.get(pk=item.pk)
    for name, value in changes.items():
        setattr(item, name, value)
    data = services.draft_data(item, m2m={}, inlines={})
    return services.publishable_save_draft(
        item=type(item).objects.get(pk=item.pk), user=user, data=data
    )


def words(mark: str) -> dict:
    return {
        "title": f"{mark} title",
        "summary": f"{mark} in the summary.",
    }


@pytest.fixture
def drafts(demo, author):
    """One of each kind of preview on live demo pages, and their addresses."""
    # Every demo page is translated: live pages without a Spanish translation.
    ArticleFactory.create_batch(2, published=True)
    CareAdviceFactory.create_batch(2, condition=ConditionFactory(published=True))
    live_articles = list(Article.objects.published().order_by("slug"))
    live_conditions = list(Condition.objects.published().order_by("slug"))
    translated = set(ArticleTranslation.objects.published().values_list("source_id", flat=True))
    translated_conditions = set(
        ConditionTranslation.objects.published().values_list("source_id", flat=True)
    )
    untranslated = [a for a in live_articles if a.pk not in translated]
    with_spanish = [a for a in live_articles if a.pk in translated]
    conditions_es = [c for c in live_conditions if c.pk in translated_conditions]
    conditions_en = [c for c in live_conditions if c.pk not in translated_conditions]
    assert len(untranslated) >= 2 and with_spanish and conditions_es and conditions_en

    # Waiting changes to a live English article and to a live Spanish translation.
    mark = MARKS["english draft of changes"]
    edit_live(
        with_spanish[0],
        author,
        **words(mark),
        body=f"<p>{mark} in the body.</p>",
    )
    mark = MARKS["draft of changes to a spanish translation"]
    edit_live(
        ArticleTranslation.objects.get(source=with_spanish[0], language="es"),
        author,
        **words(mark),
        body=f"<p>{mark} en el texto.</p>",
    )
    # Spanish translations that are not live yet: a draft and one in review.
    mark = MARKS["spanish draft translation"]
    ArticleTranslationFactory(
        source=untranslated[0], body=f"<p>{mark} en el texto.</p>", **words(mark)
    )
    mark = MARKS["spanish translation in review"]
    ArticleTranslationFactory(
        source=untranslated[1],
        status=Status.REVIEW,
        body=f"<p>{mark} en el texto.</p>",
        **words(mark),
    )
    # A condition: waiting English changes, and a Spanish draft with a care card.
    edit_live(conditions_es[0], author, **words(MARKS["english draft of changes to a condition"]))
    mark = MARKS["spanish draft of a condition"]
    condition = conditions_en[0]
    translation = ConditionTranslationFactory(source=condition, **words(mark))
    for card in condition.care_advice.all():
        CareAdviceTranslationFactory(translation=translation, card=card, heading=f"{mark}:")
    # Items patients cannot see at all.
    never = ArticleFactory(**words(MARKS["item never published"]))
    archived = ArticleFactory(status=Status.ARCHIVED, **words(MARKS["archived item"]))

    pages = [item.get_absolute_url() for item in [*live_articles, *live_conditions]]
    hidden = [never.get_absolute_url(), archived.get_absolute_url()]
    return pages, hidden


def addresses(pages: list[str], hidden: list[str]) -> list[str]:
    """Every public address, in English and Spanish (lists, pages with their
    PDFs and previews, search, home, triage, sitemap, API, Infobutton)."""
    one_language = ["/", "/articles/", "/conditions/", "/triage/"]
    one_language += [f"/search/?{urlencode({'q': mark})}" for mark in MARKS.values()]
    one_language += ["/search/?q=knee"]
    for page in [*pages, *hidden]:
        for suffix in ("", "?preview=draft"):
            one_language += [page + suffix, page + "handout.pdf" + suffix]
            one_language += [page + "handout.pdf?size=large" + suffix.replace("?", "&")]
    both = [*one_language, *(f"/es{address}" for address in one_language)]
    api = ["/sitemap.xml"]
    for language in ("en", "es"):
        for kind in ("articles", "conditions"):
            api += [f"/api/v1/{kind}/?language={language}&page_size=100"]
            api += [
                f"/api/v1/{kind}/{page.strip('/').split('/')[-1]}/?language={language}"
                for page in pages
                if page.startswith(f"/{kind}/")
            ]
    codes = Condition.objects.published().values_list("icd10_codes", flat=True)
    for code in sorted({c.split()[0].strip(",") for c in codes if c}):
        for language in ("en", "es"):
            for response_type in ("application/json", "text/xml"):
                query = {
                    "mainSearchCriteria.v.c": code,
                    "mainSearchCriteria.v.cs": "2.16.840.1.113883.6.90",
                    "informationRecipient.languageCode.c": language,
                    "knowledgeResponseType": response_type,
                }
                api += [f"/api/infobutton/?{urlencode(query)}"]
    return both + api


def readable(response) -> str:
    """The words of a page, a feed or a PDF, with the layout's breaks taken out."""
    if response.get("Content-Type") == "application/pdf":
        reader = PdfReader(io.BytesIO(response.content))
        text = " ".join(page.extract_text() for page in reader.pages)
    else:
        text = response.content.decode()
    return re.sub(r"[\s\u00ad-]+", "", text)


def leaked(text: str, address: str = "") -> list[str]:
    """The previews whose words are in ``text`` (a search page repeats its own words)."""
    return [kind for kind, mark in MARKS.items() if mark in text and mark not in address]


def test_staff_first_then_patients_never_get_a_preview(client, drafts, author):
    pages, hidden = drafts
    staff = VerifiedClient()
    staff.force_login(author)
    asked = addresses(pages, hidden)

    # The test means something: staff do see every kind of preview somewhere.
    seen = set()
    for address in asked:
        response = staff.get(address)
        assert response.status_code < 500, address
        if response.status_code == 200:
            seen.update(leaked(readable(response), address))
    assert seen == set(MARKS), set(MARKS) - seen

    for address in asked:
        response = client.get(address)
        assert response.status_code < 500, address
        assert leaked(readable(response), address) == [], address


@pytest.mark.parametrize("language", ["en", "es"])
def test_packs_print_what_patients_see(client, drafts, author, language):
    """A pack goes to a patient: never a draft, whatever the staff member has
    just previewed (their previews are asked first, PDFs included)."""
    pages, _hidden = drafts
    client.force_login(author)
    prefix = "/es" if language == "es" else ""
    for page in pages:
        client.get(f"{prefix}{page}handout.pdf")
        client.get(f"{prefix}{page}handout.pdf?preview=draft")
    response = client.post(
        reverse("handouts:choose"),
        {
            "articles": list(Article.objects.published().values_list("pk", flat=True)),
            "conditions": list(Condition.objects.published().values_list("pk", flat=True)),
            "language": language,
        },
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert leaked(readable(response)) == []
