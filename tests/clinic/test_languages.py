"""Spanish at /es/, English at today's addresses: the
language comes from the address alone, the switcher and hreflang alternates
point at the same page in the other language, and stored pages never answer
in the wrong language."""

import datetime
import html
import re

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation

from clinic.models import ClinicSettings
from tests.factories import ArticleFactory, ConditionFactory, ConditionTranslationFactory
from tests.triage.answers import answers
from triage.models import Submission

pytestmark = pytest.mark.django_db


def page(response) -> str:
    return response.content.decode()


def switcher(text: str) -> dict[str, str]:
    """The language switcher's links: {language code: href}."""
    nav = re.search(r'<nav class="language-switcher".*?</nav>', text, re.S)
    assert nav, "no language switcher"
    links = re.findall(
        r'<a href="([^"]*)" lang="([a-z-]+)" hreflang="([a-z-]+)">([^<]+)</a>', nav[0]
    )
    assert links, nav[0]
    for _href, lang, hreflang, _name in links:
        assert lang == hreflang
    return {lang: html.unescape(href) for href, lang, _hreflang, _name in links}


def alternates(text: str) -> dict[str, str]:
    pairs = re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', text)
    return {code: html.unescape(url) for code, url in pairs}


@pytest.fixture
def clinic():
    return ClinicSettings.load()


def test_english_keeps_todays_addresses_and_spanish_is_under_es():
    assert reverse("home") == "/"
    assert reverse("conditions:list") == "/conditions/"
    assert reverse("healthz") == "/healthz"
    with translation.override("es"):
        assert reverse("home") == "/es/"
        assert reverse("articles:detail", args=["x"]) == "/es/articles/x/"
        assert reverse("handouts:condition", args=["x"]) == "/es/conditions/x/handout.pdf"
        assert reverse("triage:result", args=["t" * 32]) == f"/es/triage/result/{'t' * 32}/"
        # Not in a language: one address for both.
        for name in ("healthz", "robots_txt", "sitemap", "csp_report", "favicon", "admin:index"):
            assert not reverse(name).startswith("/es/"), name


def test_spanish_home_is_spanish(client, clinic):
    response = client.get("/es/")
    assert response.status_code == 200
    text = page(response)
    assert '<html lang="es">' in text
    for spanish in (
        "Lea sobre el dolor de rodilla",
        "Encuentre su afección",
        "Ir al contenido principal",
    ):
        assert spanish in text
    assert "Read about knee pain" not in text
    assert 'href="/es/articles/"' in text
    assert response["Content-Language"] == "es"
    assert "Accept-Language" not in response.get("Vary", "")


def test_the_browser_language_never_changes_an_address(client, clinic):
    """/ with Accept-Language: es is English, not a redirect (pages are stored by address)."""
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="es-MX,es;q=0.9")
    assert response.status_code == 200
    text = page(response)
    assert '<html lang="en">' in text and "Read about knee pain" in text
    assert response["Content-Language"] == "en"
    assert "Accept-Language" not in response.get("Vary", "")
    # A Spanish cookie does not either: only the admin reads it.
    client.cookies["django_language"] = "es"
    assert '<html lang="en">' in page(client.get("/conditions/"))


def test_a_stored_page_never_answers_in_the_wrong_language(client, clinic):
    """The page cache and the list bodies kept in memory are per address and language."""
    ArticleFactory(published=True, title="Ice and rest")
    for _round in range(2):  # the second round is answered from the caches
        english = client.get("/articles/", HTTP_ACCEPT_LANGUAGE="es")
        spanish = client.get("/es/articles/", HTTP_ACCEPT_LANGUAGE="en")
        assert '<html lang="en">' in page(english) and "Read about knee pain" in page(english)
        assert '<html lang="es">' in page(spanish) and "Lea sobre el dolor de rodilla" in page(
            spanish
        )
        assert english["Content-Language"] == "en" and spanish["Content-Language"] == "es"


def test_detail_pages_keep_their_language_in_the_page_fragment_cache(client, clinic):
    article = ArticleFactory(published=True)
    condition = ConditionFactory(published=True)
    for item, english_word, spanish_word in [
        (article, "Page last reviewed", "Última revisión de la página"),
        (condition, "On this page", "En esta página"),
    ]:
        path = item.get_absolute_url()
        assert english_word in page(client.get(path))
        spanish = page(client.get(f"/es{path}"))
        assert spanish_word in spanish and english_word not in spanish
        assert english_word in page(client.get(path))


def test_switcher_links_to_the_same_page_in_the_other_language(client, demo):
    article = ArticleFactory(published=True)
    condition = ConditionFactory(published=True)
    for path in [
        "/",
        article.get_absolute_url(),
        condition.get_absolute_url(),
        "/conditions/?onset=injury&area=inner&activity=running",
        "/search/?q=runners+knee",
        "/triage/",
    ]:
        english = page(client.get(path))
        assert switcher(english) == {"es": f"/es{path}"}, path
        spanish = page(client.get(f"/es{path}"))
        assert switcher(spanish) == {"en": path}, path
        assert ">Español</a>" in english and ">English</a>" in spanish


def test_switcher_on_a_triage_result_and_after_posting_the_form(client, demo):
    response = client.post("/es/triage/", answers(injury="yes", days_since_start=1))
    assert response.status_code == 302
    submission = Submission.objects.latest("created")
    assert response["Location"] == f"/es/triage/result/{submission.token}/"
    result = page(client.get(response["Location"]))
    assert '<html lang="es">' in result and "Qué ayuda buscar" in result
    assert switcher(result) == {"en": f"/triage/result/{submission.token}/"}
    # A form page shown after a POST (step 2) links to the form in English.
    step_2 = client.post("/es/triage/", {**answers(), "step": "1"})
    assert switcher(page(step_2)) == {"en": "/triage/"}


def test_hreflang_alternates_in_the_head(client, clinic):
    # A content page lists a language only with a live translation (tests/articles/test_translations.py).
    condition = ConditionTranslationFactory(published=True).source
    path = condition.get_absolute_url()
    for address in (path, f"/es{path}"):
        found = alternates(page(client.get(address)))
        assert found == {
            "en": f"http://testserver{path}",
            "es": f"http://testserver/es{path}",
            "x-default": f"http://testserver{path}",
        }
    found = alternates(page(client.get("/search/?q=knee&page=2")))
    assert found["es"] == "http://testserver/es/search/?q=knee&page=2"


def test_a_view_may_list_its_own_hreflang_alternates(clinic):
    """A content page lists only the languages it is translated into."""
    request = RequestFactory().get("/conditions/x/")
    own = [
        ("en", "http://testserver/conditions/x/"),
        ("x-default", "http://testserver/conditions/x/"),
    ]
    text = render_to_string("base.html", {"hreflang_alternates": own}, request=request)
    assert alternates(text) == dict(own)


def test_not_found_in_spanish_offers_the_english_home_page(client, clinic):
    response = client.get("/es/no-such-page/")
    assert response.status_code == 404
    text = page(response)
    assert '<html lang="es">' in text and "No encontramos la página" in text
    assert switcher(text) == {"en": "/"}
    assert alternates(text) == {}


def test_error_pages_without_a_request_follow_the_language():
    from django.template import loader

    with translation.override("es"):
        text = loader.get_template("503.html").render()
    assert '<html lang="es">' in text
    assert "Este servicio no está disponible en este momento" in text
    assert 'href="/es/"' in text


def test_dates_in_the_pages_language(client, clinic):
    article = ArticleFactory(
        published=True,
        is_demo=False,
        reviewed_on=datetime.date(2026, 12, 2),
        next_review_due=datetime.date(2027, 12, 2),
    )
    english = page(client.get(article.get_absolute_url()))
    spanish = page(client.get(f"/es{article.get_absolute_url()}"))
    assert "December 2, 2026" in english and "December 2, 2027" in english
    assert "2 de diciembre de 2026" in spanish and "2 de diciembre de 2027" in spanish
    assert 'datetime="2026-12-02"' in spanish


def test_handout_pdfs_are_kept_per_language(client, clinic):
    article = ArticleFactory(published=True)
    english = client.get(reverse("handouts:article", args=[article.slug]))
    with translation.override("es"):
        spanish_url = reverse("handouts:article", args=[article.slug])
    spanish = client.get(spanish_url)
    assert english.status_code == spanish.status_code == 200
    assert english["X-Handout-Cache"] == spanish["X-Handout-Cache"] == "miss"
    assert client.get(spanish_url)["X-Handout-Cache"] == "hit"


def test_sitemap_lists_both_languages_with_alternates(client, clinic):
    text = page(client.get("/sitemap.xml"))
    assert "<loc>http://testserver/es/</loc>" in text
    assert "<loc>http://testserver/conditions/</loc>" in text
    assert '<xhtml:link rel="alternate" hreflang="es" href="http://testserver/es/triage/"/>' in text
    assert '<xhtml:link rel="alternate" hreflang="x-default" href="http://testserver/"/>' in text


def test_robots_keeps_private_pages_out_in_every_language(client):
    text = page(client.get("/robots.txt"))
    for path in ("/triage/result/", "/es/triage/result/", "/handouts/", "/es/handouts/"):
        assert f"Disallow: {path}\n" in text


def test_admin_is_english_until_the_staff_member_picks_spanish(admin_client):
    response = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="es")
    assert response["Content-Language"] == "en"
    assert "Content and settings" in page(response)
    assert 'action="/admin/language/"' in page(response)

    picked = admin_client.post("/admin/language/", {"language": "es", "next": "/admin/"})
    assert picked.status_code == 302 and picked["Location"] == "/admin/"
    response = admin_client.get("/admin/")
    assert response["Content-Language"] == "es"
    assert "Cookie" in response["Vary"]
    text = page(response)
    assert "Contenido y configuración" in text and '<option value="es" lang="es" selected>' in text
    # Patients' pages keep their address's language.
    assert '<html lang="en">' in page(admin_client.get("/"))
