"""Reads: what a page, its PDF, the API and template tags show (HackSoft's selectors).

``live_page`` is the one way to find an article or a condition to show: who may
preview it, the draft of waiting changes, the live translation over it.
"""

from django.conf import settings
from django.db.models import Prefetch, Q
from django.shortcuts import get_object_or_404

from articles.localise import (
    is_source_language,
    live_translations,
    localise_related,
    localised,
    page_language,
    translation_model,
    words_language,
)
from articles.models import Article, Condition
from articles.pictures import illustrate
from clinic.memo import cached_per_version
from publishing.models import Draft

UNREVIEWED = Q(is_demo=True) | Q(reviewed_on__isnull=True)


def unreviewed_live(models, language: str) -> list:
    """Querysets of the live items of ``models`` a patient on a page in ``language``
    would read without a clinician's review: sample (demo) content, or a page with
    no review date; on a translated page, its live translations too."""
    querysets = [model.objects.published().filter(UNREVIEWED) for model in models]
    if not is_source_language(language):
        querysets += [
            translation_model(model)
            .objects.published()
            .in_language(language)
            .filter(UNREVIEWED, source__in=model.objects.published())
            for model in models
        ]
    return querysets


def none_exist(querysets) -> bool:
    """True when every queryset is empty: one query, whatever their number."""
    first, *rest = [qs.order_by().values_list("pk", flat=True) for qs in querysets]
    # UNION ALL under one LIMIT (no LIMIT inside: SQLite allows none there).
    return not list(first.union(*rest, all=True)[:1])


def all_reviewed(models=(Article, Condition), language: str = "en", *, more=()) -> bool:
    """Whether a page may say its content is checked by the clinical team: every live
    item it introduces (and any ``more`` querysets of unreviewed items) is reviewed."""
    return none_exist([*unreviewed_live(models, language), *more])


def article_page_queryset(queryset):
    """Articles with what their body (articles/_article_body.html) shows: the live
    related conditions. The page, its PDF and packs read the same."""
    return queryset.prefetch_related(
        Prefetch(
            "related_conditions",
            queryset=Condition.objects.published().order_by("title"),
            to_attr="live_conditions",
        )
    )


def condition_page_queryset(queryset, language: str | None = None):
    """Conditions with what their body (articles/_condition_body.html) shows: care
    cards, activities named in the page's language, live related articles."""
    language = language or page_language()
    return queryset.prefetch_related(
        "care_advice",
        # Activities are named in the page's language (their other names are rows).
        "activities" if is_source_language(language) else "activities__names",
        Prefetch(
            "related_articles",
            queryset=Article.objects.published().order_by("title"),
            to_attr="live_articles",
        ),
    )


def is_preview(page) -> bool:
    """Whether ``page`` shows anything patients do not see: an item or translation
    that is not live, or a draft of changes applied to either. Such a page is
    never stored by a cache that anyone else is served from (pages, fragments,
    PDFs), and is marked for browsers and proxies not to keep."""
    translation = getattr(page, "translation", None)
    return (
        not page.is_live
        or getattr(page, "previewing_draft", False)
        or (translation is not None and not translation.is_live)
        or getattr(translation, "previewing_draft", False)
    )


def may_preview(model, user) -> bool:
    """Staff who may change ``model``'s items may see them in any state."""
    if user is None or not user.is_staff:
        return False
    opts = model._meta
    return user.has_perm(f"{opts.app_label}.change_{opts.model_name}")


def page_queryset(model, language: str):
    """``model``'s items with the related rows their body shows."""
    if model is Article:
        return article_page_queryset(Article.objects.all())
    return condition_page_queryset(model.objects.all(), language)


def live_page(
    model,
    slug: str,
    *,
    language: str,
    user=None,
    preview: str | None = None,
    queryset=None,
    pictures=illustrate,
):
    """The article or condition at ``slug`` as its page, PDF and API show it in
    ``language``: live only, unless ``user`` may preview it (then in any state,
    and ``preview="draft"`` applies the waiting changes); over it, its live
    translation into ``language`` (for staff who may change translations, the
    latest one in any state) or the English words, marked so. ``Http404`` when
    there is none to show. Never memoised: it hands out model instances.

    Its pictures are rendered (``articles.pictures.illustrate``: figures in the
    rich text as ``<picture>``, ``lead_picture``), in two queries whatever their number.

    Another kind of published content (exercises) passes its own ``queryset`` (its
    items with the related rows its body shows) and ``pictures`` (renders its
    pictures in place, given the page and the language of its words)."""
    staff = may_preview(model, user)
    if queryset is None:
        queryset = page_queryset(model, language)
    item = get_object_or_404(queryset if staff else queryset.published(), slug=slug)
    if staff and preview == "draft":
        _with_waiting_changes(item)
    if is_source_language(language):
        page = item
    else:
        if staff and may_preview(translation_model(model), user):
            translation = _translation_for_preview(item, language, preview=preview)
        else:
            translation = live_translations(model, [item], language).get(item.pk)
        page = localise_related(localised(item, translation, language), language)
    pictures(page, language=words_language(page))
    return page


def _with_waiting_changes(item) -> None:
    """The draft of changes to a live item (or translation) applied, marked so."""
    draft = Draft.objects.of(item).first()
    if draft is not None:
        item.with_content(draft.data)
        item.previewing_draft = True


def _translation_for_preview(item, language: str, *, preview: str | None):
    found = (
        translation_model(type(item))
        .objects.filter(source=item, language=language)
        .not_archived()
        .first()
    )
    if found is None:
        return None
    found.source = item
    if preview == "draft":
        _with_waiting_changes(found)
    return found


def page_languages(page) -> tuple[str, ...]:
    """The languages ``page`` is live in (English always first; none for a page
    patients cannot see): a tuple, kept per content version."""
    if not page.is_live:
        return ()
    model = type(page)
    found = cached_per_version(
        f"languages:{model._meta.label_lower}:{page.pk}",
        lambda: tuple(
            sorted(
                translation_model(model)
                .objects.published()
                .filter(source_id=page.pk)
                .values_list("language", flat=True)
            )
        ),
    )
    return (settings.LANGUAGE_CODE, *found)
