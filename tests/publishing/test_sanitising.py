"""Hostile markup is removed on every save path."""

import pytest
from django.core import serializers
from django.urls import reverse

from articles.models import Article
from publishing.richtext import elements_dropped
from tests.factories import ArticleFactory

HOSTILE = (
    "<h2>Ice</h2>"
    '<p onclick="steal()">Hold ice on the knee.<script>alert("x")</script></p>'
    '<p><a href="javascript:alert(1)">bad link</a> <a href="https://example.org/">good link</a></p>'
    '<img src="x" onerror="alert(2)">'
    '<iframe src="https://evil.example/"></iframe>'
    '<ul><li style="color:red">One</li></ul>'
)


def assert_clean(html):
    lowered = html.lower()
    for forbidden in (
        "<script",
        "alert(",
        "onclick",
        "onerror",
        "javascript:",
        "<iframe",
        "<img",
        "style=",
    ):
        assert forbidden not in lowered, f"{forbidden!r} survived: {html}"
    # Allowed structure survives.
    assert "<h2>Ice</h2>" in html
    assert "Hold ice on the knee." in html
    assert 'href="https://example.org/"' in html
    assert "<li>One</li>" in html


@pytest.mark.django_db
def test_plain_save_sanitises():
    article = ArticleFactory(body=HOSTILE)
    article.refresh_from_db()
    assert_clean(article.body)


@pytest.mark.django_db
def test_raw_save_from_an_import_sanitises():
    article = ArticleFactory()
    data = serializers.serialize("json", [article]).replace(
        '"body": "', '"body": "' + HOSTILE.replace('"', '\\"')
    )
    for obj in serializers.deserialize("json", data):
        obj.save()  # raw save, as loaddata does: bypasses Model.save()
    article.refresh_from_db()
    assert_clean(article.body)


# What the admin still saves, sanitised: nothing in it is a link, picture or
# form field that sanitising would remove (those are refused, below).
HOSTILE_ATTRIBUTES = (
    "<h2>Ice</h2>"
    '<p onclick="steal()">Hold ice on the knee.<script>alert("x")</script></p>'
    '<p><a href="https://example.org/" onmouseover="alert(3)">good link</a></p>'
    '<ul><li style="color:red">One</li></ul>'
)


def add_article(client, body):
    return client.post(
        reverse("admin:articles_article_add"),
        {
            "title": "Ice for sore knees",
            "slug": "ice-for-sore-knees",
            "topic": "treatment",
            "summary": "How to use ice.",
            "body": body,
            "publish_at_0": "",
            "publish_at_1": "",
        },
    )


@pytest.mark.django_db
def test_admin_form_save_sanitises(client, author):
    client.force_login(author)
    response = add_article(client, HOSTILE_ATTRIBUTES)
    assert response.status_code == 302, response.content.decode()[:2000]
    body = Article.objects.get(slug="ice-for-sore-knees").body
    for forbidden in ("<script", "alert(", "onclick", "onmouseover", "style="):
        assert forbidden not in body.lower()
    assert 'href="https://example.org/"' in body and "<li>One</li>" in body


@pytest.mark.django_db
def test_a_save_that_would_drop_links_images_or_form_fields_says_so(client, author):
    """The author is told what sanitising would take out, next to the field; nothing is saved."""
    client.force_login(author)
    response = add_article(client, HOSTILE)
    assert response.status_code == 200
    [message] = [
        e for e in response.context["adminform"].form.errors["body"] if "would remove" in e
    ]
    assert "javascript:alert(1)" in message  # the link, by its address
    assert "pictures" in message and "embedded pages" in message
    assert not Article.objects.filter(slug="ice-for-sore-knees").exists()
    response = add_article(client, '<p>Call us.</p><p><input name="phone"></p>')
    assert any("form fields" in e for e in response.context["adminform"].form.errors["body"])


@pytest.mark.parametrize(
    "html, dropped",
    [
        ('<p><a href="https://example.org/">x</a> <a href="/articles/ice/">y</a></p>', {}),
        ('<p><a href="tel:3125550100">call</a> <a name="top">no address</a></p>', {}),
        ('<p><a href="data:text/html,hi">x</a></p>', {"link": 1}),
        ('<p>One<img src="/x.png" alt="knee"></p>', {"image": 1}),
        ("<form><select><option>1</option></select><button>Go</button></form>", {"form field": 2}),
    ],
)
def test_elements_dropped(html, dropped):
    assert elements_dropped(html) == dropped


# Inputs that parsers read differently: the sanitiser would cut the text after
# them, so the editor refuses the save and keeps the author's text.
CONFUSING = [
    "<p>Rest your knee.</p><math><style>Hold ice on it for 15 minutes.</p>",
    "<p>Rest your knee.<math><style>Hold ice on it for 15 minutes.</style></math></p>",
    "<p>Rest your knee.<svg><style>Hold ice on it for 15 minutes.</style></svg></p>",
    "<p>Rest your knee.</p><template><p>Hold ice on it for 15 minutes.</p></template>",
]


def post_body(client, article, body):
    """Save ``body`` through the article's change form, as its author would."""
    url = reverse("admin:articles_article_change", args=[article.pk])
    form = client.get(url).context["adminform"].form
    return client.post(
        url,
        {
            "title": article.title,
            "slug": article.slug,
            "topic": article.topic,
            "summary": article.summary,
            "body": body,
            "publish_at_0": "",
            "publish_at_1": "",
            "expected_version": form.fields["expected_version"].initial,
        },
    )


@pytest.mark.django_db
@pytest.mark.parametrize("body", CONFUSING)
def test_a_save_that_would_lose_text_is_refused_and_nothing_changes(client, author, body):
    article = ArticleFactory(author=author, body="<p>The saved text.</p>")
    client.force_login(author)
    response = post_body(client, article, body)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors["body"]
    assert any("Some of your text would be lost when saved" in e for e in errors), errors
    assert "Hold ice on it for 15 minutes." in response.content.decode()  # kept on screen
    article.refresh_from_db()
    assert article.body == "<p>The saved text.</p>"


@pytest.mark.django_db
def test_ordinary_rich_text_still_saves(client, author):
    article = ArticleFactory(author=author)
    client.force_login(author)
    body = (
        "<h2>Ice</h2><p>Hold <strong>ice</strong> on it &amp; rest.</p>"
        "<ul><li><p>One</p></li></ul><table><tbody><tr><th><p>Day</p></th></tr>"
        "<tr><td><p>1</p></td></tr></tbody></table>"
    )
    assert post_body(client, article, body).status_code == 302
    article.refresh_from_db()
    assert "Hold <strong>ice</strong> on it &amp; rest." in article.body


@pytest.mark.django_db
def test_rel_keeps_only_noopener_noreferrer_nofollow():
    article = ArticleFactory(
        body='<p><a href="https://example.org/" rel="opener noopener nofollow">x</a>'
        '<a href="https://example.org/b" rel="opener">y</a></p>'
    )
    article.refresh_from_db()
    assert 'rel="noopener nofollow"' in article.body
    assert "opener noopener" not in article.body and 'rel="opener"' not in article.body
