"""Links from rich text to our own pages: check them on save, offer them in the editor.

A link to ``/articles/<slug>/`` or ``/conditions/<slug>/`` (or ``/es/...``) breaks silently
when the page is renamed or was never there; a patient then lands on a 404.
``validate_internal_links`` refuses such a save so the author can choose the
page again while the text is still on the screen. Only paths on this site are
checked; links to other sites are left to the author.
"""

from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.urls import Resolver404, resolve
from django.utils.translation import gettext as _

from articles.models import Article, Condition

# The URL namespace of each kind of page (portal/urls.py) and its model.
MODELS_BY_NAMESPACE = {"articles": Article, "conditions": Condition}
# A page's PDF handout sits under the page's address (handouts/urls.py).
HANDOUT_MODELS = {"handouts:article": Article, "handouts:condition": Condition}


class _LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href.strip())


def internal_prefixes() -> tuple[str, ...]:
    """/articles/, /conditions/, and the same under each other language's prefix (/es/...)."""
    languages = [""] + [
        f"/{code}" for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE
    ]
    return tuple(f"{lang}/{namespace}/" for lang in languages for namespace in MODELS_BY_NAMESPACE)


def internal_hrefs(html: str) -> list[str]:
    """The hrefs in ``html`` that point at an article or condition page, in order, once each."""
    collector = _LinkCollector()
    collector.feed(html or "")
    collector.close()
    prefixes = internal_prefixes()
    return list(dict.fromkeys(h for h in collector.hrefs if h.startswith(prefixes)))


def _target(href: str):
    """(model, slug) the path leads to, (None, None) for a page without a slug, or None."""
    path = unquote(urlsplit(href).path)
    # The chooser always adds the trailing slash; typed links may lack it (APPEND_SLASH).
    for candidate in (path, path if path.endswith("/") else path + "/"):
        try:
            match = resolve(candidate)
        except Resolver404:
            continue
        model = MODELS_BY_NAMESPACE.get(match.namespace) or HANDOUT_MODELS.get(match.view_name)
        if model is None:
            return None
        slug = match.kwargs.get("slug")
        return (model, slug) if slug else (None, None)
    return None


def broken_internal_links(html: str) -> list[str]:
    """The internal hrefs in ``html`` that go to no page (no such address or no such slug)."""
    hrefs = internal_hrefs(html)
    targets = {href: _target(href) for href in hrefs}
    wanted: dict = {}
    for target in targets.values():
        if target and target[0] is not None:
            wanted.setdefault(target[0], set()).add(target[1])
    # One query per kind of page, whatever the number of links. Any status
    # counts: a link to a draft starts working when the draft is published.
    existing = {
        model: set(model.objects.filter(slug__in=slugs).values_list("slug", flat=True))
        for model, slugs in wanted.items()
    }
    return [
        href
        for href, target in targets.items()
        if target is None or (target[0] is not None and target[1] not in existing[target[0]])
    ]


def validate_internal_links(html: str) -> None:
    """Validator for rich-text fields: refuse links to pages of ours that do not exist."""
    broken = broken_internal_links(html)
    if broken:
        raise ValidationError(
            [
                ValidationError(
                    _("The link to %(href)s goes to no page. Choose the page again."),
                    code="broken_internal_link",
                    params={"href": href},
                )
                for href in broken
            ]
        )
