from django.conf import settings


def translation_languages() -> list[tuple[str, str]]:
    """The languages content may be translated into: all but the source language."""
    return [(code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
