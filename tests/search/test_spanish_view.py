"""The results page in Spanish: Spanish results link to
Spanish pages, English ones are marked lang="en", and the page costs the same
number of queries as in English.

Spanish pages are asked for with the address of the search page in Spanish and
the browser's language (LocaleMiddleware): the same test works before and
after the language prefix (/es/) is added to the addresses.
"""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from articles.models import ArticleTranslation, Status
from clinic import pagecache
from clinic.models import ClinicSettings

pytestmark = pytest.mark.django_db


def spanish_get(client, params):
    with translation.override("es"):
        url = reverse("search:results")
    return client.get(url, params, HTTP_ACCEPT_LANGUAGE="es")


def result_titles(response) -> list[str]:
    return [hit.title for hit in response.context["hits"]]


@pytest.fixture
def settings_loaded(db):
    # Creating the settings moves the content version: before any cached GET.
    return ClinicSettings.load()


def test_spanish_results_link_to_spanish_pages(client, settings_loaded, translated_library):
    response = spanish_get(client, {"q": "menisco roto"})
    assert response.status_code == 200
    page = response.content.decode()
    meniscus = translated_library["meniscus"]
    assert result_titles(response)[0] == "Rotura de menisco"
    with translation.override("es"):
        url = meniscus.get_absolute_url()
    assert f'<a href="{url}">Rotura de menisco</a>' in page
    # Spanish other names, highlighted without regard to accents and case.
    assert "<mark>Menisco</mark> <mark>roto</mark>" in page


def test_english_results_on_a_spanish_page_are_marked(client, settings_loaded, translated_library):
    page = spanish_get(client, {"q": "cycling"}).content.decode()
    with translation.override("es"):
        url = translated_library["cycling"].get_absolute_url()
    assert f'<a href="{url}" lang="en">Cycling and your knees</a>' in page
    assert re.search(r'<p class="search-results__snippet" lang="en">', page)


def test_accents_do_not_matter_on_the_page(client, settings_loaded, translated_library):
    page = spanish_get(client, {"q": "rotula"}).content.decode()
    assert "Ejercicios para la <mark>rótula</mark>" not in page  # titles are not marked
    assert "<mark>rótula</mark>" in page


def test_results_are_kept_per_language(client, settings_loaded, translated_library):
    english = client.get(reverse("search:results"), {"q": "cushion"})
    assert result_titles(english) == ["Meniscus tear"]
    pagecache.forget()  # the stored page: one address for both until /es/ exists
    # The English words of a translated item do not find it on a Spanish page.
    assert result_titles(spanish_get(client, {"q": "cushion"})) == []


def test_a_published_translation_shows_in_spanish_search_at_once(
    client, settings_loaded, translated_library
):
    assert result_titles(spanish_get(client, {"q": "hielo"})) == []
    draft = ArticleTranslation.objects.get(title="Hielo para la rodilla")
    draft.status = Status.PUBLISHED
    draft.save()
    assert result_titles(spanish_get(client, {"q": "hielo"})) == ["Hielo para la rodilla"]


def test_did_you_mean_in_spanish(client, settings_loaded, translated_library):
    page = spanish_get(client, {"q": "rtoula"}).content.decode()
    link = re.search(r'<p class="search-suggestion">.*?<a href="([^"]+)">([^<]+)</a>', page)
    assert link and link.group(2) == "rótula"
    assert result_titles(client.get(link.group(1), HTTP_ACCEPT_LANGUAGE="es"))[0] in (
        "Ejercicios para la rótula",
        "Síndrome de dolor patelofemoral",
    )


@pytest.mark.parametrize("count", [1, 30])
def test_spanish_search_query_count_is_fixed(
    client, settings_loaded, django_assert_max_num_queries, count, translated_library
):
    from tests.factories import ArticleFactory, ArticleTranslationFactory

    for _ in range(count):
        ArticleTranslationFactory(published=True, title="Guía de la rótula")
        ArticleFactory(published=True, title="Kneecap guide")
    client.get("/")  # load the cached clinic settings
    # count and page of results; one more when no page has every word
    with django_assert_max_num_queries(2):
        response = spanish_get(client, {"q": "rotula"})
    assert "Guía de la rótula" in result_titles(response)
    assert response.context["page_obj"].paginator.count >= count
    with django_assert_max_num_queries(2):
        assert result_titles(spanish_get(client, {"q": "kneecap"}))[0] == "Kneecap guide"
    with django_assert_max_num_queries(4):
        assert spanish_get(client, {"q": "rotula zzzz"}).status_code == 200
