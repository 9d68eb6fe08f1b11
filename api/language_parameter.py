"""``?language=es``: the content API in another language.

Each item comes in its live translation into that language where there is one
(its ``language`` says so, and its addresses are that page's), else in English;
labels (onset, areas, urgency, section headings) and the questionnaire's texts
follow the language too. English is the default.
"""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter

from api.problems import ParameterProblem

PARAMETER = "language"


def codes() -> list[str]:
    """The languages the API answers in: the portal's (``settings.LANGUAGES``),
    read at request time so a new language needs no code."""
    return [code for code, _name in settings.LANGUAGES]


LANGUAGE_PARAMETER = OpenApiParameter(
    PARAMETER,
    OpenApiTypes.STR,
    enum=codes(),  # the schema is built from the settings the portal starts with
    default=settings.LANGUAGE_CODE,
    description=(
        "The language of the texts. Items with a live translation into it come "
        "translated; the others in English. Each item's `language` says which."
    ),
)


def asked_language(request) -> str:
    """The language the request asks for; a ``ParameterProblem`` for anything else."""
    values = request.GET.getlist(PARAMETER)
    if not values:
        return settings.LANGUAGE_CODE
    if len(values) > 1:
        raise ParameterProblem(PARAMETER, _("Give this parameter once."))
    if values[0] not in codes():
        raise ParameterProblem(
            PARAMETER, _("Use one of: %(codes)s.") % {"codes": ", ".join(codes())}
        )
    return values[0]


class InLanguageMixin:
    """Answers in the language asked for (``?language=``), whatever the address's."""

    def dispatch(self, request, *args, **kwargs):
        language = request.GET.get(PARAMETER)
        with translation.override(language if language in codes() else settings.LANGUAGE_CODE):
            response = super().dispatch(request, *args, **kwargs)
            response["Content-Language"] = translation.get_language()
        return response

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        asked_language(request)  # a bad value is a 400 problem naming the parameter
