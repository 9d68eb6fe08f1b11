"""Pictures in pages: figures in rich text (sanitised, checked on save, rendered from
the library), the lead image, drafts, languages and what a page costs in queries."""

import re

import pytest
from django.urls import reverse

from articles.models import Article
from articles.selectors import live_page
from images.models import Image
from publishing import services
from publishing.richtext import sanitize_html
from tests.factories import (
    ArticleFactory,
    ArticleTranslationFactory,
    ConditionFactory,
)
from tests.support.illustrated import figure, make_image

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("picture_storage")]


def add_article(client, body, **fields):
    return client.post(
        reverse("admin:articles_article_add"),
        {
            "title": "Your kneecap",
            "slug": "your-kneecap",
            "topic": "causes",
            "summary": "Where the kneecap sits.",
            "body": body,
            "publish_at_0": "",
            "publish_at_1": "",
            **fields,
        },
    )


def body_errors(response, field="body") -> list[str]:
    return list(response.context["adminform"].form.errors.get(field, []))


# The sanitiser ----------------------------------------------------------------


def test_the_sanitiser_keeps_a_figure_reference_exactly():
    html = (
        '<p>Look:</p><figure data-image="12" data-alt="The kneecap &amp; thighbone">'
        "<figcaption>Your <strong>kneecap</strong></figcaption></figure>"
    )
    assert sanitize_html(html) == html
    decorative = '<figure data-image="3" data-alt="" data-decorative="true"></figure>'
    assert sanitize_html(decorative) == decorative


@pytest.mark.parametrize(
    "given, kept",
    [
        ('<figure data-image="12abc" data-alt="x"></figure>', '<figure data-alt="x"></figure>'),
        ('<figure data-image="-1" data-alt="x"></figure>', '<figure data-alt="x"></figure>'),
        (
            '<figure data-image="4" data-alt="x" data-decorative="yes"></figure>',
            '<figure data-image="4" data-alt="x"></figure>',
        ),
        (
            '<figure data-image="4" data-alt="x" class="big" style="x" onclick="a()"'
            ' data-src="http://evil.example/x.png"></figure>',
            '<figure data-image="4" data-alt="x"></figure>',
        ),
        (
            '<figure data-image="4" data-alt="x"><img src="http://evil.example/a.png"></figure>',
            '<figure data-image="4" data-alt="x"></figure>',
        ),
    ],
)
def test_the_sanitiser_drops_anything_else_on_a_figure(given, kept):
    assert sanitize_html("<p>Text</p>" + given) == "<p>Text</p>" + kept


def test_a_pasted_img_is_refused_with_a_message_about_the_picture_button(client, author):
    client.force_login(author)
    response = add_article(
        client, '<p>Knee</p><p><img src="http://example.org/knee.jpg" alt="knee"></p>'
    )
    assert response.status_code == 200
    [message] = [e for e in body_errors(response) if "would remove" in e]
    assert "Picture button" in message
    assert not Article.objects.filter(slug="your-kneecap").exists()


# Checks on save ----------------------------------------------------------------


def test_a_figure_of_a_missing_image_is_refused_next_to_the_field(client, author):
    client.force_login(author)
    response = add_article(
        client, "<p>Text</p>" + '<figure data-image="987654" data-alt="x"></figure>'
    )
    assert any("no longer in the image library" in e for e in body_errors(response))
    assert not Article.objects.filter(slug="your-kneecap").exists()


def test_a_figure_needs_alt_text_unless_decorative(client, author):
    image = make_image()
    client.force_login(author)
    response = add_article(client, "<p>Text</p>" + figure(image))
    assert any("has no alt text" in e for e in body_errors(response))
    assert not Article.objects.filter(slug="your-kneecap").exists()
    response = add_article(client, "<p>Text</p>" + figure(image, decorative=True))
    assert response.status_code == 302
    saved = Article.objects.get(slug="your-kneecap").body
    assert f'data-image="{image.pk}"' in saved and 'data-decorative="true"' in saved


def test_a_translation_may_leave_a_figure_alt_empty(author):
    image = make_image()
    translation = ArticleTranslationFactory(body="<p>Rodilla</p>" + figure(image))
    translation.full_clean()  # no error: the page falls back to the image's alt text
    missing = ArticleTranslationFactory(body='<figure data-image="987654" data-alt="x"></figure>')
    with pytest.raises(Exception, match="no longer in the image library"):
        missing.full_clean()


def test_a_lead_image_without_any_alt_text_is_refused(client, author):
    image = make_image(alt_text="")
    client.force_login(author)
    response = add_article(client, "<p>Text</p>", lead_image=image.pk)
    assert any("no alt text yet" in e for e in body_errors(response, "lead_image_alt"))
    response = add_article(
        client, "<p>Text</p>", lead_image=image.pk, lead_image_alt="A swollen knee"
    )
    assert response.status_code == 302
    assert Article.objects.get(slug="your-kneecap").lead_image == image


# Rendering ----------------------------------------------------------------------


def test_the_page_shows_each_figure_as_a_picture(client):
    first, second = make_image(), make_image(credit="Ana Silva, CC BY 4.0")
    article = ArticleFactory(
        published=True,
        body="<p>Intro</p>"
        + figure(first, alt="The kneecap", caption="Your kneecap")
        + "<p>More</p>"
        + figure(second, alt="The thighbone"),
    )
    html = client.get(article.get_absolute_url()).content.decode()
    assert html.count("<picture>") == 2
    assert 'alt="The kneecap"' in html and 'alt="The thighbone"' in html
    assert "<figcaption>Your kneecap</figcaption>" in html
    assert "Ana Silva, CC BY 4.0" in html
    assert 'type="image/webp"' in html
    assert re.search(r'width="640" height="426" alt="The kneecap"', html)
    # The first picture loads at once, the others when scrolled to.
    assert html.count('loading="eager"') == 1
    assert html.index('loading="eager"') < html.index('loading="lazy"')
    assert "data-image" not in html


def test_a_deleted_image_renders_nothing(client):
    image = make_image()
    article = ArticleFactory(
        published=True, body="<p>Intro</p>" + figure(image, alt="Knee", caption="Gone soon")
    )
    Image.objects.filter(pk=image.pk).delete()
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "<picture>" not in html and "Gone soon" not in html and "Intro" in html


def test_a_lead_image_shows_first_and_eager_with_the_figures_lazy(client):
    lead, inside = make_image(alt_text="A runner's knee"), make_image()
    condition = ConditionFactory(
        published=True,
        lead_image=lead,
        lead_image_caption="Running <fast>",
        overview="<p>Overview</p>" + figure(inside, alt="Inside"),
    )
    html = client.get(condition.get_absolute_url()).content.decode()
    assert html.count("<picture>") == 2
    assert html.index('alt="A runner&#x27;s knee"') < html.index('alt="Inside"')
    assert html.count('loading="eager"') == 1
    assert re.search(r'alt="A runner&#x27;s knee"[^>]*loading="eager"', html)
    assert "<figcaption>Running &lt;fast&gt;</figcaption>" in html  # plain text, escaped


def test_only_the_first_picture_of_a_condition_is_eager_across_its_sections(client):
    condition = ConditionFactory(
        published=True,
        overview="<p>Overview</p>" + figure(make_image(), alt="First"),
        symptoms="<p>Symptoms</p>" + figure(make_image(), alt="Second"),
        causes="<p>Causes</p>" + figure(make_image(), alt="Third"),
    )
    html = client.get(condition.get_absolute_url()).content.decode()
    assert html.count("<picture>") == 3 and html.count('loading="eager"') == 1
    assert re.search(r'alt="First"[^>]*loading="eager"', html)


def test_a_decorative_lead_image_has_empty_alt(client):
    article = ArticleFactory(published=True, lead_image=make_image(), lead_image_decorative=True)
    html = client.get(article.get_absolute_url()).content.decode()
    assert re.search(r'<picture>.*alt=""', html)


def queries_of(read) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        read()
    return len(queries)


def test_pictures_cost_one_pictures_call_whatever_their_number():
    """One ``images.selectors.pictures`` call (the images, their renditions and
    alt texts): the same for one picture as for five, a lead image included."""
    plain = ArticleFactory(published=True)
    one = ArticleFactory(published=True, body=figure(make_image(), alt="One"))
    images = [make_image() for _ in range(4)]
    five = ArticleFactory(
        published=True,
        lead_image=make_image(),
        body="".join(figure(image, alt=f"Picture {n}") for n, image in enumerate(images)),
    )
    cost = {
        a.slug: queries_of(lambda a=a: live_page(Article, a.slug, language="en"))
        for a in (plain, one, five)
    }
    assert cost[one.slug] == cost[five.slug] <= cost[plain.slug] + 3
    page = live_page(Article, five.slug, language="en")
    assert page.body.count("<picture>") == 4 and "<picture>" in page.lead_picture


def test_a_whole_illustrated_page_costs_a_plain_page_plus_one_pictures_call(
    client, django_assert_max_num_queries
):
    plain = ArticleFactory(published=True)
    images = [make_image() for _ in range(3)]
    illustrated = ArticleFactory(
        published=True, body="".join(figure(image, alt="x") for image in images)
    )
    session = {"HTTP_COOKIE": "sessionid=x"}  # past the page cache
    plain_cost = queries_of(lambda: client.get(plain.get_absolute_url(), **session))
    with django_assert_max_num_queries(plain_cost + 3):
        client.get(illustrated.get_absolute_url(), **session)
    # Once kept (the per-version memo holds the text), no picture is read again.
    with django_assert_max_num_queries(2):
        client.get(illustrated.get_absolute_url(), **session)


# Drafts -------------------------------------------------------------------------


def draft_of_changes(item, user, **changes):
    for name, value in changes.items():
        setattr(item, name, value)
    data = services.draft_data(item, m2m={}, inlines={})
    return services.publishable_save_draft(
        item=type(item).objects.get(pk=item.pk), user=user, data=data
    )


def test_a_draft_that_adds_pictures_keeps_the_live_page_until_published(
    client, author, reviewer, publisher
):
    article = ArticleFactory(published=True, body="<p>Live words</p>")
    lead, inside = make_image(), make_image()
    draft_of_changes(
        article,
        author,
        lead_image=lead,
        lead_image_alt="A knee brace",
        body="<p>Live words</p>" + figure(inside, alt="A knee from the side"),
    )
    stored = Article.objects.get(pk=article.pk)
    assert stored.lead_image is None and "<figure" not in stored.body
    # The draft carries the foreign key as the image's id.
    assert services.draft_of(stored).data["fields"]["lead_image"] == lead.pk
    html = client.get(article.get_absolute_url()).content.decode()
    assert "<picture>" not in html
    preview = live_page(Article, article.slug, language="en", user=author, preview="draft")
    assert 'alt="A knee brace"' in preview.lead_picture
    assert 'alt="A knee from the side"' in preview.body

    for name, user in (("submit", author), ("approve", reviewer), ("publish", publisher)):
        services.publishable_transition(item=stored, name=name, user=user)
    stored.refresh_from_db()
    assert stored.lead_image == lead and stored.lead_image_alt == "A knee brace"
    html = client.get(article.get_absolute_url()).content.decode()
    assert html.count("<picture>") == 2
    assert 'alt="A knee brace"' in html and 'alt="A knee from the side"' in html
