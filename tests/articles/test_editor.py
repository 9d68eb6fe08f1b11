"""The editor for clinicians: spell-check, link chooser, checked links, preview."""

import pytest
from django.urls import reverse

from articles.internal_links import broken_internal_links, internal_hrefs
from articles.models import Article, Condition, Status
from tests.articles.test_admin import form_data
from tests.articles.test_condition_admin import post_data
from tests.factories import ArticleFactory, ConditionFactory, UserFactory

pytestmark = pytest.mark.django_db

CHOOSER_URL = "/admin/articles/article/link-targets/"


def change_url(item):
    opts = item._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[item.pk])


@pytest.fixture
def draft(author):
    return ArticleFactory(
        author=author, title="Ice and rest", slug="ice-and-rest", body="<p>Use ice.</p>"
    )


# The editor page ---------------------------------------------------------------


def test_editor_has_spell_check_on_and_loads_the_clinic_extensions(client, author, draft):
    client.force_login(author)
    response = client.get(change_url(draft))
    page = response.content.decode()
    assert 'spellcheck="false"' not in page
    assert "js/editor_extensions.js" in page

    config = response.context["adminform"].form.fields["body"].widget.get_config()
    assert "NoSpellCheck" not in config["extensions"]
    assert config["extensions"]["SpellCheck"] is True
    assert "/static/js/editor_extensions.js" in config["js_modules"]
    assert config["extensions"]["Link"]["pagesUrl"] == CHOOSER_URL


def test_every_condition_section_uses_the_clinic_extensions(client, reviewer):
    condition = ConditionFactory()
    client.force_login(reviewer)
    form = client.get(change_url(condition)).context["adminform"].form
    for name in ("overview", "symptoms", "causes", "self_care", "treatment", "prevention"):
        assert (
            "/static/js/editor_extensions.js" in form.fields[name].widget.get_config()["js_modules"]
        ), name


# The link chooser's pages -----------------------------------------------------------


def test_chooser_lists_live_and_draft_pages_by_title_with_their_paths(client, author, draft):
    ArticleFactory(title="Knee braces", slug="knee-braces", published=True)
    ArticleFactory(title="Old advice", slug="old-advice", status=Status.ARCHIVED)
    ConditionFactory(title="Runner's knee", slug="runners-knee", published=True)
    client.force_login(author)

    response = client.get(CHOOSER_URL)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    pages = {page["label"]: page["path"] for page in response.json()["pages"]}
    assert pages == {
        "Article: Ice and rest (draft)": "/articles/ice-and-rest/",
        "Article: Knee braces": "/articles/knee-braces/",
        "Condition: Runner's knee": "/conditions/runners-knee/",
    }


def test_chooser_tells_apart_pages_with_the_same_title(client, author):
    ArticleFactory(title="Ice", slug="ice-one", published=True)
    ArticleFactory(title="Ice", slug="ice-two", published=True)
    client.force_login(author)
    labels = [page["label"] for page in client.get(CHOOSER_URL).json()["pages"]]
    assert labels == ["Article: Ice – /articles/ice-one/", "Article: Ice – /articles/ice-two/"]


def test_chooser_is_for_staff_only(client, draft):
    anonymous = client.get(CHOOSER_URL)
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith("/admin/login/")

    client.force_login(UserFactory(username="patient"))
    not_staff = client.get(CHOOSER_URL)
    assert not_staff.status_code == 302
    assert not_staff["Location"].startswith("/admin/login/")


# Links checked on save ----------------------------------------------------------


def test_save_with_a_link_to_no_page_is_refused_on_the_field(client, author, draft):
    client.force_login(author)
    opened = client.get(change_url(draft))
    body = '<p>Read <a href="/articles/old-slug/">our advice</a> first.</p>'

    response = client.post(change_url(draft), form_data(opened, body=body))

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert errors["body"] == [
        "The link to /articles/old-slug/ goes to no page. Choose the page again."
    ]
    # The author's text is still on the screen...
    assert "our advice" in response.content.decode()
    assert response.context["adminform"].form["body"].value() == body
    # ...and nothing was saved.
    draft.refresh_from_db()
    assert draft.body == "<p>Use ice.</p>"
    assert draft.history.count() == 1


def test_save_with_a_link_to_one_of_our_pages_works_and_is_still_sanitised(client, author, draft):
    ArticleFactory(slug="knee-braces")
    ConditionFactory(slug="runners-knee", status=Status.REVIEW)
    client.force_login(author)
    opened = client.get(change_url(draft))
    body = (
        '<p onclick="steal()">See <a href="/articles/knee-braces/">braces</a>, '
        '<a href="/conditions/runners-knee/#symptoms">runner\'s knee</a> '
        'and <a href="/articles/">all articles</a>.</p>'
    )

    response = client.post(change_url(draft), form_data(opened, body=body))

    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.body == (
        '<p>See <a href="/articles/knee-braces/">braces</a>, '
        '<a href="/conditions/runners-knee/#symptoms">runner\'s knee</a> '
        'and <a href="/articles/">all articles</a>.</p>'
    )


def test_condition_sections_refuse_links_to_no_page(client, reviewer):
    condition = ConditionFactory()
    ConditionFactory(slug="runners-knee")
    client.force_login(reviewer)
    opened = client.get(change_url(condition))
    data = post_data(
        opened,
        overview='<p>Like <a href="/conditions/runners-knee/">runner\'s knee</a>.</p>',
        treatment='<p><a href="/conditions/jumpers-knee/">Jumper\'s knee</a> and '
        '<a href="/articles/gone/">rest</a>.</p>',
    )

    response = client.post(change_url(condition), data)

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert list(errors) == ["treatment"]
    assert errors["treatment"] == [
        "The link to /conditions/jumpers-knee/ goes to no page. Choose the page again.",
        "The link to /articles/gone/ goes to no page. Choose the page again.",
    ]
    condition.refresh_from_db()
    assert "runners-knee" not in condition.overview


@pytest.mark.parametrize(
    ("href", "broken"),
    [
        ("/articles/ice/", False),
        ("/articles/ice", False),  # Django adds the slash
        ("/articles/ice/?from=home#steps", False),
        ("/articles/ice/handout.pdf", False),
        ("/articles/", False),
        ("/conditions/", False),
        ("/articles/ice-old/", True),
        ("/conditions/ice/", True),  # an article's slug is not a condition's
        ("/articles/ice/extra/", True),
        ("https://example.org/articles/nothing/", False),  # other sites are not checked
        ("/triage/", False),
    ],
)
def test_which_links_go_to_no_page(href, broken):
    ArticleFactory(slug="ice")
    html = f'<p><a href="{href}">link</a></p>'
    assert broken_internal_links(html) == ([href] if broken else [])


def test_internal_links_are_checked_once_each_with_one_query_per_kind(
    django_assert_num_queries,
):
    html = "".join(
        f'<a href="/articles/a{n}/">a</a><a href="/articles/a{n}/">a</a>' for n in range(5)
    )
    html += '<a href="/conditions/c/">c</a>'
    assert len(internal_hrefs(html)) == 6
    with django_assert_num_queries(2):
        assert len(broken_internal_links(html)) == 6


# Preview ---------------------------------------------------------------------


@pytest.mark.parametrize("model", [Article, Condition])
def test_change_form_links_to_the_public_page_in_a_new_tab(client, publisher, model):
    factory = ArticleFactory if model is Article else ConditionFactory
    item = factory(slug="ice-and-rest")
    client.force_login(publisher)

    page = client.get(change_url(item)).content.decode()

    assert (
        f'<a class="button" href="{item.get_absolute_url()}" target="_blank" rel="noopener">'
        "Preview (opens in a new tab)</a>"
    ) in page


def test_add_form_has_no_preview_link(client, author):
    client.force_login(author)
    page = client.get(reverse("admin:articles_article_add")).content.decode()
    assert "opens in a new tab" not in page


def test_preview_shows_the_draft_to_staff_under_the_banner(client, author, draft):
    client.force_login(author)
    response = client.get(draft.get_absolute_url())
    assert response.status_code == 200
    assert "preview-banner" in response.content.decode()
