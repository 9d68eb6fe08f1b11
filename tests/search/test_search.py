"""Search over articles and conditions, on PostgreSQL (full text + trigram)."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from articles.models import Article, Status
from publishing.services import publishable_transition
from search import index
from search import query as search
from search.models import SearchEntry
from tests.factories import ArticleFactory, ConditionFactory

pytestmark = pytest.mark.django_db


def titles(query: str) -> list[str]:
    return [entry.title for entry in search.find(query).entries]


@pytest.mark.parametrize(
    ("query", "expected", "within"),
    [
        ("menicus tear", "Meniscus tear", 1),
        ("meniscus", "Meniscus tear", 1),
        ("Meniscus", "Meniscus tear", 1),
        ("patelofemoral", "Patellofemoral pain syndrome", 3),
        ("runners knee", "Patellofemoral pain syndrome", 3),
        ("runner's knee", "Patellofemoral pain syndrome", 3),
        ("ACL", "Knee ligament sprain", 1),
        ("LCA", "Knee ligament sprain", 1),
        ("arthritis", "Knee osteoarthritis", 1),
        ("osteoarthritus", "Knee osteoarthritis", 1),
        ("M17", "Knee osteoarthritis", 1),
        ("warm up", "Warm up, build strength and other ways to protect your knees", 1),
    ],
)
def test_patients_find_what_they_heard(demo, query, expected, within):
    assert expected in titles(query)[:within]


def test_title_outranks_summary_outranks_body():
    body_only = ArticleFactory(published=True, title="Stairs", body="<p>Patella facts.</p>")
    summary = ArticleFactory(published=True, title="Kneecaps", summary="About the patella.")
    title = ArticleFactory(published=True, title="The patella")
    assert titles("patella") == [title.title, summary.title, body_only.title]


def test_synonyms_come_from_the_data():
    condition = ConditionFactory(published=True, title="Knee effusion")
    assert not search.find("water on the knee").all_words
    condition.also_known_as = "Water on the knee\nSwollen knee"
    condition.save()
    assert search.find("water on the knee").all_words
    assert titles("water on the knee")[0] == "Knee effusion"


def test_search_aliases_are_found_but_not_shown():
    condition = ConditionFactory(published=True, title="Knee ligament strain")
    condition.search_aliases = "LCX\nKnee ligamant"
    condition.save()
    assert titles("LCX") == ["Knee ligament strain"]
    entry = search.find("LCX").entries.get()
    assert entry.alias_list == []  # what a results page shows as "Also called"
    assert search.hits([entry], "LCX")[0].aliases == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("LCM", "Knee ligament sprain"),
        ("menisco", "Meniscus tear"),
        ("PFPS", "Patellofemoral pain syndrome"),
    ],
)
def test_demo_search_aliases_find_their_condition(demo, query, expected):
    assert titles(query)[0] == expected


def test_only_live_items_are_found(publisher):
    ArticleFactory(title="Zebra draft", status=Status.DRAFT)
    ArticleFactory(title="Zebra in review", status=Status.REVIEW)
    ArticleFactory(title="Zebra archived", status=Status.ARCHIVED)
    ArticleFactory(
        title="Zebra scheduled", published=True, publish_at=timezone.now() + timedelta(days=1)
    )
    ConditionFactory(title="Zebra condition draft", status=Status.DRAFT)
    live = ArticleFactory(title="Zebra live", published=True)
    assert titles("zebra") == ["Zebra live"]

    publishable_transition(item=live, name="archive", user=publisher)
    assert titles("zebra") == []
    assert [e.title for e in SearchEntry.objects.all()] == ["Zebra scheduled"]


def test_index_follows_edits_and_deletes():
    article = ArticleFactory(published=True, title="Cycling and your knees")
    assert titles("cycling") == ["Cycling and your knees"]
    article.title = "Swimming and your knees"
    article.save()
    assert titles("cycling") == []
    assert titles("swimming") == ["Swimming and your knees"]
    article.delete()
    assert titles("swimming") == []


def test_loaddata_imports_are_indexed(tmp_path):
    ArticleFactory(published=True, title="Imported kneecap article")
    fixture = tmp_path / "content.json"
    call_command("dumpdata", "articles.article", output=str(fixture), verbosity=0)
    Article.objects.all().delete()
    assert titles("kneecap") == []
    call_command("loaddata", str(fixture), verbosity=0)
    assert titles("kneecap") == ["Imported kneecap article"]


def test_rebuild_command_recreates_the_index(demo):
    SearchEntry.objects.all().delete()
    out = io.StringIO()
    call_command("rebuild_search_index", stdout=out)
    live = sum(model.objects.published().count() for model in index.indexed_models())
    assert f"Indexed {live} published items" in out.getvalue()
    assert titles("LCA") == ["Knee ligament sprain"]


def test_simple_matching_for_sqlite_ranks_names_first(demo):
    """The SQLite fallback (run for real by the smoke run): every word, names first."""
    live = SearchEntry.objects.published().filter(language="en")
    assert [e.title for e in search._matching_simple(live, "meniscus", True)][0] == (
        "Meniscus tear"
    )
    assert [e.title for e in search._matching_simple(live, "ACL", True)][0] == (
        "Knee ligament sprain"
    )
    assert not search._matching_simple(live, "meniscus xylophone", True).exists()
    assert search._matching_simple(live, "meniscus xylophone", False).exists()
    assert not search._matching_simple(live, "&|! ()", True).exists()


def test_when_no_page_has_every_word_pages_with_some_are_shown(demo):
    results = search.find("meniscus xylophone")
    assert not results.all_words
    assert "Meniscus tear" in [e.title for e in results.entries]
    assert search.find("meniscus tear").all_words


@pytest.mark.parametrize(
    "query",
    [
        "<script>alert(1)</script>",
        "' OR 1=1 --",
        "&|!():*<->",
        '"""',
        "a" * 100,
        "ünïcødé ✓",
        "\x01\x02",
    ],
)
def test_hostile_queries_are_harmless(demo, query):
    results = search.find(query)
    search.hits(results.entries[:10], query)  # must not raise


def test_snippets_highlight_matches_and_escape_content():
    ArticleFactory(
        published=True,
        title="Careful",
        summary="Nothing to see.",
        body="<p>&lt;img src=x onerror=alert(1)&gt; swelling &amp; pain</p>",
    )
    [hit] = search.hits(search.find("swelling").entries, "swelling")
    assert "<mark>swelling</mark>" in hit.snippet
    assert "&lt;img src=x onerror=alert(1)&gt;" in hit.snippet
    assert "<img" not in hit.snippet
    assert hit.url == "/articles/" + Article.objects.get().slug + "/"


def test_marker_characters_in_content_cannot_forge_highlights():
    ArticleFactory(published=True, title="Markers", body="<p>\x02<b>bold</b>\x03 kneecap</p>")
    [entry] = SearchEntry.objects.all()
    assert "\x02" not in entry.body and "\x03" not in entry.body
    [hit] = search.hits(search.find("kneecap").entries, "kneecap")
    assert hit.snippet.count("<mark>") == hit.snippet.count("</mark>") == 1


def test_render_snippet_escapes_before_marking():
    html = search.render_snippet(f"a <b> {search.START}knee{search.STOP} & c")
    assert html == "a &lt;b&gt; <mark>knee</mark> &amp; c"


def test_simple_snippet_shows_the_body_around_the_first_match():
    words = " ".join(f"word{n}" for n in range(100))
    ArticleFactory(published=True, title="Long", body=f"<p>{words} kneecap {words}</p>")
    entry = SearchEntry.objects.get()
    snippet = search._simple_snippet(entry, ["kneecap"])
    assert snippet.startswith("… ") and snippet.endswith(" …")
    assert f"{search.START}kneecap{search.STOP}" in snippet
    assert len(snippet.split()) <= search.SNIPPET_WORDS + 2
