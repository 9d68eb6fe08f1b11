"""Search in Spanish, on PostgreSQL.

A Spanish page searches the live Spanish translations in the Spanish
configuration without accents ("rotula" finds "rótula"), and the English
entries of items with no live Spanish translation, so every live item can be
found. The SQLite fallback runs for real in the smoke run (tests/test_smoke.py).
"""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone, translation

from articles.models import Article, Condition, Status
from publishing.services import publishable_transition
from search import query as search
from search import suggest
from search.models import SearchEntry
from tests.factories import ArticleFactory, ArticleTranslationFactory

pytestmark = pytest.mark.django_db

# ``translated_library``: tests/search/conftest.py.


def spanish(query: str) -> list[SearchEntry]:
    with translation.override("es"):
        return list(search.find(query).entries)


def titles(entries) -> list[str]:
    return [entry.title for entry in entries]


@pytest.mark.parametrize("query", ["rotula", "rótula", "ROTULA", "Rótula"])
def test_accents_do_not_matter(translated_library, query):
    found = titles(spanish(query))
    assert set(found[:2]) == {"Ejercicios para la rótula", "Síndrome de dolor patelofemoral"}


def test_menisco_roto_finds_the_meniscus_tear_in_spanish(translated_library):
    results = spanish("menisco roto")
    assert titles(results)[0] == "Rotura de menisco"
    entry = results[0]
    assert entry.language == "es"
    assert entry.object_id == translated_library["meniscus"].source_id
    assert entry.url == translated_library["meniscus"].get_absolute_url()
    with translation.override("es"):
        assert search.find("menisco roto").all_words


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("rodilla del corredor", "Síndrome de dolor patelofemoral"),  # an other name
        ("dolor de rotula", "Síndrome de dolor patelofemoral"),  # a search alias
        ("meniscos rotos", "Rotura de menisco"),  # Spanish stems: plurals
        ("cartilago", "Rotura de menisco"),
        ("menisko", "Rotura de menisco"),  # a misspelt name (pg_trgm)
        ("S83", "Rotura de menisco"),  # ICD-10 codes: the source's
        ("s83.209a", "Rotura de menisco"),
    ],
)
def test_spanish_names_codes_and_words_find_their_page(translated_library, query, expected):
    assert titles(spanish(query))[0] == expected


def test_untranslated_items_are_found_by_their_english_words_and_marked(translated_library):
    results = spanish("cycling")
    assert titles(results) == ["Cycling and your knees"]
    assert results[0].language == "en"
    with translation.override("es"):
        [hit] = search.hits(results, "cycling")
        # The English page under the Spanish prefix (/es/...), which says it is in English.
        spanish_page = translated_library["cycling"].get_absolute_url()
    assert hit.content_language == "en"
    assert hit.url == spanish_page


def test_translated_items_are_not_found_twice_or_by_their_english_words(translated_library):
    assert titles(search.find("cushion", "en").entries) == ["Meniscus tear"]
    assert spanish("cushion") == []
    found = spanish("rodilla")
    assert [e.object_id for e in found if e.kind == "condition"].count(
        translated_library["meniscus"].source_id
    ) == 1


def test_english_search_is_unchanged_by_translations(translated_library):
    assert titles(search.find("menisco roto", "en").entries) == []
    assert titles(search.find("meniscus", "en").entries)[0] == "Meniscus tear"
    assert {e.language for e in search.find("knee", "en").entries} == {"en"}


def test_drafts_and_translations_in_review_are_never_found(translated_library):
    ArticleTranslationFactory(
        source=ArticleFactory(published=True, title="Stairs"),
        title="Escaleras y hielo",
        status=Status.REVIEW,
    )
    assert spanish("hielo") == []
    # Until then the English page is found on a Spanish page by its English words.
    assert titles(spanish("sore")) == ["Ice for a sore knee"]


def test_a_scheduled_translation_is_found_once_live(translated_library):
    translated_library["meniscus"].publish_at = timezone.now() + timedelta(days=1)
    translated_library["meniscus"].save()
    assert "Rotura de menisco" not in titles(spanish("menisco"))
    assert titles(spanish("cushion")) == ["Meniscus tear"]  # the English page meanwhile


def test_unpublishing_the_source_removes_its_spanish_entries(translated_library, publisher):
    source = translated_library["meniscus"].source
    assert SearchEntry.objects.filter(object_id=source.pk, kind="condition").count() == 2
    publishable_transition(item=source, name="archive", user=publisher)
    assert not SearchEntry.objects.filter(object_id=source.pk, kind="condition").exists()
    assert spanish("menisco roto") == []


def test_a_source_scheduled_later_holds_back_its_translation(translated_library):
    source = translated_library["kneecap"].source
    source.publish_at = timezone.now() + timedelta(days=2)
    source.save()
    entry = SearchEntry.objects.get(kind="article", object_id=source.pk, language="es")
    assert entry.publish_at == source.publish_at
    assert "Ejercicios para la rótula" not in titles(spanish("rotula"))


def test_the_source_codes_are_the_translations_codes(translated_library):
    source = Condition.objects.get(pk=translated_library["meniscus"].source_id)
    source.icd10_codes = "S83.211A"
    source.save()
    entry = SearchEntry.objects.get(kind="condition", object_id=source.pk, language="es")
    assert entry.codes == "S83.211A"
    assert titles(spanish("S83.211"))[0] == "Rotura de menisco"


def test_the_index_follows_translation_edits_and_deletes(translated_library):
    meniscus = translated_library["meniscus"]
    meniscus.title = "Menisco desgarrado"
    meniscus.save()
    assert titles(spanish("desgarrado")) == ["Menisco desgarrado"]
    meniscus.delete()
    assert not SearchEntry.objects.filter(language="es", object_id=meniscus.source_id).exists()
    assert titles(spanish("cushion")) == ["Meniscus tear"]


def test_deleting_the_source_removes_every_language(translated_library):
    source_id = translated_library["kneecap"].source_id
    Article.objects.get(pk=source_id).delete()
    assert not SearchEntry.objects.filter(kind="article", object_id=source_id).exists()


def test_rebuild_includes_translations(translated_library):
    before = set(SearchEntry.objects.values_list("kind", "object_id", "language", "title"))
    SearchEntry.objects.all().delete()
    out = io.StringIO()
    call_command("rebuild_search_index", stdout=out)
    assert "Indexed 5 published items and 3 translations." in out.getvalue()
    after = set(SearchEntry.objects.values_list("kind", "object_id", "language", "title"))
    assert after == before
    assert titles(spanish("menisco roto"))[0] == "Rotura de menisco"


def test_spanish_entries_use_the_spanish_configuration(translated_library):
    entry = SearchEntry.objects.get(language="es", kind="article")
    with connection.cursor() as cursor:
        cursor.execute("SELECT vector::text FROM articles_searchentry WHERE id = %s", [entry.pk])
        vector = cursor.fetchone()[0]
    # Spanish stems, without accents: "rótula" -> "rotul", "ejercicios" -> "ejercici".
    assert "'rotul'" in vector and "'ejercici'" in vector
    assert "'para'" not in vector and "'la'" not in vector  # Spanish stop words


def test_the_vocabulary_is_the_page_languages(translated_library):
    with translation.override("es"):
        words = suggest.vocabulary(search.searched_entries("es"))
    assert {"menisco", "rótula", "corredor", "cycling"} <= set(words)
    assert "meniscus" not in words  # the English name of a translated item
    assert "menisco" not in suggest.vocabulary(search.searched_entries("en"))


def test_did_you_mean_offers_the_page_languages_names(translated_library):
    # Too far from "rótula" for pg_trgm, close enough to offer.
    with translation.override("es"):
        results = search.find("rtoula")
    assert results.count == 0
    assert results.suggestion == "rótula"
    assert search.find("rtoula", "en").suggestion == ""


def test_snippets_mark_spanish_words_without_accents(translated_library):
    with translation.override("es"):
        results = search.find("rotula")
        hits = search.hits(results.entries, "rotula")
    article = next(hit for hit in hits if hit.title == "Ejercicios para la rótula")
    assert "<mark>rótula</mark>" in article.snippet
    condition = next(hit for hit in hits if hit.kind == "condition")
    assert condition.content_language == "es"
