"""Issue 24: an out-of-date translation shows what changed in English since it was checked."""

from django.urls import reverse

from articles.models import Article
from publishing import services
from tests.factories import ArticleFactory, ArticleTranslationFactory


def test_an_out_of_date_translation_links_to_the_english_changes(
    client, author, reviewer, publisher
):
    source = ArticleFactory(published=True, body="<p>Rest the knee for a day.</p>")
    translation = ArticleTranslationFactory(source=source, published=True)
    assert translation.source_revision == source.revision
    edited = Article.objects.get(pk=source.pk)
    edited.body = "<p>Rest the knee for two days.</p>"
    services.publishable_save_draft(
        item=source, user=author, data=services.draft_data(edited, m2m={}, inlines={})
    )
    for name, user in [("submit", author), ("approve", reviewer), ("publish", publisher)]:
        services.publishable_transition(item=source, name=name, user=user)
    translation.refresh_from_db()
    assert translation.is_out_of_date

    client.force_login(publisher)
    page = client.get(reverse("admin:articles_articletranslation_change", args=[translation.pk]))
    html = page.content.decode()
    link = "See what changed in English since revision 0"
    assert link in html
    compare = reverse("admin:articles_article_compare", args=[source.pk])
    checked = source.history.filter(revision=0).order_by("-history_date").first()
    latest = source.history.filter(revision=1).order_by("-history_date").first()
    href = f"{compare}?a={checked.history_id}&amp;b={latest.history_id}"
    assert f'<a href="{href}">{link}</a>' in html
    changes = client.get(href.replace("&amp;", "&"))
    assert changes.status_code == 200
    body = changes.content.decode()
    assert "two" in body[body.index("<ins>") :] and "Rest the knee for" in body


def test_an_up_to_date_translation_has_no_such_link(client, publisher):
    translation = ArticleTranslationFactory(published=True)
    client.force_login(publisher)
    page = client.get(reverse("admin:articles_articletranslation_change", args=[translation.pk]))
    assert "See what changed in English" not in page.content.decode()
