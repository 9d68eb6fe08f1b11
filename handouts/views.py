"""PDF handouts of pages, and the staff page that prints one PDF for a patient.

A page's handout: ``/articles/<slug>/handout.pdf`` and
``/conditions/<slug>/handout.pdf`` (``?size=large`` for large print), cached
per content version. The staff page prints a pack, or ticked items. The
patient's name is sent by POST, printed on the cover, and never stored, cached
or logged (the view is marked sensitive for error reports).
"""

from dataclasses import dataclass
from functools import partial

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from articles.localise import page_language, words_language
from articles.models import Article, Condition
from articles.selectors import is_preview, live_page, may_preview
from clinic.memo import cached_per_version
from clinic.models import ClinicSettings
from exercises.models import Exercise
from exercises.pictures import illustrate_exercise
from exercises.programme import any_sample, live_programme, programme_token
from exercises.selectors import live_exercise
from handouts.figures import with_print_figures
from handouts.forms import HandoutForm
from handouts.pdf import PrintOptions, english_url, handout_response, item_context
from handouts.programme import Action, ProgrammeBuilder
from images.printing import print_img_html


@dataclass(frozen=True)
class PrintedPage:
    """What a page's handout needs before its PDF is rendered: its title, file
    name, address and the versions its cached PDF is keyed on (None: a preview,
    never cached). Plain data, so the per-version memo may keep it."""

    title: str
    slug: str
    path: str
    cache_parts: tuple | None


def printed_page(item) -> PrintedPage:
    translation = getattr(item, "translation", None)
    return PrintedPage(
        title=item.title,
        slug=item.slug,
        path=item.get_absolute_url(),
        # A preview (a draft, a translation not yet live, waiting changes) is
        # rendered for the one who asked: never stored, never served from the cache.
        cache_parts=None
        if is_preview(item)
        else (
            item._meta.label,
            item.pk,
            item.version,
            getattr(translation, "pk", None),
            getattr(translation, "version", None),
        ),
    )


class HandoutView(View):
    """The page's content as a PDF handout (``?size=large`` for large print): the
    item ``live_page`` finds, in the body partial its page shows."""

    model: type
    handout_template = ""

    def find(self, slug, *, language: str, user=None, preview: str | None = None):
        """The item at ``slug`` as its page shows it (``live_page``)."""
        return live_page(self.model, slug, language=language, user=user, preview=preview)

    def get(self, request, slug):
        language = page_language()
        if may_preview(self.model, request.user):
            preview = request.GET.get("preview")
            item = self.find(slug, language=language, user=request.user, preview=preview)
            page, find = printed_page(item), lambda: item
        else:
            # A cached PDF needs only its key: the item is read when it is rendered.
            page = cached_per_version(
                f"printed:{self.model._meta.label_lower}:{slug}",
                lambda: printed_page(self.find(slug, language=language)),
            )
            find = partial(self.find, slug, language=language)
        response = handout_response(
            request,
            template=self.handout_template,
            title=page.title,
            page_url=request.build_absolute_uri(page.path),
            filename=f"{page.slug}.pdf",
            context=lambda: self.context(request, find()),
            cache_parts=page.cache_parts,
        )
        if page.cache_parts is None:
            response["Cache-Control"] = "private, no-store"
        return response

    def context(self, request, item) -> dict:
        return {
            "item": with_print_figures(item),
            "english_url": english_url(request, item),
            "description": item.summary,
            "reviewed_on": item.reviewed_on,
            "next_review_due": item.next_review_due,
        }


class ArticleHandoutView(HandoutView):
    model = Article
    handout_template = "handouts/article.html"


class ConditionHandoutView(HandoutView):
    model = Condition
    handout_template = "handouts/condition.html"


class ExerciseHandoutView(HandoutView):
    """An exercise's PDF: its page's body, with the pictures' print renditions."""

    model = Exercise
    handout_template = "handouts/exercise.html"

    def find(self, slug, *, language: str, user=None, preview: str | None = None):
        return live_exercise(slug, language=language, user=user, preview=preview)

    def context(self, request, item) -> dict:
        illustrate_exercise(item, language=words_language(item), render=print_img_html)
        return {**super().context(request, item), "item": item}


@never_cache
@sensitive_post_parameters("patient_name")
@staff_member_required
def handouts_view(request):
    if request.method == "POST":
        form = HandoutForm(request.POST)
        if form.is_valid():
            return _pack_pdf(request, form)
        status = 400
    else:
        form = HandoutForm(initial={"pack": request.GET.get("pack"), "date": timezone.localdate()})
        status = 200
    return render(request, "handouts/choose.html", {"form": form}, status=status)


def _pack_pdf(request, form):
    """The pack in the language staff chose, whatever the staff page's own."""
    with translation.override(form.cleaned_data["language"]):
        return _pack_pdf_in_language(request, form)


def _pack_pdf_in_language(request, form):
    clinic = ClinicSettings.load()
    size = "large" if form.cleaned_data["large"] else "normal"
    pack = form.cleaned_data.get("pack")
    # A pack's name is staff's English: a pack in another language has a title in it.
    in_english = form.cleaned_data["language"] == settings.LANGUAGE_CODE
    title = pack.name if pack and in_english else _("Information for you")
    response = handout_response(
        request,
        template="handouts/pack.html",
        title=str(title),
        page_url=None,
        filename="knee-handouts.pdf",
        options=PrintOptions(size=size, paper=clinic.paper_size),
        context={
            "items": [item_context(request, item) for item in form.items()],
            "patient_name": form.cleaned_data["patient_name"],
            "cover_date": form.cleaned_data["date"] or timezone.localdate(),
            "description": _("Information from %(clinic)s") % {"clinic": clinic.name},
        },
    )
    # The cover may carry the patient's name.
    response["Cache-Control"] = "no-store"
    return response


# A patient's home exercise programme (handouts/programme.py) ------------------------


@never_cache
@sensitive_post_parameters("patient_name", "note")
@staff_member_required
def programme_view(request):
    """The builder: every button is a POST that returns the form in its new state;
    "Print" returns the PDF. The name and the note are printed, never kept."""
    if request.method == "POST":
        action = Action.parse(request.POST.get("action", ""))
        builder = ProgrammeBuilder.after(request.POST, action)
        if action.name == "print" and builder.is_valid:
            return _programme_pdf(request, builder)
    else:
        builder = ProgrammeBuilder.start(template_slug=request.GET.get("template"))
    return render(
        request,
        "handouts/programme_builder.html",
        {"builder": builder, "form": builder.options},
        status=400 if builder.has_errors else 200,
    )


def _programme_pdf(request, builder):
    """The programme in the language staff chose, whatever the builder page's own."""
    with translation.override(builder.options.cleaned_data["language"]):
        return _programme_pdf_in_language(request, builder)


def _programme_pdf_in_language(request, builder):
    clinic = ClinicSettings.load()
    chosen = builder.options.cleaned_data
    programme = builder.programme()
    token = programme_token(programme)
    # The patient's address: in the printout's language (/es/... for Spanish).
    page_url = request.build_absolute_uri(reverse("exercises:programme", args=[token]))
    personal = bool(chosen["patient_name"] or chosen["note"])
    language = chosen["language"]
    response = handout_response(
        request,
        template="handouts/programme.html",
        title=str(_("Your home exercise programme")),
        page_url=page_url,
        filename="exercise-programme.pdf",
        options=PrintOptions(
            size="large" if chosen["large"] else "normal", paper=clinic.paper_size
        ),
        context=lambda: (
            programme_context(programme, language)
            | {
                "patient_name": chosen["patient_name"],
                "note": chosen["note"],
                "cover_date": chosen["date"],
                "description": _("Exercises from %(clinic)s") % {"clinic": clinic.name},
            }
        ),
        # A printout with a name or a note is rendered each time, never kept;
        # without, the PDF is the same for every patient given this programme.
        cache_parts=None if personal else ("programme", token, chosen["date"].isoformat()),
    )
    response["Cache-Control"] = "private, no-store"
    return response


def programme_context(programme, language: str) -> dict:
    entries = live_programme(programme, language=language)
    return {"entries": entries, "sample": any_sample(entries)}
