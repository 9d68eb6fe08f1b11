from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.generic import DetailView

from clinic.models import ClinicSettings
from clinic.ratelimit import allow
from handouts.pdf import handout_response
from triage import engine, selectors, services, texts
from triage.forms import ALL, STEP_1, STEP_2, TriageForm
from triage.models import Outcome, SafetyNetItem, Submission, Translation


@never_cache
def triage_form(request):
    # In the page's language (``/es/triage/``); texts not yet translated stay English.
    language = texts.patient_language()
    questionnaire, spec = services.questionnaire_for_patients(language)
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
    overlay = getattr(form.questionnaire, "overlay", None)
    return render(
        request,
        "triage/form.html",
        {
            "form": form,
            "questionnaire": form.questionnaire,
            # The blank form's cached fragment is kept per language.
            "language": texts.patient_language(),
            "partly_english": bool(overlay and overlay.fell_back),
        },
        status=status,
    )


# Units a number is shown with in its singular or plural ("1 day", "3 days"; "1 día",
# "3 días"), in the page's language. Any other unit shows as the clinic wrote it.
COUNTED_UNITS = {
    "day": lambda n: ngettext("%(count)s day", "%(count)s days", n),
    "year": lambda n: ngettext("%(count)s year", "%(count)s years", n),
}
UNIT_WORDS = {
    "days": "day",
    "día": "day",
    "días": "day",
    "years": "year",
    "año": "year",
    "años": "year",
}


def _answer_label(question, value) -> str:
    labels = dict(question.choice_pairs())
    if value in labels:
        return str(labels[value])
    unit = question.unit.strip()
    counted = COUNTED_UNITS.get(UNIT_WORDS.get(unit.casefold(), unit.casefold()))
    if counted is not None and isinstance(value, int) and not isinstance(value, bool):
        return counted(value) % {"count": value}
    return f"{value} {unit}".strip()


class ResultView(DetailView):
    template_name = "triage/result.html"
    context_object_name = "submission"
    slug_field = "token"
    slug_url_kwarg = "token"

    def get_queryset(self):
        return Submission.objects.select_related("questionnaire")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        submission = self.object
        outcome = (
            Outcome.objects.filter(
                questionnaire=submission.questionnaire_id, key=submission.outcome_key
            )
            .prefetch_related(*selectors.outcome_pages_prefetch(submission.urgency))
            .first()
        )
        if outcome is None:
            raise Http404
        clinic = ClinicSettings.load()
        answers = submission.answers
        questions = list(submission.questionnaire.questions.all())
        safety_net_items = list(
            SafetyNetItem.objects.filter(questionnaire=submission.questionnaire_id)
        )
        rules = selectors.fired_rules(submission)
        reasons, overlay = self._in_page_language(
            submission, outcome, questions, safety_net_items, rules
        )
        words = selectors.rule_words(rules, clinic, overlay)

        def filled(field):
            return texts.outcome_text(outcome, field, clinic, overlay)

        context.update(
            # In the questionnaire's order (a JSON column does not keep key order).
            answer_rows=[
                (question.text, _answer_label(question, answers[question.key]))
                for question in questions
                if question.key in answers
            ],
            outcome=outcome,
            reasons=reasons,
            meanings=words["patient_text"],
            until_then=words["until_then"],
            parent_line=selectors.parent_line(submission, clinic),
            pages=selectors.result_pages(submission, outcome, rules),
            partly_english=bool(overlay and overlay.fell_back),
            safety_net_items=safety_net_items,
            headline=filled("headline"),
            advice=filled("advice"),
            safety_net=filled("safety_net"),
        )
        return context

    @staticmethod
    def _in_page_language(submission, outcome, questions, safety_net_items, rules):
        """(reasons, overlay): the version's texts in the page's language, laid
        over the rows loaded for this page (the overlay says which stayed
        English; None on an English page). The stored reasons are English; each
        is worded by the rule that gives it."""
        language = texts.patient_language()
        if language == settings.LANGUAGE_CODE:
            return submission.reasons, None
        overlay = texts.Overlay(
            Translation.objects.filter(questionnaire=submission.questionnaire_id, language=language)
        )
        overlay.outcome(outcome)
        for part in questions:
            if part.key in submission.answers:
                overlay.question(part, fields=("text", "unit"))  # what the answers show
        for part in safety_net_items:
            overlay.safety_net_item(part)
        return overlay.reasons(submission.reasons, rules), overlay

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
