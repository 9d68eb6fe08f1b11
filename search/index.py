"""The search index: kept in step with live articles, conditions, exercises and
programme templates (``indexed_models``) and their translations.

Every save of one of them (raw saves from ``loaddata`` included)
copies its searchable text and its address into ``SearchEntry``, or removes it
when the item is no longer published; so does every save of a translation,
into an entry of its own language (with its source's kind, id and codes). A
source's save brings its translations' entries along: unpublished, they go;
its codes changed, theirs change. ``rebuild`` re-creates the whole index.
Synonyms are data: a condition's "also known as" lines and its search aliases
(spellings and abbreviations patients are not shown) are indexed with its
title, so staff add a name in the admin and search knows it.
"""

import re
from dataclasses import dataclass

from django.conf import settings
from django.contrib.postgres.search import SearchVector
from django.db import connections
from django.db.models import Case, QuerySet, Value, When

from articles.localise import translation_model
from articles.models import Article, Condition
from articles.models.translation import Translation
from exercises.models import Exercise, ProgrammeTemplate
from publishing.models import Status
from publishing.readability import plain_text
from publishing.richtext import rich_text_fields
from search.models import SearchEntry

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Plain-text parts patients read besides the rich text, searched as the body:
# an exercise's "what it is for" and its steps (its translation's too).
PLAIN_BODY_FIELDS = ("purpose", "steps")


def indexed_models() -> tuple:
    """What search finds, by source model; each one's translations follow it."""
    return (Article, Condition, Exercise, ProgrammeTemplate)


def clean(text: str) -> str:
    return _CONTROL.sub(" ", text or "")


def _lines(text: str) -> list[str]:
    return [clean(line).strip() for line in (text or "").splitlines() if line.strip()]


def document(item, source=None) -> dict:
    """The index fields for ``item``: one of ``indexed_models``, or a translation
    of ``source`` (its words, the source's codes and the translated page's address)."""
    source = source or item
    aliases = _lines(getattr(item, "also_known_as", ""))
    # Other spellings ("Runners knee", "LCA"): found by search, never shown.
    search_aliases = _lines(getattr(item, "search_aliases", ""))
    body = " ".join(
        [plain_text(getattr(item, f.attname)) for f in rich_text_fields(type(item))]
        + [" ".join(_lines(getattr(item, name, ""))) for name in PLAIN_BODY_FIELDS]
    )
    return {
        "language": getattr(item, "language", settings.LANGUAGE_CODE),
        "slug": source.slug,
        "title": clean(item.title),
        "aliases": "\n".join(aliases),
        "names": "\n".join([clean(item.title), *aliases, *search_aliases]),
        "summary": clean(item.summary),
        "body": clean(body),
        "codes": getattr(source, "icd10_codes", ""),
        # A translation goes live when both it and its source are.
        "publish_at": max(
            (moment for moment in (source.publish_at, item.publish_at) if moment), default=None
        ),
        # Stored, so that results need no knowledge of each kind's URLs.
        "url": item.get_absolute_url(),
    }


def config_for(language: str) -> str:
    """The text-search configuration of ``language`` (stemming, stop words, accents)."""
    return settings.SEARCH_CONFIGS.get(language, "simple")


def _entry_config():
    """Each entry's configuration, from its language."""
    return Case(
        *[When(language=language, then=Value(config)) for language, config in _configs()],
        default=Value("simple"),
    )


def _configs() -> list[tuple[str, str]]:
    return sorted(settings.SEARCH_CONFIGS.items())


def _vector():
    config = _entry_config()
    return (
        # "names" is the title, the "also known as" lines and the search aliases.
        SearchVector("names", weight="A", config=config)
        + SearchVector("summary", weight="B", config=config)
        + SearchVector("body", weight="C", config=config)
    )


def _head_vector():
    config = _entry_config()
    return SearchVector("names", weight="A", config=config) + SearchVector(
        "summary", weight="B", config=config
    )


def postgres(queryset: QuerySet) -> bool:
    return connections[queryset.db].vendor == "postgresql"


def _refresh_vectors(entries: QuerySet) -> None:
    if postgres(entries):
        entries.update(vector=_vector(), head_vector=_head_vector())


def _is_translation(item) -> bool:
    return isinstance(item, Translation)


def _source_model(model):
    """Article for ArticleTranslation (Article for Article)."""
    return (
        model._meta.get_field("source").related_model if issubclass(model, Translation) else model
    )


def _kind(model) -> str:
    """An item's kind; a translation has its source's."""
    return _source_model(model)._meta.model_name


def _live_translations(item) -> QuerySet:
    return translation_model(type(item)).objects.filter(source=item, status=Status.PUBLISHED)


def index_item(item, entry_model=SearchEntry) -> None:
    """Bring ``item``'s index entries in step with it: present only while published,
    in English and in the language of each published translation."""
    entries = entry_model.objects.filter(kind=_kind(type(item)), object_id=item.pk)
    if item.status != Status.PUBLISHED:
        entries.delete()
        return
    documents = [document(item)]
    for translation in _live_translations(item):
        translation.source = item  # for its address, without a query
        documents.append(document(translation, source=item))
    for fields in documents:
        entry_model.objects.update_or_create(
            kind=_kind(type(item)), object_id=item.pk, language=fields["language"], defaults=fields
        )
    entries.exclude(language__in=[fields["language"] for fields in documents]).delete()
    _refresh_vectors(entries)


def index_translation(translation, entry_model=SearchEntry) -> None:
    """Bring a translation's entry in step: present while it and its source are published."""
    entries = entry_model.objects.filter(
        kind=_kind(type(translation)),
        object_id=translation.source_id,
        language=translation.language,
    )
    # Read afresh: a raw save (loaddata) may come before its source's, which then indexes it.
    source = _source_model(type(translation)).objects.filter(pk=translation.source_id).first()
    if (
        source is None
        or source.status != Status.PUBLISHED
        or translation.status != Status.PUBLISHED
    ):
        entries.delete()
        return
    translation.source = source  # the same row, as it is now
    fields = document(translation, source=source)
    entry_model.objects.update_or_create(
        kind=_kind(type(source)), object_id=source.pk, language=fields["language"], defaults=fields
    )
    _refresh_vectors(entries)


def unindex_item(item) -> None:
    """Remove an item's entries, or a translation's (every language of an item)."""
    if _is_translation(item):
        entries = SearchEntry.objects.filter(
            kind=_kind(type(item)), object_id=item.source_id, language=item.language
        )
    else:
        entries = SearchEntry.objects.filter(kind=_kind(type(item)), object_id=item.pk)
    entries.delete()


@dataclass(frozen=True)
class Rebuilt:
    items: int
    translations: int


def rebuild(item_models, entry_model=SearchEntry) -> Rebuilt:
    """Re-create the whole index from the published items of ``item_models`` and
    their published translations."""
    entry_model.objects.all().delete()
    items = 0
    entries = []
    for model in item_models:
        kind = _kind(model)
        for item in model.objects.filter(status=Status.PUBLISHED).iterator():
            entries.append(entry_model(kind=kind, object_id=item.pk, **document(item)))
            items += 1
        translations = (
            translation_model(model)
            .objects.filter(status=Status.PUBLISHED, source__status=Status.PUBLISHED)
            .select_related("source")
        )
        for translation in translations.iterator():
            fields = document(translation, source=translation.source)
            entries.append(entry_model(kind=kind, object_id=translation.source_id, **fields))
    entry_model.objects.bulk_create(entries, batch_size=1000)
    _refresh_vectors(entry_model.objects.all())
    return Rebuilt(items=items, translations=len(entries) - items)


def on_save(sender, instance, **kwargs):
    """post_save receiver for the ``indexed_models``."""
    index_item(instance)


def on_delete(sender, instance, **kwargs):
    """post_delete receiver for the ``indexed_models`` and their translations."""
    unindex_item(instance)


def on_translation_save(sender, instance, **kwargs):
    """post_save receiver for the translations of the ``indexed_models``."""
    index_translation(instance)
