"""Translations in the admin, as staff use them.

Every shipped item, English or Spanish, can be opened, saved unchanged and
opened again; links in a translation go to pages in its language; the link
chooser offers those pages; a live translation's draft of changes opens; two
people editing one translation do not overwrite each other; an out-of-date
translation shows what changed in English since it was checked.
"""

import re

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django_prose_editor.fields import ProseEditorFormField

from articles.internal_links import validate_internal_links
from articles.models import Article, ArticleTranslation, Condition, ConditionTranslation, Status
from publishing import services
from tests.factories import (
    ArticleFactory,
    ArticleTranslationFactory,
    CareAdviceTranslationFactory,
)
from tests.support.forms import form_values
from tests.support.two_factor import VerifiedClient

pytestmark = pytest.mark.django_db

MODELS = [Article, Condition, ArticleTranslation, ConditionTranslation]


def change_url(item):
    opts = item._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[item.pk])


def sent_back(response, **changes) -> dict:
    """The change form as a browser sends it back: its own rendered values."""
    data = form_values(response.content.decode(), f"{response.context['opts'].model_name}_form")
    data.update(changes)
    return data


def form_errors(response) -> list:
    """Everything the re-rendered form complains about, for the assertion message."""
    if response.context is None or "adminform" not in response.context:
        return []
    errors = [response.context["adminform"].form.errors]
    errors += [
        formset.formset.errors + formset.formset.non_form_errors()
        for formset in response.context.get("inline_admin_formsets", [])
    ]
    return errors


def save_unchanged(client, item):
    """Open the item's change form, post it back unchanged, open it again."""
    url = change_url(item)
    opened = client.get(url)
    assert opened.status_code == 200, f"{url}: {opened.status_code}"
    saved = client.post(url, sent_back(opened))
    assert saved.status_code == 302, f"{item!r} ({url}) not saved: {form_errors(saved)}"
    reopened = client.get(url)
    assert reopened.status_code == 200, f"{url} after saving: {reopened.status_code}"
    return reopened


# Every shipped item saves unchanged -----------------------------------------------


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_demo_item_saves_unchanged_and_opens_again(demo, client, author, model):
    items = list(model.objects.order_by("pk"))
    assert items, f"the demo content has no {model.__name__}"
    client.force_login(author)
    for item in items:
        version, records = item.version, item.history.count()
        save_unchanged(client, item)
        item.refresh_from_db()
        # Unchanged: nothing saved as a change, no draft of changes made.
        assert services.draft_of(item) is None, f"{item!r} got a draft from an unchanged save"
        assert item.status == Status.PUBLISHED
        assert (item.version, item.history.count()) == (version, records), item


def test_every_shipped_translation_links_to_spanish_pages(demo):
    """The demo's Spanish texts do link to /es/ pages: the sweep above covers them."""
    bodies = [t.body for t in ArticleTranslation.objects.all()]
    bodies += [t.self_care + t.treatment + t.overview for t in ConditionTranslation.objects.all()]
    assert any('href="/es/articles/' in body or 'href="/es/conditions/' in body for body in bodies)


# A live translation's draft of changes ----------------------------------------------


def test_changes_to_a_live_spanish_condition_translation_wait_in_a_draft_that_opens(
    demo, client, author, reviewer, publisher
):
    translation = ConditionTranslation.objects.filter(status=Status.PUBLISHED).first()
    live_summary, live_card = translation.summary, translation.care_advice.first()
    client.force_login(author)
    opened = client.get(change_url(translation))
    prefix = opened.context["inline_admin_formsets"][0].formset.prefix
    data = sent_back(
        opened,
        summary=live_summary + " Le ayudamos.",
        **{f"{prefix}-0-heading": live_card.heading + " Hoy."},
    )

    saved = client.post(change_url(translation), data)

    assert saved.status_code == 302, form_errors(saved)
    reopened = client.get(change_url(translation))
    assert reopened.status_code == 200
    page = reopened.content.decode()
    # The draft's words are on the form, not the live ones...
    assert "Le ayudamos." in page
    assert live_card.heading + " Hoy." in page
    # ...and patients still see the live translation.
    translation.refresh_from_db()
    assert translation.summary == live_summary
    assert translation.care_advice.get(pk=live_card.pk).heading == live_card.heading
    assert services.draft_of(translation) is not None
    # The draft saves again unchanged, and opens again.
    save_unchanged(client, translation)
    rows = services.draft_of(translation).data["inlines"]["care_advice"]
    assert [row["card_id"] for row in rows] == [
        text.card_id for text in translation.care_advice.order_by("card__order")
    ]
    assert rows[0]["heading"] == live_card.heading + " Hoy."
    # Reviewed and published, the changes reach patients.
    for name, user in [("submit", author), ("approve", reviewer), ("publish", publisher)]:
        services.publishable_transition(item=translation, name=name, user=user)
        translation.refresh_from_db()
    assert translation.summary == live_summary + " Le ayudamos."
    assert translation.care_advice.get(card=live_card.card).heading == live_card.heading + " Hoy."
    assert client.get(change_url(translation)).status_code == 200


@pytest.mark.parametrize("factory", [ArticleFactory, ArticleTranslationFactory])
def test_an_unchanged_save_keeps_an_approval(client, reviewer, factory):
    """Text stored with a closing newline (as the demo's is) goes back unchanged:
    saving it does not undo the approval."""
    item = factory(status=Status.APPROVED, body="<p>Use ice.</p>\n<p>Rest.</p>\n")
    assert item.body.endswith("\n")
    client.force_login(reviewer)
    reopened = save_unchanged(client, item)
    item.refresh_from_db()
    assert item.status == Status.APPROVED
    assert reopened.context["adminform"].form["body"].value() == item.body


@pytest.mark.parametrize("factory", [ArticleFactory, ArticleTranslationFactory])
def test_a_text_of_only_spaces_is_still_refused_as_empty(client, author, factory):
    """Rich text goes back as stored (not stripped), but blank is still no text."""
    item = factory(author=author)
    before = item.body
    client.force_login(author)
    opened = client.get(change_url(item))

    refused = client.post(change_url(item), sent_back(opened, body="  \n "))

    assert refused.status_code == 200
    assert refused.context["adminform"].form.errors["body"] == ["This field is required."]
    item.refresh_from_db()
    assert item.body == before


# Two people editing one translation -----------------------------------------------


@pytest.fixture
def live_article_translation():
    return ArticleTranslationFactory(published=True, body="<p>Póngase hielo.</p>")


@pytest.fixture
def draft_condition_translation(author):
    card = CareAdviceTranslationFactory(translation__author=author)
    return card.translation


@pytest.mark.parametrize("which", ["live_article_translation", "draft_condition_translation"])
def test_a_stale_translation_save_is_refused_and_keeps_both_texts(
    request, client, author, reviewer, which
):
    translation = request.getfixturevalue(which)
    live_summary = translation.summary
    first, second = client, VerifiedClient()
    first.force_login(author)
    second.force_login(reviewer)
    first_form = first.get(change_url(translation))
    second_form = second.get(change_url(translation))

    saved = second.post(
        change_url(translation), sent_back(second_form, summary="Texto de Rui. Es corto.")
    )
    assert saved.status_code == 302, form_errors(saved)

    refused = first.post(
        change_url(translation), sent_back(first_form, summary="Texto de Ana. Es corto.")
    )
    assert refused.status_code == 200
    page = refused.content.decode()
    assert "Rui Reviewer changed this item on" in page
    # Ana's words are still on her screen; Rui's are what was saved.
    assert "Texto de Ana. Es corto." in page
    translation.refresh_from_db()
    draft = services.draft_of(translation)
    saved_summary = draft.data["fields"]["summary"] if draft else translation.summary
    assert saved_summary == "Texto de Rui. Es corto."
    if draft is not None:
        assert translation.summary == live_summary  # patients still see the live text


# Links in a translation go to pages in its language ------------------------------------


def test_a_spanish_translation_links_to_spanish_pages(client, author):
    ArticleFactory(slug="knee-braces", published=True)
    translation = ArticleTranslationFactory(author=author)
    client.force_login(author)
    opened = client.get(change_url(translation))

    good = '<p>Lea <a href="/es/articles/knee-braces/#tipos">las rodilleras</a>.</p>'
    saved = client.post(change_url(translation), sent_back(opened, body=good))
    assert saved.status_code == 302, form_errors(saved)
    translation.refresh_from_db()
    assert translation.body == good


def test_a_spanish_translation_refuses_a_missing_page_and_an_english_page(client, author):
    ArticleFactory(slug="knee-braces", published=True)
    translation = ArticleTranslationFactory(author=author)
    client.force_login(author)
    opened = client.get(change_url(translation))
    body = (
        '<p><a href="/es/articles/gone/">Una</a> y '
        '<a href="/articles/knee-braces/?de=es">otra</a>.</p>'
    )

    refused = client.post(change_url(translation), sent_back(opened, body=body))

    assert refused.status_code == 200
    assert refused.context["adminform"].form.errors["body"] == [
        "The link to /es/articles/gone/ goes to no page. Choose the page again.",
        "The link to /articles/knee-braces/?de=es goes to a page in another language. "
        "Link to /es/articles/knee-braces/?de=es instead: the same page in the language "
        "of this text.",
    ]
    assert refused.context["adminform"].form["body"].value() == body


def test_a_new_translation_checks_its_links_in_the_language_chosen(client, author):
    source = ArticleFactory(slug="knee-braces", published=True)
    client.force_login(author)
    url = reverse("admin:articles_articletranslation_add")
    opened = client.get(url)
    data = sent_back(
        opened,
        source=source.pk,
        language="es",
        title="Rodilleras",
        summary="Qué rodillera usar. Es fácil.",
        body='<p>Vea <a href="/es/conditions/">los problemas</a> y '
        '<a href="/es/articles/knee-braces/handout.pdf">la hoja</a>.</p>',
    )

    saved = client.post(url, data)

    assert saved.status_code == 302, form_errors(saved)
    assert ArticleTranslation.objects.get(source=source, language="es").title == "Rodilleras"


@pytest.mark.parametrize(
    ("href", "language", "message"),
    [
        ("/es/articles/ice/", "es", None),
        ("/es/articles/ice", "es", None),
        ("/es/articles/ice/handout.pdf", "es", None),
        ("/es/conditions/", "es", None),
        ("/es/articles/nothing/", "es", "goes to no page"),
        ("/articles/ice/", "es", "Link to /es/articles/ice/ instead"),
        ("/articles/ice/", "en", None),
        ("/es/articles/ice/#a", "en", "Link to /articles/ice/#a instead"),
        ("/es/articles/nothing/", "en", "goes to no page"),
    ],
)
def test_which_links_a_text_in_a_language_may_have(href, language, message):
    ArticleFactory(slug="ice")
    html = f'<p><a href="{href}">x</a></p>'
    if message is None:
        validate_internal_links(html, language)
        return
    with pytest.raises(ValidationError) as refused:
        validate_internal_links(html, language)
    assert message in " ".join(refused.value.messages)


# The link chooser offers pages in the translation's language -----------------------

CHOOSER_URL = "/admin/articles/article/link-targets/"


def test_a_translations_fields_say_their_language_so_the_chooser_asks_for_its_pages(
    demo, client, author
):
    client.force_login(author)
    for translation in [*ArticleTranslation.objects.all(), *ConditionTranslation.objects.all()]:
        opened = client.get(change_url(translation))
        form = opened.context["adminform"].form
        rich = [n for n, field in form.fields.items() if isinstance(field, ProseEditorFormField)]
        assert rich, translation
        page = opened.content.decode()
        for name in [*rich, "title", "summary"]:
            tag = re.search(rf'<(?:textarea|input)[^>]*\bname="{name}"[^>]*>', page)
            assert tag and 'lang="es"' in tag.group(0), (translation, name)
        card_words = r'<(?:textarea|input)[^>]*\bname="care_advice-\d+-(?:heading|points|action)"'
        cards = re.findall(card_words + "[^>]*>", page)
        assert cards or isinstance(translation, ArticleTranslation)
        for tag in cards:
            assert 'lang="es"' in tag, (translation, tag)
    english = client.get(change_url(Article.objects.first()))
    assert "lang" not in english.context["adminform"].form["body"].field.widget.attrs


def test_the_chooser_offers_spanish_pages_for_a_spanish_text(demo, client, author):
    client.force_login(author)

    pages = client.get(CHOOSER_URL, {"language": "es"}).json()["pages"]

    assert len(pages) == Article.objects.count() + Condition.objects.count()
    assert all(page["path"].startswith(("/es/articles/", "/es/conditions/")) for page in pages)
    # Named by their Spanish titles, which the staff member reads in the text.
    labels = {page["label"]: page["path"] for page in pages}
    when = ArticleTranslation.objects.get(source__slug="when-to-get-help-for-knee-pain")
    assert labels[f"Article: {when.title}"] == "/es/articles/when-to-get-help-for-knee-pain/"
    # Every Spanish address offered is a page of ours for a Spanish text.
    html = "".join(f'<a href="{page["path"]}">x</a>' for page in pages)
    validate_internal_links(html, "es")
    # English texts still get English pages.
    english = client.get(CHOOSER_URL).json()["pages"]
    assert all(page["path"].startswith(("/articles/", "/conditions/")) for page in english)


def test_the_chooser_names_a_page_not_yet_translated(client, author):
    ArticleFactory(title="Knee braces", slug="knee-braces", published=True)
    client.force_login(author)
    pages = client.get(CHOOSER_URL, {"language": "es"}).json()["pages"]
    assert pages == [
        {
            "kind": "article",
            "title": "Knee braces",
            "path": "/es/articles/knee-braces/",
            "label": "Article: Knee braces (not translated yet: the page shows the English text)",
        }
    ]


def test_the_chooser_refuses_an_unknown_language_with_a_message(client, author):
    client.force_login(author)
    response = client.get(CHOOSER_URL, {"language": "xx"})
    assert response.status_code == 400
    assert response.json() == {"error": "Unknown language “xx”: use one of en, es."}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"source": "999999"}, "source"),
        ({"source": "x"}, "source"),
        ({"language": "en"}, "language"),
        ({"language": "xx"}, "language"),
        ({"body": '<p><a href="/es/articles/%ZZ/">Mal</a></p>'}, "body"),
    ],
)
def test_bad_input_on_a_new_translation_is_named_on_its_field(client, author, changes, field):
    source = ArticleFactory(slug="knee-braces", published=True)
    client.force_login(author)
    url = reverse("admin:articles_articletranslation_add")
    data = sent_back(
        client.get(url),
        source=source.pk,
        language="es",
        title="Rodilleras",
        summary="Qué rodillera usar. Es fácil.",
        body="<p>Use una rodillera.</p>",
    )
    data.update(changes)

    refused = client.post(url, data)

    assert refused.status_code == 200
    assert list(refused.context["adminform"].form.errors) == [field]
    assert not ArticleTranslation.objects.exists()


# What changed in English since the translation was checked -------------------------


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
