from django.conf import settings
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.generic import DetailView

from articles.models import Article, Condition
from portal.models import ClinicSettings
from portal.pdf import handout_response
from portal.ratelimit import allow
from triage import services
from triage.forms import TriageForm
from triage.models import Outcome, Submission


@never_cache
def triage_form(request):
    questionnaire = services.published_questionnaire()
    if questionnaire is None:
        return render(request, "triage/unavailable.html", status=503)
    if request.method == "POST":
        if not allow(request, "triage", settings.TRIAGE_RATE_LIMIT):
            return render(request, "429.html", status=429)
        form = TriageForm(questionnaire, request.POST)
        if form.is_valid():
            # The form ran the engine's own validation, so this cannot refuse the answers.
            submission = services.submission_create(
                questionnaire=questionnaire, answers=form.answers
            )
            return redirect(submission)
        status = 400
    else:
        form = TriageForm(questionnaire)
        status = 200
    return render(
        request, "triage/form.html", {"form": form, "questionnaire": questionnaire}, status=status
    )


def fill_placeholders(text: str, clinic: ClinicSettings) -> str:
    return text.replace("{emergency_number}", clinic.emergency_number).replace(
        "{clinic_phone}", clinic.phone
    )


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
            .prefetch_related(
                Prefetch(
                    "related_conditions",
                    queryset=Condition.objects.published(),
                    to_attr="live_conditions",
                ),
                Prefetch(
                    "related_articles",
                    queryset=Article.objects.published(),
                    to_attr="live_articles",
                ),
            )
            .first()
        )
        if outcome is None:
            raise Http404
        clinic = ClinicSettings.load()
        context.update(
            outcome=outcome,
            headline=fill_placeholders(outcome.headline, clinic),
            advice=fill_placeholders(outcome.advice, clinic),
            safety_net=fill_placeholders(outcome.safety_net, clinic),
        )
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
            page_url=request.build_absolute_uri(self.object.get_absolute_url()),
            filename="knee-advice.pdf",
            context={**context, "description": context["headline"]},
        )
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response
