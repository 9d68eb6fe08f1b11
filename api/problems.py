"""Errors as RFC 9457 problem details (``application/problem+json``).

Every error the API gives, from DRF or our own checks, has ``type``,
``title``, ``status`` and ``detail``; a bad parameter also names it
(``parameter``) and lists each one wrong (``invalid_params``, as in the
RFC's example). The one 5xx here is an outage's 503 (``unavailable_response``:
the database unreachable), so a client reads JSON then too; other 5xx stay
Django's own page.
"""

import json

from django.http import HttpResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from rest_framework import exceptions, status
from rest_framework.views import exception_handler as drf_exception_handler

CONTENT_TYPE = "application/problem+json"
# The problem types we define; each answers at its own address (api.views.ProblemTypeView).
INVALID_PARAMETER = "invalid-parameter"
TYPES = {
    INVALID_PARAMETER: (
        gettext_lazy("A parameter is not valid"),
        gettext_lazy(
            "A query parameter has a value the API does not accept: an unknown filter "
            "value, a page that does not exist, a code that is not ICD-10-CM, text that "
            "is too long or holds a NUL character. `parameter` names it; "
            "`invalid_params` lists every one with the reason."
        ),
    ),
}


class ParameterProblem(exceptions.ValidationError):
    """A query parameter we refuse: ``name`` says which, ``reason`` why, in plain words."""

    def __init__(self, name: str, reason: str):
        super().__init__({name: [reason]})


def type_uri(name: str) -> str:
    # A relative reference (RFC 9457 section 3.1.1): it resolves on whichever host answered.
    return f"/api/problems/{name}/"


def problem(*, status_code: int, detail: str, type_name: str = "", **extra) -> dict:
    title = TYPES[type_name][0] if type_name else _status_title(status_code)
    return {
        "type": type_uri(type_name) if type_name else "about:blank",
        "title": str(title),
        "status": status_code,
        "detail": str(detail),
        **extra,
    }


def _status_title(status_code: int) -> str:
    titles = {
        400: _("Bad request"),
        404: _("Not found"),
        405: _("Method not allowed"),
        406: _("Not acceptable"),
        429: _("Too many requests"),
        503: _("Service unavailable"),
    }
    return titles.get(status_code) or _("Request refused")


def _invalid_params(detail) -> list[dict]:
    """DRF's ``{"name": ["reason", ...]}`` (or a bare list) as [{"name", "reason"}]."""
    if isinstance(detail, dict):
        return [
            {"name": str(name), "reason": str(reason)}
            for name, reasons in detail.items()
            for reason in (reasons if isinstance(reasons, list) else [reasons])
        ]
    reasons = detail if isinstance(detail, list) else [detail]
    return [{"name": "", "reason": str(reason)} for reason in reasons]


def exception_handler(exc, context):
    """DRF's handler (status, ``Retry-After``, ``Allow``), with a problem body."""
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        params = _invalid_params(exc.detail)
        response.data = problem(
            status_code=status.HTTP_400_BAD_REQUEST,
            detail=params[0]["reason"],
            type_name=INVALID_PARAMETER,
            parameter=params[0]["name"],
            invalid_params=params,
        )
    else:
        if isinstance(exc, exceptions.APIException):
            detail = exc.detail
        else:  # Django's Http404 from a detail view: no model names in the answer
            detail = _("Nothing live has this address.")
        if isinstance(exc, exceptions.Throttled):
            detail = _("Too many requests from your address. Try again in %(seconds)s seconds.") % {
                "seconds": response.headers.get("Retry-After", "60")
            }
        response.data = problem(status_code=response.status_code, detail=detail)
    response.content_type = CONTENT_TYPE
    response["Cache-Control"] = "no-store"
    return response


# Everything under it answers in JSON, problems included (api/urls.py).
API_PREFIX = "/api/"
RETRY_AFTER_SECONDS = 30


def is_api_request(request) -> bool:
    return request.path_info.startswith(API_PREFIX)


def unavailable_response() -> HttpResponse:
    """A 503 problem while a part the API needs (the database) cannot be reached.

    Made without the database, templates or DRF: it is what Django's handler500
    answers for an API address (``portal.views.server_error``).
    """
    body = problem(
        status_code=status.HTTP_503_SERVICE_UNAVAILABLE,
        detail=_("The service is not available at the moment. Try again in a few minutes."),
    )
    response = HttpResponse(json.dumps(body), status=503, content_type=CONTENT_TYPE)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
