"""Public programme pages: a live programme template's page, and the programme a
patient's printout points at (its address carries it: exercises/programme.py).

A changed, cut or forged address, or one naming an exercise that is no longer
live, gets a clear page with status 400: never a 404 or a 500.
"""

from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views import View

from articles.localise import localise_all, page_language
from articles.selectors import is_preview, may_preview
from exercises.models import ProgrammeTemplate
from exercises.programme import (
    InvalidProgramme,
    any_sample,
    live_programme,
    programme_from_token,
    template_programme,
)


class ProgrammeView(View):
    """``/exercises/programme/<token>/``: the programme printed at the visit."""

    def get(self, request, token):
        language = page_language()
        try:
            entries = live_programme(programme_from_token(token), language=language)
        except InvalidProgramme as error:
            return render(
                request, "exercises/programme_invalid.html", {"reason": error.reason}, status=400
            )
        return render(
            request,
            "exercises/programme.html",
            {
                "entries": entries,
                "sample": any_sample(entries),
                "title": _("Your home exercise programme"),
            },
        )


def template_for_page(slug: str, *, user, language: str):
    """The template at ``slug`` in ``language``: live only, unless ``user`` may
    change templates (a preview, in any state but archived to patients)."""
    queryset = ProgrammeTemplate.objects.all()
    if not may_preview(ProgrammeTemplate, user):
        queryset = queryset.published()
    template = queryset.filter(slug=slug).first()
    if template is None:
        raise Http404
    return localise_all([template], language)[0]


class TemplateDetailView(View):
    """``/exercises/programmes/<slug>/``: a programme template's live exercises at
    its doses (an exercise not live is left out)."""

    def get(self, request, slug):
        language = page_language()
        template = template_for_page(slug, user=request.user, language=language)
        # Its live exercises at its doses: the programme staff start from it with.
        entries = live_programme(template_programme(template), language=language)
        response = render(
            request,
            "exercises/programme_template.html",
            {"item": template, "entries": entries, "title": template.title},
        )
        if is_preview(template):
            response["Cache-Control"] = "private, no-store"
        return response
