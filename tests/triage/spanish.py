"""Requests for the Spanish triage pages, today and once ``/es/`` URLs exist.

With ``i18n_patterns`` (the i18n branch), the Spanish page is the English
address with ``/es`` in front, and the language comes from the address only.
Without it, the same address with ``Accept-Language: es`` is Spanish (once
Spanish is in ``LANGUAGES``: the ``spanish`` fixture in conftest.py). ``es_url`` picks
whichever the URLconf serves, and the header does no harm with a prefix.
"""

from django.conf import settings as django_settings
from django.conf.urls.i18n import is_language_prefix_patterns_used

HEADERS = {"HTTP_ACCEPT_LANGUAGE": "es"}


def es_url(path: str) -> str:
    """The Spanish address of an English page (``/triage/`` -> ``/es/triage/``)."""
    prefixed, _default_prefixed = is_language_prefix_patterns_used(django_settings.ROOT_URLCONF)
    if prefixed and not path.startswith("/es/"):
        return "/es" + path
    return path


def es_get(client, path, **extra):
    return client.get(es_url(path), **HEADERS, **extra)


def es_post(client, path, data, **extra):
    return client.post(es_url(path), data, **HEADERS, **extra)
