"""What staff read on the change form is the text under review: rendered
when they may not edit it, and measured as the draft (not the live page) reads."""

from django.urls import reverse

from articles.models import Article, Status
from publishing import services
from publishing.readability import measure
from tests.factories import ArticleFactory


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def test_an_author_sees_the_body_in_review_rendered_not_as_html(client, author):
    article = ArticleFactory(
        author=author,
        status=Status.REVIEW,
        body="<h2>What to do</h2><p>Rest <strong>your</strong> knee.</p>",
    )
    client.force_login(author)
    response = client.get(change_url(article))
    assert response.status_code == 200 and not response.context["has_change_permission"]
    html = response.content.decode()
    assert (
        '<div class="rich-text-preview"><h2>What to do</h2><p>Rest <strong>your</strong>'
        " knee.</p></div>" in html
    )
    assert "&lt;h2&gt;" not in html and "&lt;strong&gt;" not in html
    assert 'class="form-row field-body' in html  # labelled like the editable field
    # Nothing is editable: no editor, and a post is still refused.
    assert 'name="body"' not in html
    assert client.post(change_url(article), {"title": "x"}).status_code == 403


def test_readability_figures_are_the_drafts_not_the_live_texts(client, publisher):
    live = ArticleFactory(published=True, body="<p>Rest your knee. Use ice.</p>")
    edited = Article.objects.get(pk=live.pk)
    edited.body = (
        "<p>Notwithstanding considerable interindividual variability, physiotherapeutic "
        "interventions emphasising progressive quadriceps strengthening demonstrate "
        "substantial improvements regarding patellofemoral symptomatology.</p>"
    )
    services.publishable_save_draft(
        item=live, user=publisher, data=services.draft_data(edited, m2m={}, inlines={})
    )
    draft_grade = measure(*edited.readable_parts()).grade
    live.refresh_from_db()
    assert draft_grade > live.reading_grade + 5
    client.force_login(publisher)
    html = client.get(change_url(live)).content.decode()
    assert "Figures for the draft of changes" in html
    assert f"Reading grade (Flesch-Kincaid): <strong>{draft_grade}</strong>" in html
    live.refresh_from_db()
    assert live.reading_grade < draft_grade  # the live row keeps its own figures
