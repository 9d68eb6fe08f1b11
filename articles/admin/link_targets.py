"""The pages staff can link to from the editor's link dialog (static/js/editor_extensions.js)."""

from django.http import JsonResponse
from django.utils.translation import gettext_lazy as _

from articles.models import Article, Condition

# How each kind of page is named in the chooser.
KIND_LABELS = {Article: _("Article"), Condition: _("Condition")}


def link_targets(user) -> list[dict]:
    """Live and unpublished pages the user may see, by kind and title; archived ones are left out."""
    pages = []
    for model, kind in KIND_LABELS.items():
        opts = model._meta
        perms = (f"{opts.app_label}.{action}_{opts.model_name}" for action in ("view", "change"))
        if not any(user.has_perm(perm) for perm in perms):
            continue
        items = model.objects.not_archived().order_by("title", "slug")
        for item in items.only("title", "slug", "status", "publish_at"):
            label = f"{kind}: {item.title}"
            if not item.is_live:
                label += f" ({item.get_status_display().lower()})"
            pages.append(
                {
                    "kind": opts.model_name,
                    "title": item.title,
                    "path": item.get_absolute_url(),
                    "label": label,
                }
            )
    return _unique_labels(pages)


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
    return JsonResponse({"pages": link_targets(request.user)})
