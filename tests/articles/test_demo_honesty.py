"""Demo honesty (CLINICAL.md): sample content says so instead of showing review
dates that no clinician gave, until a clinical reviewer approves it."""

import html
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from articles.models import Article, Condition, Status
from handouts.models import HandoutPack, HandoutPackItem
from publishing import services
from tests.factories import ArticleFactory, ConditionFactory

pytestmark = pytest.mark.django_db

NOTICE = "Sample content: not yet reviewed by a clinician"
DEMO_ITEMS = [
    (Article, "what-to-do-when-your-knee-hurts-after-exercise"),
    (Condition, "knee-ligament-sprain"),
]


def page_of(client, item) -> str:
    response = client.get(item.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def assert_shows_notice_not_dates(page):
    assert NOTICE in page
    assert "Page last reviewed" not in page and "Next review due" not in page
    assert 'class="review-dates"' not in page


def assert_shows_dates_not_notice(page, item):
    assert NOTICE not in page
    assert "Page last reviewed" in page and "Next review due" in page
    assert f'<time datetime="{item.reviewed_on:%Y-%m-%d}">' in page
    assert f'<time datetime="{item.next_review_due:%Y-%m-%d}">' in page


def test_demo_loader_marks_everything_it_creates_as_demo(demo):
    assert Article.objects.count() and Condition.objects.count()
    assert not Article.objects.filter(is_demo=False).exists()
    assert not Condition.objects.filter(is_demo=False).exists()


def test_content_written_by_staff_is_not_demo(client):
    article = ArticleFactory(published=True)
    assert article.is_demo is False
    assert_shows_dates_not_notice(page_of(client, article), article)


@pytest.mark.parametrize(("model", "slug"), DEMO_ITEMS, ids=["article", "condition"])
def test_demo_page_shows_the_sample_notice_instead_of_review_dates(client, demo, model, slug):
    assert_shows_notice_not_dates(page_of(client, model.objects.get(slug=slug)))


@pytest.mark.parametrize(("model", "slug"), DEMO_ITEMS, ids=["article", "condition"])
def test_approval_by_a_reviewer_ends_demo_and_shows_the_dates(client, demo, reviewer, model, slug):
    item = model.objects.get(slug=slug)
    assert_shows_notice_not_dates(page_of(client, item))  # now also in the page cache
    version = item.version
    run(item, "confirm_review", reviewer)
    item.refresh_from_db()
    assert item.is_demo is False
    assert item.version == version + 1  # one save: the flag went with the approval
    assert item.status == Status.PUBLISHED
    assert item.reviewed_by == reviewer and item.reviewed_on == timezone.localdate()
    assert_shows_dates_not_notice(page_of(client, item), item)


def test_an_approval_refused_for_want_of_permission_keeps_the_demo_flag(demo, publisher):
    from django.core.exceptions import PermissionDenied

    item = Article.objects.get(slug=DEMO_ITEMS[0][1])
    with pytest.raises(PermissionDenied):
        run(item, "confirm_review", publisher)
    item.refresh_from_db()
    assert item.is_demo is True


def test_archiving_editing_and_returning_to_draft_keep_the_demo_flag(demo, publisher):
    item = Article.objects.get(slug=DEMO_ITEMS[0][1])
    run(item, "archive", publisher)
    assert item.is_demo is True
    run(item, "restore", publisher)
    assert item.is_demo is True
    item.summary = "A new summary."
    item.save()
    item.refresh_from_db()
    assert item.is_demo is True


def test_editing_a_live_demo_item_in_the_admin_keeps_the_flag(client, demo, publisher):
    item = Article.objects.get(slug=DEMO_ITEMS[0][1])
    client.force_login(publisher)
    url = reverse("admin:articles_article_change", args=[item.pk])
    data = _article_form_data(client.get(url), summary="A shorter summary.")
    assert client.post(url, data).status_code == 302
    item.refresh_from_db()
    # The change waits in a draft; the live page (still sample content) is unchanged.
    assert item.summary != "A shorter summary." and item.status == Status.PUBLISHED
    assert services.draft_of(item).data["fields"]["summary"] == "A shorter summary."
    assert item.is_demo is True


def test_reverting_an_approved_item_to_a_demo_version_does_not_make_it_demo_again(
    client, reviewer, publisher
):
    article = ArticleFactory(published=True, is_demo=True, body="<p>Sample advice.</p>")
    run(article, "confirm_review", reviewer)
    assert article.is_demo is False
    first = article.history.earliest("history_date")
    assert first.is_demo is True
    client.force_login(publisher)
    revert_url = reverse(
        "admin:articles_article_simple_history", args=[article.pk, first.history_id]
    )
    data = _article_form_data(client.get(revert_url), body="<p>Sample advice, edited.</p>")
    assert client.post(revert_url, data).status_code == 302
    article.refresh_from_db()
    # Reverting a live item makes a new draft; the live version is untouched.
    assert article.body == "<p>Sample advice.</p>"
    assert services.draft_of(article).data["fields"]["body"] == "<p>Sample advice, edited.</p>"
    assert article.is_demo is False


def run(item, name, user, **kwargs):
    return services.publishable_transition(item=item, name=name, user=user, **kwargs)


def _article_form_data(response, **changes):
    form = response.context["adminform"].form
    data = {name: form.initial.get(name) or "" for name in form.fields}
    data.update({"publish_at_0": "", "publish_at_1": ""})
    data["expected_version"] = form.fields["expected_version"].initial
    data.update(changes)
    return data


# Staff: the admin lists ---------------------------------------------------------


@pytest.mark.parametrize(
    ("model", "factory"), [(Article, ArticleFactory), (Condition, ConditionFactory)]
)
def test_admin_demo_filter_lists_only_demo_items(client, demo, publisher, model, factory):
    own = factory(published=True, title="The clinic's own page")
    client.force_login(publisher)
    url = reverse(f"admin:articles_{model._meta.model_name}_changelist")
    page = client.get(url)
    html = page.content.decode()
    assert "By demo content" in html  # the filter's title
    assert "column-demo_badge" in html  # the column
    assert html.count("<strong>Demo</strong>") == model.objects.filter(is_demo=True).count()

    demo_only = client.get(url, {"demo": "yes"}).context["cl"].result_list
    assert set(demo_only) == set(model.objects.filter(is_demo=True))
    assert own not in demo_only and len(demo_only) == model.objects.count() - 1

    not_demo = client.get(url, {"demo": "no"}).context["cl"].result_list
    assert list(not_demo) == [own]


def test_change_form_shows_sample_content_read_only(client, demo, publisher):
    client.force_login(publisher)
    item = Article.objects.get(slug=DEMO_ITEMS[0][1])
    response = client.get(reverse("admin:articles_article_change", args=[item.pk]))
    html = response.content.decode()
    assert "Sample content" in html and "Until a clinical reviewer approves it" in html
    assert "is_demo" not in response.context["adminform"].form.fields  # read-only
    own = ArticleFactory(published=True)
    html = client.get(reverse("admin:articles_article_change", args=[own.pk])).content.decode()
    assert "No: the clinic&#x27;s own content." in html


# Staff-printed packs ----------------------------------------------------------


def test_pack_pdf_shows_the_notice_for_demo_items_and_dates_for_approved_ones(
    client, demo, author, reviewer
):
    demo_item = Article.objects.get(slug="preventing-knee-pain-from-exercise")
    approved = Condition.objects.get(slug="meniscus-tear")
    run(approved, "confirm_review", reviewer)
    pack = HandoutPack.objects.create(name="Mixed pack", description="One of each")
    HandoutPackItem.objects.create(pack=pack, order=0, article=demo_item)
    HandoutPackItem.objects.create(pack=pack, order=1, condition=approved)
    client.force_login(author)
    response = client.post("/handouts/", {"pack": pack.pk})
    reader = PdfReader(io.BytesIO(response.content))
    pages = [" ".join(page.extract_text().split()) for page in reader.pages]
    demo_pages = " ".join(p for p in pages[1:] if p.startswith(demo_item.title))
    approved_pages = " ".join(p for p in pages[1:] if p.startswith(approved.title))
    assert NOTICE in demo_pages and "Reviewed on" not in demo_pages
    assert "Reviewed on" in approved_pages and NOTICE not in approved_pages
    assert f"{timezone.localdate():%B %-d, %Y}" in approved_pages


# The triage result on paper ---------------------------------------------------

SAMPLE_QUESTIONNAIRE = {
    "en": "Sample questionnaire: not yet approved by the clinic's clinical lead.",
    "es": "Cuestionario de muestra: todavía no lo aprobó el responsable clínico de la clínica.",
}


def _squashed(text: str) -> str:
    return "".join(text.split())


def _result_pdf_text(client, location: str, language: str, size: str) -> str:
    prefix = "" if language == "en" else f"/{language}"
    response = client.get(f"{prefix}{location}handout.pdf", {"size": size})
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    return _squashed(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
    )


@pytest.mark.parametrize("size", ["normal", "large"])
@pytest.mark.parametrize("language", ["en", "es"])
def test_triage_result_pdf_says_the_questionnaire_is_a_sample_while_it_is(
    client, demo, language, size
):
    from tests.triage.answers import answers
    from triage.models import Questionnaire

    location = client.post("/triage/", answers(locked="yes"))["Location"]
    page = html.unescape(client.get(location).content.decode())
    assert SAMPLE_QUESTIONNAIRE["en"] in page  # as on the web page
    notice = _squashed(SAMPLE_QUESTIONNAIRE[language])
    assert notice in _result_pdf_text(client, location, language, size)
    # Approved by the clinic: the paper no longer says so.
    Questionnaire.objects.published().update(is_demo=False)
    assert notice not in _result_pdf_text(client, location, language, size)


# Review claims on lists -------------------------------------------------------

CLAIMS = {
    "en": {
        "/": "Written in plain words and checked by our clinical team.",
        "/articles/": "Each one is checked by our clinical team.",
    },
    "es": {
        "/": "revisados por nuestro equipo clínico.",
        "/articles/": "Nuestro equipo clínico revisa cada uno.",
    },
}


def _claims_shown(client, language: str) -> dict:
    prefix = "" if language == "en" else f"/{language}"
    shown = {}
    for path, claim in CLAIMS[language].items():
        response = client.get(prefix + path)
        assert response.status_code == 200
        # The Spanish home page's claim wraps in the catalogue: compare without spaces.
        shown[path] = _squashed(claim) in _squashed(response.content.decode())
    return shown


def _review_everything(reviewer):
    from articles.models import ArticleTranslation, ConditionTranslation
    from triage.models import Questionnaire

    today = timezone.localdate()
    for model in (Article, Condition, ArticleTranslation, ConditionTranslation):
        model.objects.update(is_demo=False, reviewed_on=today, reviewed_by=reviewer)
    Questionnaire.objects.update(is_demo=False)


@pytest.mark.parametrize("language", ["en", "es"])
def test_lists_claim_a_clinical_check_only_when_every_live_item_had_one(
    client, demo, reviewer, language
):
    from clinic.models import ContentVersion

    # The demo content: no page may say it was checked.
    assert _claims_shown(client, language) == {"/": False, "/articles/": False}
    _review_everything(reviewer)
    ContentVersion.bump()  # update() sends no signal: a new version, as a save would
    assert _claims_shown(client, language) == {"/": True, "/articles/": True}
    # One sample condition left: the home page (which leads to the conditions) says
    # nothing; the article list, all of whose articles were checked, still may.
    Condition.objects.filter(slug="meniscus-tear").update(is_demo=True)
    ContentVersion.bump()
    assert _claims_shown(client, language) == {"/": False, "/articles/": True}


def test_a_live_article_with_no_review_date_takes_the_claim_away(client, demo, reviewer):
    from clinic.models import ContentVersion

    _review_everything(reviewer)
    ArticleFactory(published=True, reviewed_on=None)
    ContentVersion.bump()
    assert _claims_shown(client, "en") == {"/": False, "/articles/": False}


def test_the_sample_questionnaire_takes_the_claim_away_from_the_home_page(client, demo, reviewer):
    from clinic.models import ContentVersion
    from triage.models import Questionnaire

    _review_everything(reviewer)
    Questionnaire.objects.published().update(is_demo=True)
    ContentVersion.bump()
    assert _claims_shown(client, "en") == {"/": False, "/articles/": True}


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_sample_translation_takes_the_claim_away_from_its_language_only(
    client, demo, reviewer, language
):
    from articles.models import ArticleTranslation
    from clinic.models import ContentVersion

    _review_everything(reviewer)
    ArticleTranslation.objects.filter(pk=ArticleTranslation.objects.published().first().pk).update(
        is_demo=True
    )
    ContentVersion.bump()
    expected = language == "en"
    assert _claims_shown(client, language) == {"/": expected, "/articles/": expected}
