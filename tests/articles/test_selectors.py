"""``articles.selectors.live_page``: the one read behind a page, its PDF and the
API, and what the per-process memo keeps of it (plain text, never a model)."""

import dataclasses

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import Http404

from articles.models import Article, Condition
from articles.selectors import live_page, page_languages
from clinic import memo
from publishing import services
from tests.factories import (
    ArticleFactory,
    ArticleTranslationFactory,
    CareAdviceFactory,
    ConditionFactory,
    ConditionTranslationFactory,
)

pytestmark = pytest.mark.django_db


def draft_of_changes(item, user, **changes):
    """An edit of a live item, as the admin saves it: a draft of changes."""
    for name, value in changes.items():
        setattr(item, name, value)
    data = services.draft_data(item, m2m={}, inlines={})
    return services.publishable_save_draft(
        item=type(item).objects.get(pk=item.pk), user=user, data=data
    )


def test_the_public_gets_live_items_only():
    live = ArticleFactory(published=True, slug="live")
    ArticleFactory(slug="waiting")  # a draft
    assert live_page(Article, "live", language="en").pk == live.pk
    for user in (None, AnonymousUser()):
        with pytest.raises(Http404):
            live_page(Article, "waiting", language="en", user=user)
    with pytest.raises(Http404):
        live_page(Article, "nowhere", language="en")


def test_staff_who_may_change_see_drafts_and_waiting_changes(author):
    ArticleFactory(slug="waiting", title="Not live yet")
    assert live_page(Article, "waiting", language="en", user=author).title == "Not live yet"
    live = ArticleFactory(published=True, slug="live", title="Live words")
    draft_of_changes(live, author, title="Waiting words")
    shown = live_page(Article, "live", language="en", user=author)
    assert shown.title == "Live words" and not getattr(shown, "previewing_draft", False)
    previewed = live_page(Article, "live", language="en", user=author, preview="draft")
    assert previewed.title == "Waiting words" and previewed.previewing_draft
    # Patients never get the waiting changes, whatever they ask for.
    assert live_page(Article, "live", language="en", preview="draft").title == "Live words"


def test_a_page_in_another_language_shows_its_live_translation_over_the_item():
    translation = ConditionTranslationFactory(published=True, title="Rodilla de corredor")
    CareAdviceFactory(condition=translation.source)
    page = live_page(Condition, translation.source.slug, language="es")
    assert page.title == "Rodilla de corredor"
    assert page.content_language == "es"
    untranslated = ConditionFactory(published=True, title="Plica syndrome")
    page = live_page(Condition, untranslated.slug, language="es")
    assert (page.title, page.content_language) == ("Plica syndrome", "en")


def test_staff_see_a_translation_that_is_not_live_yet(author):
    translation = ArticleTranslationFactory(title="Borrador")
    slug = translation.source.slug
    assert live_page(Article, slug, language="es", user=author).title == "Borrador"
    assert live_page(Article, slug, language="es").title == translation.source.title


def test_page_languages_are_a_tuple_of_the_live_translations():
    translation = ArticleTranslationFactory(published=True)
    assert page_languages(translation.source) == ("en", "es")
    assert page_languages(ArticleFactory(published=True)) == ("en",)
    assert page_languages(ArticleFactory()) == ()  # not live: no alternates


def plain(value) -> bool:
    """Immutable data the memo may share between requests: never a model instance."""
    if value is None or isinstance(value, str | bytes | int | float | bool):
        return True
    if isinstance(value, tuple | frozenset):
        return all(plain(part) for part in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        frozen = type(value).__dataclass_params__.frozen
        return frozen and all(plain(getattr(value, f.name)) for f in dataclasses.fields(value))
    return False


def test_the_memo_keeps_plain_data_of_detail_pages_and_handouts(client):
    translation = ConditionTranslationFactory(published=True)
    CareAdviceFactory(condition=translation.source)
    article = ArticleFactory(published=True)
    memo.forget()
    session = {"HTTP_COOKIE": "sessionid=x"}  # past the page cache, as staff
    for url in (
        article.get_absolute_url(),
        translation.source.get_absolute_url(),
        f"/es{translation.source.get_absolute_url()}",
    ):
        assert client.get(url, **session).status_code == 200
    pdf = client.get(f"/es{translation.source.get_absolute_url()}handout.pdf")
    assert pdf.status_code == 200
    kept = [entry[1] for entry in memo._entries.values()]
    assert len(kept) >= 4
    assert [value for value in kept if not plain(value)] == []
    # The pages' text counts against the memo's bound (clinic/memo.py).
    assert memo.text_bytes() > 3 * 1000


def test_plain_refuses_model_instances_and_lists():
    assert not plain(ArticleFactory.build())
    assert not plain(["en"])
    assert plain(("en", "es"))


def test_a_kept_page_costs_no_query_on_its_content(client, django_assert_max_num_queries):
    """The uncached path of ``make bench`` (a session cookie, past the page cache):
    once kept, a page reads no article, condition, translation or language."""
    translation = ConditionTranslationFactory(published=True)
    CareAdviceFactory(condition=translation.source)
    session = {"HTTP_COOKIE": "sessionid=x"}
    for url in (
        ArticleFactory(published=True).get_absolute_url(),
        translation.source.get_absolute_url(),
        f"/es{translation.source.get_absolute_url()}",
    ):
        first = client.get(url, **session).content
        with django_assert_max_num_queries(2):  # the session, the content version
            assert client.get(url, **session).content == first
