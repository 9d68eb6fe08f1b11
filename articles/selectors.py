"""Reads that more than one view needs."""

from django.db.models import Prefetch, Q

from articles.models import Article, Condition
from articles.translations import is_source_language, page_language, translation_model

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


def condition_page_queryset(queryset):
    """Conditions with what their body (articles/_condition_body.html) shows: care
    cards, activities named in the page's language, live related articles."""
    return queryset.prefetch_related(
        "care_advice",
        # Activities are named in the page's language (their other names are rows).
        "activities" if is_source_language(page_language()) else "activities__names",
        Prefetch(
            "related_articles",
            queryset=Article.objects.published().order_by("title"),
            to_attr="live_articles",
        ),
    )
