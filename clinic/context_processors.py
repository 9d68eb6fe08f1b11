from clinic import languages as languages_module
from clinic.models import ClinicSettings, ContentVersion


def clinic(request):
    """The clinic's name, phone and emergency number for every template, and
    the content version that cached fragments are keyed on (called only when
    a template uses it)."""
    return {"clinic": ClinicSettings.load(), "content_version": ContentVersion.current}


def languages(request):
    """The language switcher's links and the page head's hreflang alternates
    (worked out only when a template uses them). A view may pass its own
    ``hreflang_alternates`` (e.g. only the languages a page is translated into)."""
    return {
        "language_links": lambda: languages_module.language_links(request),
        "hreflang_alternates": lambda: languages_module.hreflang_alternates(request),
    }
