"""Which language a page is in, and the same page in the other languages.

A public page's language is its address: ``/es/...`` is Spanish, an address
without a language prefix is English (``LANGUAGE_CODE``), whatever the
browser's Accept-Language says. So a page stored by ``clinic.pagecache`` (keyed
on the address) is right for every visitor, and no visit is redirected.

The admin is English for everyone, so that staff on a shared clinic computer
see the screens, the workflow's words and the audit trail as their colleagues,
the training and the support notes do; a staff member who wants another
language picks it in the admin's header (``set_language``: a cookie, read only
on the admin's pages, which are never cached).
"""

from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.cache import patch_vary_headers

X_DEFAULT = "x-default"


def translation_languages() -> list[tuple[str, str]]:
    """(code, name) of the languages content, the questionnaire and the clinic's
    words may be translated into: all but the source language (``LANGUAGE_CODE``)."""
    return [(code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def is_admin(path: str) -> bool:
    return path.startswith(f"/{settings.ADMIN_URL}")


def picked_language(request) -> str | None:
    """The language a staff member chose in the admin (the language cookie), if valid."""
    code = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
    return code if code in dict(settings.LANGUAGES) else None


class LanguageFromAddressMiddleware:
    """Django's LocaleMiddleware for addresses that carry their language.

    Unlike Django's, it never reads Accept-Language (nor the cookie, outside
    the admin), so responses do not vary on it: ``Vary: Accept-Language`` is
    not sent, and ``Content-Language`` names the page's language.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        language = translation.get_language_from_path(path)
        admin = not language and is_admin(path)
        if admin:
            language = picked_language(request)
        # For this request only: the thread goes back to its language after it.
        with translation.override(language or settings.LANGUAGE_CODE):
            request.LANGUAGE_CODE = translation.get_language()
            response = self.get_response(request)
        response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
        if admin:
            patch_vary_headers(response, ("Cookie",))
        return response


def page_in(request, code: str) -> str:
    """The address of this page (query string kept) in language ``code``; the
    home page in that language when this page has no counterpart (a 404)."""
    here = request.get_full_path()
    there = translate_url(here, code)
    if there == here and code != translation.get_language():
        with translation.override(code):
            return reverse("home")
    return there


def language_links(request) -> list[dict]:
    """The switcher: this page in every other language, named in its own words."""
    current = translation.get_language()
    return [
        {"code": code, "name": name, "url": page_in(request, code)}
        for code, name in settings.LANGUAGES
        if code != current
    ]


def hreflang_alternates(request, languages=None) -> list[tuple[str, str]]:
    """``<link rel="alternate" hreflang>`` pairs (language code, absolute URL) for
    this page in ``languages`` (default: every language), with the default
    language's page as ``x-default``. None for an address that is no page."""
    if getattr(request, "resolver_match", None) is None:
        return []
    codes = [code for code, _name in settings.LANGUAGES]
    if languages is not None:
        codes = [code for code in codes if code in languages]
    current = translation.get_language()
    pairs = [
        (
            code,
            request.build_absolute_uri(
                request.get_full_path() if code == current else page_in(request, code)
            ),
        )
        for code in codes
    ]
    default = dict(pairs).get(settings.LANGUAGE_CODE)
    return pairs + [(X_DEFAULT, default)] if default else pairs
