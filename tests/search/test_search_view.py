import re

import pytest
from django.urls import reverse

from tests.factories import ArticleFactory, ConditionFactory

pytestmark = pytest.mark.django_db

URL = reverse("search:results")


def result_titles(response) -> list[str]:
    return [hit.title for hit in response.context["hits"]]


def test_results_show_type_link_aliases_and_highlighted_snippet(client, demo):
    response = client.get(URL, {"q": "runners knee"})
    assert response.status_code == 200
    page = response.content.decode()
    assert result_titles(response)[0] == "Patellofemoral pain syndrome"
    assert '<a href="/conditions/patellofemoral-pain-syndrome/">' in page
    assert '<p class="tag tag--condition">Condition</p>' in page
    assert '<p class="tag tag--article">Article</p>' in page
    # "Runners knee" is a search alias: it finds the page but patients are not shown it.
    assert "Also called: Runner&#x27;s <mark>knee</mark>, <mark>Knee</mark>cap pain" in page
    assert "<mark>Runners</mark>" not in page
    assert "<mark>knee</mark>" in page
    assert "results for “runners knee”" in page


def test_no_results_page_helps(client, demo):
    response = client.get(URL, {"q": "xylophone"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "0 results for “xylophone”" in page
    assert "Check the spelling." in page
    assert reverse("conditions:list") in page
    assert reverse("triage:form") in page


@pytest.mark.parametrize("params", [{}, {"q": ""}, {"q": "   "}])
def test_empty_search_shows_the_form_and_where_else_to_look(client, params):
    response = client.get(URL, params)
    assert response.status_code == 200
    page = response.content.decode()
    assert 'id="search-q"' in page
    assert "results for" not in page
    assert reverse("conditions:list") in page


@pytest.mark.parametrize(
    ("query", "message"),
    [("knee " * 30, "Use 100 characters or fewer"), ("knee\x00", "Type letters and numbers only")],
)
def test_bad_queries_get_a_message_next_to_the_field(client, query, message):
    response = client.get(URL, {"q": query})
    assert response.status_code == 400
    page = response.content.decode()
    error = re.search(r'<p class="error-message" id="search-q-error">(.*?)</p>', page, re.S)
    assert error and message in error.group(1)
    assert 'aria-describedby="search-q-hint search-q-error"' in page
    assert 'aria-invalid="true"' in page


def test_query_is_echoed_escaped(client, demo):
    page = client.get(URL, {"q": "<script>alert(1)</script>"}).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_results_are_paginated_and_bad_page_numbers_are_harmless(client):
    ArticleFactory.create_batch(23, published=True, summary="All about the kneecap.")
    first = client.get(URL, {"q": "kneecap"})
    assert len(result_titles(first)) == 10
    assert first.context["page_obj"].paginator.count == 23
    assert "Page 1 of 3" in first.content.decode()
    assert 'href="?q=kneecap&amp;page=2"' in first.content.decode()
    last = client.get(URL, {"q": "kneecap", "page": "3"})
    assert len(result_titles(last)) == 3
    assert '<ol class="card-list card-list--single search-results__list" start="21">' in (
        last.content.decode()
    )
    for page in ["0", "999", "abc"]:
        assert client.get(URL, {"q": "kneecap", "page": page}).status_code == 200


@pytest.mark.parametrize("count", [1, 30])
def test_search_query_count_is_fixed(client, django_assert_max_num_queries, count):
    ArticleFactory.create_batch(count, published=True, title="Kneecap guide")
    ConditionFactory.create_batch(count, published=True, also_known_as="Kneecap pain")
    client.get("/")  # load the cached clinic settings
    # count and page of results; one more when no page has every word
    with django_assert_max_num_queries(2):
        assert client.get(URL, {"q": "kneecap"}).status_code == 200
    with django_assert_max_num_queries(4):
        assert client.get(URL, {"q": "kneecap zzzz"}).status_code == 200


@pytest.mark.parametrize("url", ["/", "/articles/", "/conditions/", "/triage/"])
def test_every_page_has_a_labelled_search_box(client, url):
    page = client.get(url).content.decode()
    assert '<form class="site-search" method="get" action="/search/" role="search">' in page
    assert '<label for="site-search-q" class="visually-hidden">Search this website</label>' in page
    assert '<input type="search" id="site-search-q" name="q"' in page


def test_the_search_page_has_one_search_box_not_two(client):
    """The header's box would repeat the page's own, with the same label."""
    page = client.get(URL, {"q": "knee"}).content.decode()
    assert page.count('name="q"') == 1
    assert 'id="site-search-q"' not in page


# Misspellings and "Did you mean" ---------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("menicus tear", "Meniscus tear"),
        ("patelofemoral", "Patellofemoral pain syndrome"),
        ("runners knee", "Patellofemoral pain syndrome"),
        ("LCA", "Knee ligament sprain"),
    ],
)
def test_the_readme_examples_find_their_page(client, demo, query, expected):
    assert result_titles(client.get(URL, {"q": query}))[0] == expected


def did_you_mean(page: str) -> tuple[str, str] | None:
    """The link "Did you mean" offers (address, text), first after the "not found" message."""
    found = re.search(
        r"We did not find a page with those words\.</p>\s*"
        r'<p class="search-suggestion">Did you mean <a href="([^"]+)">([^<]+)</a>\?</p>',
        page,
    )
    return (found.group(1).replace("&amp;", "&"), found.group(2)) if found else None


@pytest.mark.parametrize(
    ("query", "suggested", "expected"),
    [
        # Too far from the name for pg_trgm (and for SQLite's own correction).
        ("minuscus", "meniscus", "Meniscus tear"),
        ("sprian", "sprain", "Knee ligament sprain"),
        ("patellafemural", "patellofemoral", "Patellofemoral pain syndrome"),
    ],
)
def test_no_results_offer_a_name_that_finds_the_page(client, demo, query, suggested, expected):
    page = client.get(URL, {"q": query}).content.decode()
    assert f"0 results for “{query}”" in page
    assert did_you_mean(page) == (f"/search/?q={suggested}", suggested)
    assert result_titles(client.get(f"/search/?q={suggested}"))[0] == expected


@pytest.mark.parametrize("query", ["xylophone", "elbow", "shoulder", "QQQ"])
def test_nothing_is_offered_when_no_name_is_close(client, demo, query):
    page = client.get(URL, {"q": query}).content.decode()
    assert f"0 results for “{query}”" in page
    assert "Did you mean" not in page


def test_nothing_is_offered_when_some_pages_were_found(client, demo):
    response = client.get(URL, {"q": "minuscus tear"})
    assert result_titles(response)
    assert "Did you mean" not in response.content.decode()


def test_the_suggestion_is_escaped_and_its_link_encoded(client):
    ConditionFactory(published=True, title="Bakers cyst", also_known_as="Baker's cyst")
    page = client.get(URL, {"q": "Bakr's cyts & <b>"}).content.decode()
    assert did_you_mean(page) == (
        "/search/?q=baker%27s+cyst+%26+%3Cb%3E",
        "baker&#x27;s cyst &amp; &lt;b&gt;",
    )


@pytest.mark.parametrize("count", [1, 30])
def test_did_you_mean_reads_the_names_in_one_query(client, django_assert_max_num_queries, count):
    ArticleFactory.create_batch(count, published=True, title="Kneecap guide")
    ConditionFactory.create_batch(count, published=True, also_known_as="Kneecap pain")
    client.get("/")  # load the cached clinic settings
    # the count, then the names; with two words, one more count for pages with any word
    with django_assert_max_num_queries(2):
        assert client.get(URL, {"q": "keencap"}).context["suggestion"] == "kneecap"
    with django_assert_max_num_queries(3):
        assert client.get(URL, {"q": "keencap gudie"}).context["suggestion"] == "kneecap guide"


def test_results_are_cached_per_query_until_content_changes(
    client, demo, django_assert_num_queries
):
    from tests.factories import ArticleFactory

    client.get("/")  # load the cached clinic settings
    first = client.get(URL, {"q": "kneecap"})
    with django_assert_num_queries(0):
        again = client.get(URL, {"q": "kneecap"})
    assert again.content == first.content
    assert "max-age=60" in again["Cache-Control"]
    # Another query is its own page; a publish is in the results at once.
    assert client.get(URL, {"q": "bicycle"}).content != first.content
    ArticleFactory(published=True, title="Kneecap care on a bicycle", slug="kneecap-bicycle")
    assert "Kneecap care on a bicycle" in client.get(URL, {"q": "kneecap"}).content.decode()


def test_staff_repeating_a_search_reuse_its_results_until_content_changes(
    admin_client, django_assert_max_num_queries
):
    from clinic.models import ClinicSettings
    from tests.factories import ArticleFactory

    ArticleFactory(published=True, title="Kneecap taping")
    ClinicSettings.load()  # creating the settings row is a content change
    first = admin_client.get("/search/", {"q": "kneecap"})
    assert "Kneecap taping" in first.content.decode()
    # A session cookie: never the stored page, but the results are reused.
    with django_assert_max_num_queries(3):  # the session, the user, their device
        again = admin_client.get("/search/", {"q": "kneecap"})
    assert again.content.decode().count("Kneecap taping") == first.content.decode().count(
        "Kneecap taping"
    )
    ArticleFactory(published=True, title="Kneecap exercises")
    assert "Kneecap exercises" in admin_client.get("/search/", {"q": "kneecap"}).content.decode()


@pytest.mark.parametrize("articles", [3, 30])
def test_a_new_search_costs_the_same_queries_however_many_pages_match(
    client, articles, django_assert_max_num_queries
):
    from clinic.models import ClinicSettings
    from tests.factories import ArticleFactory

    ClinicSettings.load()
    for number in range(articles):
        ArticleFactory(published=True, title=f"Kneecap exercise {number}")
    # The content version, the candidates, one page of ten, the settings row: no N+1.
    with django_assert_max_num_queries(5):
        response = client.get("/search/", {"q": "kneecap"})
    assert response.status_code == 200
    assert f"{articles} results for" in response.content.decode()
