"""Where an image is used: the pages (live rows, translations and drafts of
changes) that would lose a picture if it were deleted.

Found generically, so this app never imports the apps above it:
- a ForeignKey (or many-to-many) to Image on any model (a lead image), from
  ``Image._meta.related_objects``;
- a figure in any rich-text field (``publishing.richtext.rich_text_fields``),
  ``<figure data-image="ID" ...>``, on any model;
- ``publishing.models.Draft`` data (the changes waiting for a live page): its
  JSON, read for the same figures and for the image fields' names.
History rows (django-simple-history) are the past, not uses.
"""

from collections.abc import Iterator
from dataclasses import dataclass

from django.apps import apps
from django.db import models
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from simple_history.models import HistoricalChanges

from images.figures import figure_ids
from images.models import Image
from publishing.models import Draft
from publishing.richtext import rich_text_fields

OWN_MODELS = ("images",)


@dataclass(frozen=True)
class Use:
    """One page that shows the picture: what to call it, and its admin page ("" if none)."""

    label: str
    admin_url: str


def html_uses_image(html: str, image_id: int) -> bool:
    """Whether a figure of ``html`` refers to the image (the pages' own reading of figures)."""
    return image_id in figure_ids(html)


def _admin_url(obj) -> str:
    meta = obj._meta
    try:
        return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk])
    except NoReverseMatch:
        return ""


def _label(obj) -> str:
    return f"{obj._meta.verbose_name.capitalize()}: {obj}"


def _is_history(model) -> bool:
    return issubclass(model, HistoricalChanges)


def _image_relations() -> list:
    """The relations from other apps' models to Image (lead images and the like)."""
    return [
        rel
        for rel in Image._meta.related_objects
        if rel.related_model._meta.app_label not in OWN_MODELS
        and not _is_history(rel.related_model)
    ]


def _image_field_names() -> set[str]:
    """The names an image reference has in serialised content (a draft's data)."""
    names = set()
    for rel in _image_relations():
        names.update({rel.field.name, rel.field.attname})
    return names


def _rows_referring(image: Image) -> Iterator[models.Model]:
    for rel in _image_relations():
        yield from rel.related_model._default_manager.filter(**{rel.field.name: image.pk})


def _rows_with_figures(image: Image) -> Iterator[models.Model]:
    needle = f'data-image="{image.pk}"'
    for model in apps.get_models():
        fields = rich_text_fields(model)
        if not fields or _is_history(model):
            continue
        query = models.Q()
        for field in fields:
            # The database narrows it down; the pattern confirms a figure says it.
            query |= models.Q(**{f"{field.attname}__contains": needle})
        for row in model._default_manager.filter(query):
            if any(html_uses_image(getattr(row, f.attname), image.pk) for f in fields):
                yield row


def _mentions(value, image_id: int, names: set[str]) -> bool:
    """Whether serialised content (dicts, lists, strings) refers to the image."""
    if isinstance(value, str):
        return html_uses_image(value, image_id)
    if isinstance(value, dict):
        return any(
            (key in names and _same_id(item, image_id)) or _mentions(item, image_id, names)
            for key, item in value.items()
        )
    if isinstance(value, list | tuple):
        return any(_mentions(item, image_id, names) for item in value)
    return False


def _same_id(value, image_id: int) -> bool:
    if isinstance(value, list | tuple):  # a many-to-many, as a list of ids
        return any(_same_id(v, image_id) for v in value)
    return str(value) == str(image_id)


def _drafts_using(image: Image) -> Iterator[Draft]:
    names = _image_field_names()
    for draft in Draft.objects.select_related("content_type"):
        if _mentions(draft.data, image.pk, names):
            yield draft


def _draft_use(draft: Draft) -> Use:
    item = draft.item
    if item is None:
        return Use(_("Draft of changes to a deleted page"), "")
    return Use(
        _("Draft of changes: %(page)s") % {"page": _label(item)},
        _admin_url(item),
    )


def image_uses(image: Image) -> list[Use]:
    """Every page, translation and draft that shows this image, each listed once."""
    uses = []
    seen = set()
    for row in (*_rows_referring(image), *_rows_with_figures(image)):
        key = (row._meta.label, row.pk)
        if key not in seen:
            seen.add(key)
            uses.append(Use(_label(row), _admin_url(row)))
    uses.extend(_draft_use(draft) for draft in _drafts_using(image))
    return uses
