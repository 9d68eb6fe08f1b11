"""Links from rich text to our own pages: check them on save, offer them in the editor.

A link to ``/articles/<slug>/`` or ``/conditions/<slug>/`` (or ``/es/...``) breaks silently
when the page is renamed or was never there; a patient then lands on a 404.
``validate_internal_links`` refuses such a save so the author can choose the
page again while the text is still on the screen. Only paths on this site are
checked; links to other sites are left to the author.

A link is resolved in the language of its own address (``/es/articles/...`` is
the Spanish page), and a text links to pages in its own language: an English
page to ``/articles/...``, a Spanish translation to ``/es/articles/...`` (what
the editor's chooser offers it). A link to the other language's version of a
page of ours is refused with the address to use instead.
"""

from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit, urlunsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.urls import Resolver404, resolve
from django.utils import translation
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


def _other_languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def address_language(href: str) -> str:
    """The language of the page an address of ours shows: /es/... is Spanish, else English."""
    path = urlsplit(href).path
    for code in _other_languages():
        if path == f"/{code}" or path.startswith(f"/{code}/"):
            return code
    return settings.LANGUAGE_CODE


def in_language(href: str, language: str) -> str:
    """``href`` moved to the same page in ``language`` (query and fragment kept)."""
    parts = urlsplit(href)
    current = address_language(href)
    path = parts.path
    if current != settings.LANGUAGE_CODE:
        path = path[len(current) + 1 :] or "/"
    if language != settings.LANGUAGE_CODE:
        path = f"/{language}{path}"
    return urlunsplit(parts._replace(path=path))


def _target(href: str):
    """(model, slug) the path leads to, (None, None) for a page without a slug, or None.

    Resolved in the address's own language: i18n_patterns only match the
    active language's prefix."""
    path = unquote(urlsplit(href).path)
    with translation.override(address_language(href)):
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
    """The internal hrefs in ``html`` that go to no page (no such address or no such slug),
    in whatever language's address."""
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


def links_in_another_language(html: str, language: str) -> list[tuple[str, str]]:
    """(href, the address to use instead) for each internal link of ``html`` to a page
    in another language than ``language``, the language of the text."""
    return [
        (href, in_language(href, language))
        for href in internal_hrefs(html)
        if address_language(href) != language
    ]


def validate_internal_links(html: str, language: str | None = None) -> None:
    """Validator for rich-text fields: refuse links to pages of ours that do not exist,
    or that are in another language than the text's (``language``, English if None)."""
    language = language or settings.LANGUAGE_CODE
    broken = broken_internal_links(html)
    errors = [
        ValidationError(
            _("The link to %(href)s goes to no page. Choose the page again."),
            code="broken_internal_link",
            params={"href": href},
        )
        for href in broken
    ]
    errors += [
        ValidationError(
            _(
                "The link to %(href)s goes to a page in another language. Link to "
                "%(address)s instead: the same page in the language of this text."
            ),
            code="internal_link_language",
            params={"href": href, "address": address},
        )
        for href, address in links_in_another_language(html, language)
        if href not in broken
    ]
    if errors:
        raise ValidationError(errors)
