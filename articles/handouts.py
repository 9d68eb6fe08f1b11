"""The staff page that prints one PDF for a patient: a pack, or ticked items.

The patient's name is sent by POST, printed on the cover, and never stored,
cached or logged (the view is marked sensitive for error reports).
"""

from django import forms
from django.contrib.admin.views.decorators import staff_member_required
from django.db.models import Prefetch
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from articles.models import Article, Condition, HandoutPack, HandoutPackItem
from portal.models import ClinicSettings
from portal.pdf import PrintOptions, qr_svg, render_pdf, short_url


class HandoutForm(forms.Form):
    pack = forms.ModelChoiceField(
        label=gettext_lazy("A ready-made pack"),
        queryset=HandoutPack.objects.all(),
        required=False,
        empty_label=gettext_lazy("No pack: I will tick items below"),
    )
    articles = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Articles"),
        queryset=Article.objects.published().order_by("title"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    conditions = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Conditions"),
        queryset=Condition.objects.published().order_by("title"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    patient_name = forms.CharField(
        label=gettext_lazy("Patient's name for the cover (optional)"),
        help_text=gettext_lazy("Printed only. It is never saved."),
        max_length=80,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    date = forms.DateField(
        label=gettext_lazy("Date for the cover"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    large = forms.BooleanField(label=gettext_lazy("Large print"), required=False)

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("pack") or cleaned.get("articles") or cleaned.get("conditions")):
            raise forms.ValidationError(
                _("Choose a pack, or tick at least one article or condition.")
            )
        return cleaned

    def items(self) -> list:
        """The chosen live items, in pack order or as ticked (articles, then conditions)."""
        pack = self.cleaned_data.get("pack")
        if pack:
            entries = HandoutPackItem.objects.filter(pack=pack).prefetch_related(
                Prefetch("article", queryset=Article.objects.published()),
                Prefetch(
                    "condition",
                    queryset=Condition.objects.published().prefetch_related("care_advice"),
                ),
            )
            return [entry.item for entry in entries if entry.item is not None]
        conditions = Condition.objects.filter(
            pk__in=[c.pk for c in self.cleaned_data["conditions"]]
        ).prefetch_related("care_advice")
        return [*self.cleaned_data["articles"], *conditions.order_by("title")]


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
    from portal.pdf import pdf_response

    clinic = ClinicSettings.load()
    options = PrintOptions(
        size="large" if form.cleaned_data["large"] else "normal", paper=clinic.paper_size
    )
    items = []
    for item in form.items():
        url = request.build_absolute_uri(item.get_absolute_url())
        items.append(
            {
                "item": item,
                "kind": item._meta.model_name,
                "qr_svg": qr_svg(url),
                "short_url": short_url(url),
            }
        )
    pack = form.cleaned_data.get("pack")
    title = pack.name if pack else _("Information for you")
    context = {
        "clinic": clinic,
        "options": options,
        "items": items,
        "patient_name": form.cleaned_data["patient_name"],
        "cover_date": form.cleaned_data["date"] or timezone.localdate(),
        "printed_on": timezone.localdate(),
        "description": _("Information from %(clinic)s") % {"clinic": clinic.name},
    }
    pdf = render_pdf(
        "handouts/pack.html", context, title=str(title), base_url=request.build_absolute_uri("/")
    )
    response = pdf_response(pdf, "knee-handouts.pdf")
    response["Cache-Control"] = "no-store"
    return response
