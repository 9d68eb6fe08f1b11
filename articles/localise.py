"""The words of a page in the visitor's language: a live translation laid over its source.

Public pages always start from the English (source) items: filters, counts,
order, codes and links stay the same in every language. For a page in another
language, the live translation's text (the fields its model names in
``translated_fields``) and review dates are laid over a copy of each item (the
item itself may be shared through the per-version memo, so it is never
changed); a condition's copy has its cards, translated, in ``care_cards``. An item with no live translation keeps its English text and
is marked so: the page says it is in English and marks it ``lang="en"``.
"""

import copy
import unicodedata

from django.conf import settings
from django.db.models import F, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import get_language

from articles.models import CareAdvice, Condition

# Patients see the translation's own clinical review, not the source's.
REVIEW_FIELDS = [
    "reviewed_on",
    "next_review_due",
    "is_demo",
    "reading_minutes",
    "word_count",
]


def page_language() -> str:
    """The language of the page being built (from its address: /es/... is Spanish)."""
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]


def is_source_language(language: str) -> bool:
    return language == settings.LANGUAGE_CODE


def translation_model(model):
    """ArticleTranslation for Article, ConditionTranslation for Condition."""
    return model.translations.rel.related_model


def live_translations(model, sources, language: str) -> dict:
    """The live translations into ``language`` of ``sources``, by source id: one query
    (two for conditions, with their care cards)."""
    sources = {item.pk: item for item in sources}
    if is_source_language(language) or not sources:
        return {}
    found = (
        translation_model(model)
        .objects.published()
        .in_language(language)
        .filter(source_id__in=list(sources))
    )
    if model is Condition:
        found = found.prefetch_related("care_advice")
    translations = {}
    for item in found:
        item.source = sources[item.source_id]  # for is_out_of_date, without a query
        translations[item.source_id] = item
    return translations


def localised(item, translation, language: str):
    """A copy of ``item`` that shows ``translation`` (None: the English text, marked so)."""
    if is_source_language(language):
        return item
    page = copy.copy(item)
    page.requested_language = language
    page.translation = translation
    page.content_language = settings.LANGUAGE_CODE
    if translation is not None:
        page.content_language = translation.language
        for name in type(item).translated_fields + REVIEW_FIELDS:
            setattr(page, name, getattr(translation, name))
    if _cards_loaded(item):
        page.care_cards = _cards(item.care_cards, translation)
    return page


def _cards_loaded(item) -> bool:
    """Whether ``item``'s care cards came with it (``prefetch_related("care_advice")``),
    so translating them costs no query; an item without them loads its English cards
    when asked, as before."""
    return "care_advice" in getattr(item, "_prefetched_objects_cache", {})


def _cards(cards, translation) -> tuple:
    """The source's care cards (urgency, order) with the translation's words where
    it has them; the others keep their English words, marked so. New copies: the
    source's cards are never changed."""
    words = {text.card_id: text for text in translation.care_advice.all()} if translation else {}
    translated = []
    for card in cards:
        card = copy.copy(card)
        text = words.get(card.pk)
        if text is not None:
            for name in CareAdvice.translated_fields:
                setattr(card, name, getattr(text, name))
        else:
            card.content_language = settings.LANGUAGE_CODE
        translated.append(card)
    return tuple(translated)


def localise_all(items, language: str | None = None, *, related: bool = False) -> list:
    """``items`` as the page in ``language`` shows them (one query per kind of
    item; ``related``: their lists of related pages too, one query per list kind)."""
    language = language or page_language()
    items = list(items)
    if is_source_language(language) or not items:
        return items
    found = {}
    for model in dict.fromkeys(type(item) for item in items):  # articles and conditions may mix
        of_model = [item for item in items if type(item) is model]
        for pk, translation in live_translations(model, of_model, language).items():
            found[model, pk] = translation
    pages = [localised(item, found.get((type(item), item.pk)), language) for item in items]
    return localise_related_of_all(pages, language) if related else pages


# Lists of related items that a page in another language shows translated too.
RELATED_LISTS = ("live_conditions", "live_articles")


def localise_related(page, language: str):
    """``page`` with its related pages (``RELATED_LISTS``) in ``language``."""
    return localise_related_of_all([page], language)[0]


def localise_related_of_all(pages: list, language: str) -> list:
    """``pages`` with their related pages in ``language``, sorted by the names
    shown (as the English lists are by theirs): one query per list kind."""
    for name in RELATED_LISTS:
        having = [page for page in pages if hasattr(page, name)]
        everyone = [other for page in having for other in getattr(page, name)]
        if not everyone:
            continue
        shown = {(type(o), o.pk): o for o in localise_all(everyone, language)}
        for page in having:
            related = [shown[type(o), o.pk] for o in getattr(page, name)]
            setattr(page, name, sorted(related, key=lambda other: name_order(other.title)))
    return pages


def words_language(item) -> str:
    """The language of the words ``item`` shows: its live translation's, else
    English (an item not localised shows its English source)."""
    return getattr(item, "content_language", None) or settings.LANGUAGE_CODE


# The name an item is sorted by on a page: see ``with_name_in``.
NAME_HERE = "name_here"


def with_name_in(queryset, language: str | None = None):
    """``queryset`` with ``name_here``: each item's live title in ``language``,
    else its English title, so "Name (A to Z)" follows the names the page shows."""
    language = language or page_language()
    if is_source_language(language):
        return queryset.annotate(**{NAME_HERE: F("title")})
    titles = (
        translation_model(queryset.model)
        .objects.published()
        .in_language(language)
        .filter(source=OuterRef("pk"))
        .values("title")[:1]
    )
    return queryset.annotate(**{NAME_HERE: Coalesce(Subquery(titles), F("title"))})


def name_order(name: str) -> str:
    """Sort key for names in any language: case and accents ignored ("Síndrome"
    between "Rodilla" and "Tendón", not after "Z")."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
