from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.generic import DetailView

from clinic.memo import cached_per_version
from clinic.ratelimit import allow
from handouts.pdf import handout_response
from triage import engine, selectors, services, texts
from triage.forms import ALL, STEP_1, STEP_2, TriageForm
from triage.models import Submission


@never_cache
def triage_form(request):
    # In the page's language (``/es/triage/``); texts not yet translated stay English.
    language = texts.patient_language()
    questionnaire, spec = selectors.patient_questionnaire(language)
    if questionnaire is None:
        return render(request, "triage/unavailable.html", status=503)
    if request.method != "POST":
        form = TriageForm(questionnaire, spec=spec).show(STEP_1, with_errors=False)
        return _render_form(request, form, status=200)
    if not allow(request, "triage", settings.TRIAGE_RATE_LIMIT):
        return render(request, "429.html", status=429)
    form = TriageForm(questionnaire, request.POST, spec=spec)
    step = request.POST.get("step")
    if step == "back":
        return _render_form(request, form.show(STEP_1, with_errors=False), status=200)
    emergency = form.result is not None and form.result.urgency == engine.EMERGENCY
    if form.result is not None and (step != STEP_1 or emergency):
        # Every answer that applies is valid, or an emergency fired on what was given.
        submission = services.submission_create(
            questionnaire=questionnaire, answers=request.POST, spec=spec, language=language
        )
        return redirect(submission)
    if step == STEP_1:
        # After step 1 the patient sees step 2, even with its answers already given.
        if form.errors_on(STEP_1):
            return _render_form(request, form.show(STEP_1, with_errors=True), status=400)
        return _render_form(request, form.show(STEP_2, with_errors=False), status=200)
    if step == STEP_2 and not form.errors_on(STEP_1):
        return _render_form(request, form.show(STEP_2, with_errors=True), status=400)
    if step == STEP_2:
        return _render_form(request, form.show(STEP_1, with_errors=True), status=400)
    return _render_form(request, form.show(ALL, with_errors=True), status=400)


def _render_form(request, form, *, status):
    context = {
        "form": form,
        "questionnaire": form.questionnaire,
        "partly_english": form.questionnaire.fell_back,
    }
    if not form.is_bound:
        # A blank form's questions are the same for everyone: rendered once per
        # content version, language and step in each process, kept as text.
        context["blank_questions"] = cached_per_version(
            f"triage-questions:{form.page}",
            lambda: render_to_string("triage/_questions.html", context, request),
        )
    return render(request, "triage/form.html", context, status=status)


class ResultView(DetailView):
    template_name = "triage/result.html"
    context_object_name = "submission"
    slug_field = "token"
    slug_url_kwarg = "token"

    def get_queryset(self):
        return Submission.objects.select_related("questionnaire")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # In the page's language; texts not yet translated stay English.
        page = selectors.result_page(self.object, texts.patient_language())
        if page is None:
            raise Http404
        context.update(page.as_context())
        return context

    def render_to_response(self, context, **kwargs):
        response = super().render_to_response(context, **kwargs)
        # A result is personal: keep it out of shared caches and search engines.
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response


class ResultHandoutView(ResultView):
    """The result as a PDF to take away. Personal, so never cached."""

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        context = self.get_context_data(object=self.object)
        response = handout_response(
            request,
            template="handouts/triage_result.html",
            title=str(_("What help to get for your knee")),
            # Anyone holding the paper could open a private result address: never print it.
            page_url=None,
            filename="knee-advice.pdf",
            context={
                **context,
                "description": context["headline"],
                "triage_url": request.build_absolute_uri(reverse("triage:form")),
                "public_links": [
                    (page, request.build_absolute_uri(page.get_absolute_url()))
                    for page in context["pages"]
                ],
            },
        )
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response
