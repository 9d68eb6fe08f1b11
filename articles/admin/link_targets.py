"""The pages staff can link to from the editor's link dialog (static/js/editor_extensions.js).

The dialog asks for the pages in the language of the text being edited
(``?language=es`` for a Spanish translation, from the field's ``lang``): their
addresses are then that language's (``/es/articles/<slug>/``), which is what
the links in that text are checked against (``articles.internal_links``), and
each page is named by its title in that language where it has a translation.
"""

from django.conf import settings
from django.http import JsonResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from articles.localise import is_source_language, name_order, translation_model
from articles.models import Article, Condition

# How each kind of page is named in the chooser.
KIND_LABELS = {Article: gettext_lazy("Article"), Condition: gettext_lazy("Condition")}


def link_targets(user, language: str | None = None) -> list[dict]:
    """Live and unpublished pages the user may see, by kind and title; archived ones are
    left out. Addresses and titles in ``language`` (English if None)."""
    language = language or settings.LANGUAGE_CODE
    pages = []
    for model, kind in KIND_LABELS.items():
        opts = model._meta
        perms = (f"{opts.app_label}.{action}_{opts.model_name}" for action in ("view", "change"))
        if not any(user.has_perm(perm) for perm in perms):
            continue
        items = list(
            model.objects.not_archived()
            .order_by("title", "slug")
            .only("title", "slug", "status", "publish_at")
        )
        titles = _titles_in(model, items, language)
        of_kind = []
        for item in items:
            title = titles.get(item.pk, item.title)
            label = f"{kind}: {title}"
            if not item.is_live:
                label += f" ({item.get_status_display().lower()})"
            if not is_source_language(language) and item.pk not in titles:
                label += " (" + _("not translated yet: the page shows the English text") + ")"
            # The address in the text's language; the labels stay in the staff's.
            with translation.override(language):
                path = item.get_absolute_url()
            of_kind.append({"kind": opts.model_name, "title": title, "path": path, "label": label})
        if not is_source_language(language):
            of_kind.sort(key=lambda page: name_order(page["title"]))  # by the names shown
        pages += of_kind
    return _unique_labels(pages)


def _titles_in(model, items, language: str) -> dict:
    """The titles of ``items``' translations into ``language`` (not archived), by item: one query."""
    if is_source_language(language) or not items:
        return {}
    found = (
        translation_model(model)
        .objects.in_language(language)
        .not_archived()
        .filter(source__in=items)
        .values_list("source_id", "title")
    )
    return dict(found)


def _unique_labels(pages: list[dict]) -> list[dict]:
    """Two pages with the same title get their path added, so staff can tell them apart."""
    counts: dict[str, int] = {}
    for page in pages:
        counts[page["label"]] = counts.get(page["label"], 0) + 1
    for page in pages:
        if counts[page["label"]] > 1:
            page["label"] += f" – {page['path']}"
    return pages


def link_targets_view(request):
    """JSON for the link dialog; the admin site wraps it (staff only, never cached)."""
    language = request.GET.get("language") or settings.LANGUAGE_CODE
    if language not in dict(settings.LANGUAGES):
        known = ", ".join(code for code, _name in settings.LANGUAGES)
        return JsonResponse(
            {
                "error": _("Unknown language “%(language)s”: use one of %(known)s.")
                % {"language": language[:20], "known": known}
            },
            status=400,
        )
    return JsonResponse({"pages": link_targets(request.user, language)})
