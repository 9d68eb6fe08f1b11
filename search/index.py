"""The search index: kept in step with live articles and conditions.

Every save of an article or condition (raw saves from ``loaddata`` included)
copies its searchable text and its address into ``SearchEntry``, or removes it
when the item is no longer published. ``rebuild`` re-creates the whole index.
Synonyms are data: a condition's "also known as" lines and its search aliases
(spellings and abbreviations patients are not shown) are indexed with its
title, so staff add a name in the admin and search knows it.
"""

import re

from django.conf import settings
from django.contrib.postgres.search import SearchVector
from django.db import connections
from django.db.models import QuerySet

from publishing.models import Status
from publishing.readability import plain_text
from publishing.richtext import rich_text_fields
from search.models import SearchEntry

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(text: str) -> str:
    return _CONTROL.sub(" ", text or "")


def _lines(text: str) -> list[str]:
    return [clean(line).strip() for line in (text or "").splitlines() if line.strip()]


def document(item) -> dict:
    """The index fields for ``item``: an Article or a Condition."""
    aliases = _lines(getattr(item, "also_known_as", ""))
    # Other spellings ("Runners knee", "LCA"): found by search, never shown.
    search_aliases = _lines(getattr(item, "search_aliases", ""))
    body = " ".join(plain_text(getattr(item, f.attname)) for f in rich_text_fields(type(item)))
    return {
        "slug": item.slug,
        "title": clean(item.title),
        "aliases": "\n".join(aliases),
        "names": "\n".join([clean(item.title), *aliases, *search_aliases]),
        "summary": clean(item.summary),
        "body": clean(body),
        "codes": getattr(item, "icd10_codes", ""),
        "publish_at": item.publish_at,
        # Stored, so that results need no knowledge of each kind's URLs.
        "url": item.get_absolute_url(),
    }


def _vector():
    config = settings.SEARCH_CONFIG
    return (
        # "names" is the title, the "also known as" lines and the search aliases.
        SearchVector("names", weight="A", config=config)
        + SearchVector("summary", weight="B", config=config)
        + SearchVector("body", weight="C", config=config)
    )


def _head_vector():
    config = settings.SEARCH_CONFIG
    return SearchVector("names", weight="A", config=config) + SearchVector(
        "summary", weight="B", config=config
    )


def postgres(queryset: QuerySet) -> bool:
    return connections[queryset.db].vendor == "postgresql"


def _refresh_vectors(entries: QuerySet) -> None:
    if postgres(entries):
        entries.update(vector=_vector(), head_vector=_head_vector())


def index_item(item, entry_model=SearchEntry) -> None:
    """Bring ``item``'s index entry in step with it: present only while published."""
    kind = item._meta.model_name
    entries = entry_model.objects.filter(kind=kind, object_id=item.pk)
    if item.status != Status.PUBLISHED:
        entries.delete()
        return
    entry, _ = entry_model.objects.update_or_create(
        kind=kind, object_id=item.pk, defaults=document(item)
    )
    _refresh_vectors(entry_model.objects.filter(pk=entry.pk))


def unindex_item(item) -> None:
    SearchEntry.objects.filter(kind=item._meta.model_name, object_id=item.pk).delete()


def rebuild(item_models, entry_model=SearchEntry) -> int:
    """Re-create the whole index from the published items of ``item_models``."""
    entry_model.objects.all().delete()
    entries = [
        entry_model(kind=model._meta.model_name, object_id=item.pk, **document(item))
        for model in item_models
        for item in model.objects.filter(status=Status.PUBLISHED).iterator()
    ]
    entry_model.objects.bulk_create(entries, batch_size=1000)
    _refresh_vectors(entry_model.objects.all())
    return len(entries)


def on_save(sender, instance, **kwargs):
    """post_save receiver for Article and Condition."""
    index_item(instance)


def on_delete(sender, instance, **kwargs):
    """post_delete receiver for Article and Condition."""
    unindex_item(instance)
