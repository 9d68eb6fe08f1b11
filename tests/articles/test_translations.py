"""Spanish translations of articles and conditions.

A translation is reviewed like its source and records the source revision it
was approved against; publishing the English page again makes it out of date
(in the admin and on the Spanish page) until a reviewer approves it again.
Spanish pages of items without a live translation show the English text with
a notice, never a 404, and hreflang lists only live translations.
"""

import re

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from articles.models import Article, ArticleTranslation, Condition, Status
from clinic.models import ClinicSettings
from publishing import services
from tests.factories import (
    ArticleFactory,
    ArticleTranslationFactory,
    CareAdviceFactory,
    CareAdviceTranslationFactory,
    ConditionFactory,
    ConditionTranslationFactory,
)

OUT_OF_DATE = "Esta página se actualizó en inglés el"
OUT_OF_DATE_END = "Es posible que la versión en español no tenga los últimos cambios."
NOT_TRANSLATED = "todavía no está disponible en español, así que se muestra en inglés"

pytestmark = pytest.mark.django_db


def run(item, name, user, **kwargs):
    return services.publishable_transition(item=item, name=name, user=user, **kwargs)


def publish_through_workflow(item, author, reviewer, publisher):
    """Submit, approve and publish ``item`` (or its draft of changes) as the roles do."""
    run(item, "submit", author)
    run(item, "approve", reviewer)
    return run(item, "publish", publisher)


def edit_live(item, user, **changes):
    """An edit of a live item, as the admin saves it: a draft of changes."""
    for name, value in changes.items():
        setattr(item, name, value)
    data = services.draft_data(item, m2m={}, inlines={})
    return services.publishable_save_draft(
        item=type(item).objects.get(pk=item.pk), user=user, data=data
    )


def spanish(path: str) -> str:
    return f"/es{path}"


@pytest.fixture
def live_article(author, reviewer, publisher):
    article = ArticleFactory(author=author, title="Ice for a sore knee")
    return publish_through_workflow(article, author, reviewer, publisher)


# The workflow and the source revision ----------------------------------------------


def test_publishing_counts_revisions(live_article, author, reviewer, publisher):
    assert live_article.revision == 1
    assert live_article.last_published is not None
    edit_live(live_article, author, summary="New advice about ice. It is easy to read.")
    article = publish_through_workflow(live_article, author, reviewer, publisher)
    assert article.revision == 2
    assert article.summary == "New advice about ice. It is easy to read."


def test_approval_records_the_source_revision(live_article, author, reviewer, publisher):
    translation = ArticleTranslationFactory(
        source=live_article, author=author, source_revision=None
    )
    assert not translation.is_out_of_date
    translation = publish_through_workflow(translation, author, reviewer, publisher)
    assert translation.source_revision == 1
    assert translation.is_live and translation.reviewed_by == reviewer


def test_the_author_cannot_approve_their_own_translation(live_article, author, reviewer):
    translation = ArticleTranslationFactory(
        source=live_article, author=reviewer, updated_by=reviewer
    )
    run(translation, "submit", reviewer)
    with pytest.raises(Exception, match="Someone other than the author"):
        run(translation, "approve", reviewer)


def test_a_new_english_revision_makes_the_translation_out_of_date_until_approved_again(
    live_article, author, reviewer, publisher
):
    translation = publish_through_workflow(
        ArticleTranslationFactory(source=live_article, author=author, source_revision=None),
        author,
        reviewer,
        publisher,
    )
    edit_live(live_article, author, body="<p>Use ice for 20 minutes at most.</p>")
    publish_through_workflow(live_article, author, reviewer, publisher)
    translation.refresh_from_db()
    assert translation.source_revision == 1 and translation.source.revision == 2
    assert translation.is_out_of_date
    assert list(ArticleTranslation.objects.out_of_date()) == [translation]

    # The translator updates the live translation: a draft of changes, reviewed again.
    edit_live(translation, author, body="<p>Use hielo 20 minutos como máximo.</p>")
    translation = publish_through_workflow(translation, author, reviewer, publisher)
    assert translation.source_revision == 2
    assert not translation.is_out_of_date
    assert not ArticleTranslation.objects.out_of_date().exists()


def test_a_review_without_changes_also_clears_out_of_date(
    live_article, author, reviewer, publisher
):
    translation = ArticleTranslationFactory(source=live_article, published=True, source_revision=0)
    assert translation.is_out_of_date
    run(translation, "confirm_review", reviewer)
    translation.refresh_from_db()
    assert translation.source_revision == live_article.revision
    assert not translation.is_out_of_date


def test_one_translation_per_language():
    translation = ArticleTranslationFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleTranslationFactory(source=translation.source)


def test_a_translation_is_sanitised_and_measured_on_save():
    translation = ArticleTranslationFactory(
        body='<p onclick="x()">Descanse.</p><script>alert(1)</script>'
    )
    assert translation.body == "<p>Descanse.</p>"
    assert translation.word_count > 0


# The admin ------------------------------------------------------------------------------


def test_admin_lists_and_flags_out_of_date_translations(admin_client):
    source = ArticleFactory(published=True, revision=3)
    stale = ArticleTranslationFactory(source=source, published=True, source_revision=2)
    fresh = ArticleTranslationFactory(
        source=ArticleFactory(published=True, revision=1), published=True, source_revision=1
    )
    url = "/admin/articles/articletranslation/"
    page = admin_client.get(url).content.decode()
    assert "Out of date: the English page changed after the review" in page
    flagged = admin_client.get(url, {"up_to_date": "no"}).content.decode()
    assert stale.title in flagged and fresh.title not in flagged
    current = admin_client.get(url, {"up_to_date": "yes"}).content.decode()
    assert fresh.title in current and stale.title not in current

    change = admin_client.get(f"{url}{stale.pk}/change/").content.decode()
    assert "approved against revision 2" in change
    source_page = admin_client.get(f"/admin/articles/article/{source.pk}/change/").content.decode()
    assert stale.title in source_page and "Out of date" in source_page


def test_admin_offers_to_add_a_missing_translation(admin_client):
    source = ConditionFactory(published=True)
    page = admin_client.get(f"/admin/articles/condition/{source.pk}/change/").content.decode()
    add = f"/admin/articles/conditiontranslation/add/?source={source.pk}&amp;language=es"
    assert add in page
    form = admin_client.get(add.replace("&amp;", "&")).content.decode()
    assert f'<option value="{source.pk}" selected>' in form


def test_admin_adds_a_translation_as_a_draft(client, author):
    source = ArticleFactory(published=True)
    client.force_login(author)
    response = client.post(
        "/admin/articles/articletranslation/add/",
        {
            "source": source.pk,
            "language": "es",
            "title": "Hielo para la rodilla",
            "summary": "Cómo usar hielo. Es fácil.",
            "body": "<p>Envuelva el hielo en un paño.</p>",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    translation = ArticleTranslation.objects.get(source=source)
    assert translation.status == Status.DRAFT and translation.author == author
    assert translation.get_absolute_url() == f"/es/articles/{source.slug}/"


def test_admin_refuses_a_second_translation_into_the_same_language(client, author):
    existing = ArticleTranslationFactory()
    client.force_login(author)
    response = client.post(
        "/admin/articles/articletranslation/add/",
        {
            "source": existing.source.pk,
            "language": "es",
            "title": "Otra",
            "summary": "Otra más.",
            "body": "<p>Otra.</p>",
        },
    )
    assert response.status_code == 200
    assert "already exists" in response.content.decode()
    assert ArticleTranslation.objects.count() == 1


# Spanish pages ---------------------------------------------------------------------------


@pytest.fixture
def settings_loaded(db):
    # Creating the settings bumps the content version: do it before any cached GET.
    return ClinicSettings.load()


def test_spanish_page_shows_the_live_translation(client, settings_loaded):
    translation = ArticleTranslationFactory(published=True, title="Hielo para la rodilla")
    response = client.get(spanish(translation.source.get_absolute_url()))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Hielo para la rodilla" in page and "Descanse la rodilla" in page
    assert translation.source.title not in page
    assert OUT_OF_DATE not in page and NOT_TRANSLATED not in page
    assert '<html lang="es"' in page


def test_spanish_page_without_a_translation_shows_english_with_a_notice(client, settings_loaded):
    article = ArticleFactory(published=True, title="Ice for a sore knee")
    ArticleTranslationFactory(source=article, title="Borrador en revisión", status=Status.REVIEW)
    response = client.get(spanish(article.get_absolute_url()))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Ice for a sore knee" in page and "Borrador" not in page
    assert re.search(r'<h1 lang="en">Ice for a sore knee</h1>', page)
    notice = re.search(r'<p class="notice notice--language"[^>]*>(.*?)</p>', page, re.S)
    # The language's name as Spanish writes it inside a sentence: lower case.
    assert notice.group(1) == f"Esta página {NOT_TRANSLATED}."


def test_spanish_page_of_an_out_of_date_translation_says_so_and_links_to_english(
    client, settings_loaded
):
    source = ArticleFactory(
        published=True,
        revision=2,
        last_published=timezone.make_aware(timezone.datetime(2026, 11, 3, 12)),
    )
    ArticleTranslationFactory(source=source, published=True, source_revision=1)
    page = client.get(spanish(source.get_absolute_url())).content.decode()
    notice = re.search(r'<p class="notice notice--language"[^>]*>(.*?)</p>', page, re.S).group(1)
    assert "2026" in notice and "noviembre" in notice
    assert OUT_OF_DATE in notice and OUT_OF_DATE_END in notice
    assert f'href="{source.get_absolute_url()}"' in notice


def test_spanish_condition_page_translates_sections_names_and_cards(client, settings_loaded):
    translation = ConditionTranslationFactory(
        published=True, also_known_as="Rodilla del corredor", title="Dolor de rótula"
    )
    card = CareAdviceFactory(condition=translation.source, heading="See a physio if:")
    untranslated = CareAdviceFactory(condition=translation.source, heading="Call us if:", order=2)
    CareAdviceTranslationFactory(translation=translation, card=card)
    page = client.get(spanish(translation.source.get_absolute_url())).content.decode()
    assert "Dolor de rótula" in page and "Rodilla del corredor" in page
    assert "Le duele la parte de adelante de la rodilla." in page
    assert "Vea a un fisioterapeuta si:" in page and card.heading not in page
    assert untranslated.heading in page  # a card with no words yet keeps its English ones
    # ...marked as English as a whole card (no card mixes languages).
    english_card = re.search(r'<section class="care-card[^>]*lang="en".*?</section>', page, re.S)
    assert untranslated.heading in english_card.group(0)
    assert f'<p class="care-card__action">{untranslated.action}</p>' in english_card.group(0)


def test_spanish_condition_page_lists_related_articles_by_their_spanish_names(
    client, settings_loaded
):
    condition = ConditionTranslationFactory(published=True).source
    names = {"Aa first in English": "Ejercicio", "Bb second": "Ánimo y descanso", "Cc": None}
    for english, spanish_title in names.items():
        article = ArticleFactory(published=True, title=english)
        condition.related_articles.add(article)
        if spanish_title:
            ArticleTranslationFactory(source=article, published=True, title=spanish_title)
    page = client.get(spanish(condition.get_absolute_url())).content.decode()
    shown = ["Ánimo y descanso", "Cc", "Ejercicio"]  # accents and case ignored
    positions = [page.index(f">{title}</a>") for title in shown]
    assert positions == sorted(positions)


def test_spanish_pages_are_not_found_only_when_the_english_one_is_not(client, settings_loaded):
    draft = ArticleFactory(status=Status.DRAFT)
    ArticleTranslationFactory(source=draft, published=True)
    assert client.get(spanish(draft.get_absolute_url())).status_code == 404


def alternates(page: str) -> dict[str, str]:
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', page))


def test_hreflang_lists_only_live_translations(client, settings_loaded):
    translated = ArticleTranslationFactory(published=True).source
    in_review = ArticleTranslationFactory(status=Status.REVIEW).source
    for article in (translated, in_review):
        for path in (article.get_absolute_url(), spanish(article.get_absolute_url())):
            links = alternates(client.get(path).content.decode())
            expected = {"en", "x-default"} | ({"es"} if article == translated else set())
            assert set(links) == expected, (path, links)
            assert links["en"].endswith(article.get_absolute_url())
            if "es" in links:
                assert links["es"].endswith(spanish(article.get_absolute_url()))


def test_staff_preview_a_translation_in_review(client, settings_loaded, author):
    translation = ArticleTranslationFactory(status=Status.REVIEW, title="Borrador en revisión")
    client.force_login(author)
    response = client.get(spanish(translation.source.get_absolute_url()))
    assert "Borrador en revisión" in response.content.decode()
    assert "no-store" in response["Cache-Control"]


def test_editing_the_english_page_shows_at_once_in_spanish(
    client, settings_loaded, author, reviewer, publisher
):
    source = publish_through_workflow(ArticleFactory(author=author), author, reviewer, publisher)
    translation = ArticleTranslationFactory(source=source, published=True)
    url = spanish(source.get_absolute_url())
    assert OUT_OF_DATE not in client.get(url).content.decode()
    edit_live(source, author, summary="Changed in English. Still easy to read.")
    publish_through_workflow(Article.objects.get(pk=source.pk), author, reviewer, publisher)
    assert OUT_OF_DATE in client.get(url).content.decode()
    run(translation, "confirm_review", reviewer)
    assert OUT_OF_DATE not in client.get(url).content.decode()


def test_spanish_detail_query_counts_do_not_grow(
    client, settings_loaded, django_assert_max_num_queries
):
    translation = ConditionTranslationFactory(published=True)
    for order in range(5):
        CareAdviceTranslationFactory(
            translation=translation,
            card=CareAdviceFactory(condition=translation.source, order=order),
        )
    url = spanish(translation.source.get_absolute_url())
    client.get(url)  # fills the per-version memo
    with django_assert_max_num_queries(2):
        client.get(url, HTTP_COOKIE="")


def test_sitemap_lists_live_translations_with_their_alternates(client, settings_loaded):
    translated = ArticleTranslationFactory(published=True).source
    untranslated = ArticleFactory(published=True)
    ArticleTranslationFactory(source=untranslated, status=Status.REVIEW)
    condition = ConditionTranslationFactory(published=True).source
    xml = client.get("/sitemap.xml").content.decode()
    for item in (translated, condition):
        url = f"http://testserver/es{item.get_absolute_url()}"
        assert f"<loc>{url}</loc>" in xml
        assert f'hreflang="es" href="{url}"' in xml
        assert f'hreflang="x-default" href="http://testserver{item.get_absolute_url()}"' in xml
    assert f"<loc>http://testserver{untranslated.get_absolute_url()}</loc>" in xml
    assert f"/es{untranslated.get_absolute_url()}" not in xml


# Readability and the demo ------------------------------------------------------------------


def test_a_spanish_translation_is_measured_in_inflesz(admin_client):
    translation = ArticleTranslationFactory(
        body="<p>Descanse la rodilla. Póngale hielo envuelto en un paño. Hágalo por 15 minutos.</p>"
    )
    assert translation.inflesz > 65 and translation.fernandez_huerta > 0
    assert translation.reading_grade == 0  # English measures do not apply
    page = admin_client.get(
        f"/admin/articles/articletranslation/{translation.pk}/change/"
    ).content.decode()
    assert "INFLESZ (Szigriszt-Pazos)" in page and "meets the target" in page
    hard = ArticleTranslationFactory(
        source=ArticleFactory(published=True),
        body="<p>La osteoartritis femorotibial constituye una enfermedad degenerativa "
        "caracterizada por alteraciones estructurales multifactoriales.</p>",
    )
    listed = admin_client.get(
        "/admin/articles/articletranslation/", {"reading": "below"}
    ).content.decode()
    assert hard.title in listed and translation.title not in listed


def test_demo_content_has_live_spanish_translations(demo, client):
    for model in (Article, Condition):
        for item in model.objects.published():
            translation = item.translations.get(language="es")
            assert translation.is_live and translation.is_demo, item.slug
            assert not translation.is_out_of_date, item.slug
            assert translation.inflesz >= float(ClinicSettings.load().inflesz_target), item.slug
    meniscus = Condition.objects.get(slug="meniscus-tear")
    translation = meniscus.translations.get(language="es")
    assert translation.care_advice.count() == meniscus.care_advice.count()
    page = client.get(spanish(meniscus.get_absolute_url())).content.decode()
    assert translation.title in page and NOT_TRANSLATED not in page
    assert "caminar" in page or "correr" in page or "ponerse en cuclillas" in page


def test_staff_previewing_a_translation_not_yet_live_see_a_banner_saying_so(client, author):
    """Patients see the English page meanwhile; the banner says so, and nothing
    of it reaches a live translation's page."""
    translation = ArticleTranslationFactory(title="Hielo para la rodilla")
    client.force_login(author)
    html = client.get(f"/es/articles/{translation.source.slug}/").content.decode()
    assert "Hielo para la rodilla" in html  # the draft, as staff preview it
    assert 'class="preview-banner"' in html
    assert "esta traducción está en estado “Borrador”" in html
    live = ArticleTranslationFactory(published=True)
    html = client.get(f"/es/articles/{live.source.slug}/").content.decode()
    assert 'class="preview-banner"' not in html
