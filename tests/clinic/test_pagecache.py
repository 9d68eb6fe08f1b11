"""Public pages are cached for visitors, keyed on the content version."""

import pytest
from django.test import RequestFactory

from articles.models import Status
from clinic import memo, pagecache
from clinic.models import ClinicSettings, ContentVersion
from tests.factories import ActivityFactory, ArticleFactory, ConditionFactory

pytestmark = pytest.mark.django_db


def test_a_cached_page_costs_no_query(client, django_assert_num_queries):
    article = ArticleFactory(published=True, title="Ice and rest")
    ClinicSettings.load()  # creating the settings row is a content change
    first = client.get(article.get_absolute_url())
    with django_assert_num_queries(0):
        second = client.get(article.get_absolute_url())
    assert second.content == first.content
    # Browsers keep it a minute; the server's copy follows every change.
    assert second["Cache-Control"] == "max-age=60"
    assert "Expires" not in second


def test_other_processes_read_the_version_at_most_every_second(client, django_assert_num_queries):
    ClinicSettings.load()
    ContentVersion.current()
    with django_assert_num_queries(0):
        ContentVersion.current()
    ContentVersion._local["expires"] = 0.0  # a second later
    with django_assert_num_queries(1):
        ContentVersion.current()


def test_an_edit_shows_at_once(client):
    article = ArticleFactory(published=True, title="Ice and rest")
    assert "Ice and rest" in client.get("/articles/").content.decode()
    article.title = "Ice, rest and raise"
    article.save()
    assert "Ice, rest and raise" in client.get("/articles/").content.decode()
    assert "Ice, rest and raise" in client.get(article.get_absolute_url()).content.decode()


def test_archiving_removes_the_page_at_once(client):
    article = ArticleFactory(published=True)
    assert client.get(article.get_absolute_url()).status_code == 200
    article.status = Status.ARCHIVED
    article.save(update_fields=["status"])
    assert client.get(article.get_absolute_url()).status_code == 404


def test_clinic_settings_and_relations_move_the_version(client):
    condition = ConditionFactory(published=True)
    version = ContentVersion.current()
    settings = ClinicSettings.load()
    settings.phone = "(312) 555-0123"
    settings.save()
    assert ContentVersion.current() > version
    version = ContentVersion.current()
    condition.activities.add(ActivityFactory())
    assert ContentVersion.current() > version
    assert "(312) 555-0123" in client.get(condition.get_absolute_url()).content.decode()


def test_signed_in_staff_always_get_a_fresh_page(admin_client):
    article = ArticleFactory(status=Status.DRAFT, title="Draft only")
    response = admin_client.get(article.get_absolute_url())
    assert "Draft only" in response.content.decode()
    assert response["Cache-Control"] == "private, no-store"
    article.title = "Draft, edited"
    article.save()
    assert "Draft, edited" in admin_client.get(article.get_absolute_url()).content.decode()


def test_previews_never_reach_the_public_cache(client, admin_client):
    article = ArticleFactory(status=Status.DRAFT)
    assert admin_client.get(article.get_absolute_url()).status_code == 200
    assert client.get(article.get_absolute_url()).status_code == 404


def test_drafts_of_changes_keep_the_cached_page_until_published(
    client, author, reviewer, publisher
):
    from publishing import services

    article = ArticleFactory(published=True, author=author, title="Ice and rest")
    ClinicSettings.load()
    client.get(article.get_absolute_url())
    version = ContentVersion.current()
    edited = type(article).objects.get(pk=article.pk)
    edited.title = "Ice, rest and raise"
    data = services.draft_data(edited, m2m={}, inlines={})
    services.publishable_save_draft(item=article, user=publisher, data=data)
    for name, user in (("submit", publisher), ("approve", reviewer)):
        services.publishable_transition(item=article, name=name, user=user)
    ContentVersion.forget_local()
    assert ContentVersion.current() == version  # live unchanged: the cache stays
    services.publishable_transition(item=article, name="publish", user=publisher)
    assert "Ice, rest and raise" in client.get(article.get_absolute_url()).content.decode()


def test_only_the_models_patients_see_are_watched(db):
    """Each app names its content models (explicit senders); nothing else moves the version."""
    from django.db.models.signals import post_save

    from articles.models import Activity, Article, CareAdvice, Condition
    from clinic.models import ClinicSettings, ContentVersion
    from clinic.pagecache import content_changed
    from handouts.models import HandoutPack
    from publishing.models import Draft, WorkflowEvent
    from search.models import SearchEntry
    from triage.models import Question, SafetyNetItem, Submission

    def watched(model):
        sync_receivers, _async_receivers = post_save._live_receivers(model)
        return content_changed in sync_receivers

    for model in (
        Article,
        Condition,
        CareAdvice,
        Activity,
        ClinicSettings,
        Question,
        SafetyNetItem,
    ):
        assert watched(model), model
    for model in (Draft, WorkflowEvent, SearchEntry, Submission, ContentVersion, HandoutPack):
        assert not watched(model), model
    assert not watched(Article.history.model)


def test_a_stored_page_is_sent_with_the_headers_of_the_first_response(
    client, django_assert_num_queries
):
    article = ArticleFactory(published=True)
    ClinicSettings.load()
    first = client.get(article.get_absolute_url())
    with django_assert_num_queries(0):
        second = client.get(article.get_absolute_url())
    for header in (
        "Content-Security-Policy",
        "Permissions-Policy",
        "X-Frame-Options",
        "X-Content-Type-Options",
        "Cache-Control",
        "Content-Type",
    ):
        assert second[header] == first[header], header
    assert second.content == first.content


def test_a_stored_page_still_checks_the_host(client):
    article = ArticleFactory(published=True)
    ClinicSettings.load()
    assert client.get(article.get_absolute_url()).status_code == 200
    # The middleware answers hits before the rest of the stack: it checks
    # ALLOWED_HOSTS itself, and each host has its own pages.
    assert client.get(article.get_absolute_url(), HTTP_HOST="evil.example").status_code == 400
    assert client.get(article.get_absolute_url(), HTTP_HOST="localhost").status_code == 200


def test_a_page_that_sets_a_cookie_is_never_stored(client, rf):
    from django.http import HttpResponse

    from clinic.pagecache import CACHEABLE, PublicPageCacheMiddleware

    def view(request):
        setattr(request, CACHEABLE, True)
        response = HttpResponse("for one visitor")
        response.set_cookie("visitor", "1")
        return response

    middleware = PublicPageCacheMiddleware(view)
    request = rf.get("/anything/")
    assert middleware(request).cookies["visitor"].value == "1"
    assert not middleware.storable(request, view(rf.get("/anything/")))


def test_the_triage_form_is_stored_once_and_each_visitor_gets_a_fresh_token(
    client, demo, django_assert_num_queries
):
    from django.test import Client

    from tests.triage.answers import answers

    first = client.get("/triage/")
    visitor = Client()
    with django_assert_num_queries(0):
        second = visitor.get("/triage/")
    assert b"csrf-token-placeholder" not in second.content
    tokens = [
        response.content.decode().split('name="csrfmiddlewaretoken" value="')[1][:64]
        for response in (first, second)
    ]
    assert tokens[0] != tokens[1]
    assert second.cookies["csrftoken"].value != first.cookies["csrftoken"].value
    # A form page is not kept by browsers: its token belongs to its cookie.
    assert "no-store" in second["Cache-Control"]
    assert "Cookie" in second["Vary"]
    # The stored form works: its fresh token matches the fresh cookie.
    visitor = Client(enforce_csrf_checks=True)
    visitor.cookies = second.cookies
    response = visitor.post("/triage/", {**answers(), "csrfmiddlewaretoken": tokens[1]})
    assert response.status_code == 302
    assert response["Location"].startswith("/triage/result/")


def test_a_returning_visitor_keeps_their_csrf_cookie(demo):
    from django.test import Client

    from tests.triage.answers import answers

    visitor = Client(enforce_csrf_checks=True)
    first = visitor.get("/triage/")
    second = visitor.get("/triage/")  # a hit: the same secret, freshly masked
    assert second.cookies["csrftoken"].value == first.cookies["csrftoken"].value
    token = second.content.decode().split('name="csrfmiddlewaretoken" value="')[1][:64]
    response = visitor.post("/triage/", {**answers(), "csrfmiddlewaretoken": token})
    assert response.status_code == 302


# Bounded in bytes, not entries ------------------------------------------------


def stored_address(path: str) -> bool:
    """Whether the page cache holds the page at ``path`` (for this content version)."""
    return pagecache.page_key(RequestFactory().get(path)) in pagecache.store


def test_many_query_strings_keep_the_page_cache_under_its_byte_bound(client, settings):
    ArticleFactory(published=True, title="Ice and rest")
    ClinicSettings.load()
    first = client.get("/articles/?visit=0")
    one_page = pagecache.store.bytes
    assert one_page >= len(first.content) > 1000
    settings.PAGE_CACHE_MAX_BYTES = one_page * 10 + one_page // 2
    for visit in range(1, 120):
        response = client.get(f"/articles/?visit={visit}")
        assert response.status_code == 200
        assert "Ice and rest" in response.content.decode()
        assert pagecache.store.bytes <= settings.PAGE_CACHE_MAX_BYTES
        # The list's body, kept per address too (clinic/memo.py), is bounded alike.
        assert 0 < memo.text_bytes() <= settings.PAGE_CACHE_MAX_BYTES
    assert len(pagecache.store) == 10
    # The oldest went first; the latest ten stay, and are served from the cache.
    assert not stored_address("/articles/?visit=0")
    assert not stored_address("/articles/?visit=109")
    assert all(stored_address(f"/articles/?visit={visit}") for visit in range(110, 120))
    # A page asked again is the most recent: the next one pushes out another.
    client.get("/articles/?visit=110")
    client.get("/articles/?visit=200")
    assert stored_address("/articles/?visit=110")
    assert not stored_address("/articles/?visit=111")


def test_a_page_bigger_than_the_bound_is_served_but_not_kept(client, settings):
    ArticleFactory(published=True, title="Ice and rest")
    ClinicSettings.load()
    settings.PAGE_CACHE_MAX_BYTES = 1000
    response = client.get("/articles/")
    assert response.status_code == 200
    assert "Ice and rest" in response.content.decode()
    assert len(pagecache.store) == 0 and pagecache.store.bytes == 0
