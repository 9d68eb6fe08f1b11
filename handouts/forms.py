"""The staff form that chooses what to print for a patient."""

from django import forms
from django.conf import settings
from django.db.models import Prefetch
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from articles.localise import localise_all, page_language
from articles.models import Article, Condition
from articles.selectors import article_page_queryset, condition_page_queryset
from handouts.models import HandoutPack, HandoutPackItem


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
    language = forms.ChoiceField(
        label=gettext_lazy("Language of the handouts"),
        help_text=gettext_lazy(
            "Pages not yet translated are printed in English, with a note that says so."
        ),
        # Each language in its own words, as the language switcher shows them.
        choices=settings.LANGUAGES,
        required=False,  # this page's language
    )
    large = forms.BooleanField(label=gettext_lazy("Large print"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = page_language()

    def clean_language(self) -> str:
        return self.cleaned_data["language"] or page_language()

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("pack") or cleaned.get("articles") or cleaned.get("conditions")):
            raise forms.ValidationError(
                _("Choose a pack, or tick at least one article or condition.")
            )
        return cleaned

    def items(self) -> list:
        """The chosen live items in the chosen language (live translations, else
        English): the pack's in pack order, then the ticked ones not already in it
        (articles, then conditions)."""
        return localise_all(self._chosen_items(), self.cleaned_data["language"], related=True)

    def _chosen_items(self) -> list:
        chosen = [*self._pack_items(), *self._ticked_items()]
        seen = set()
        unique = []
        for item in chosen:
            key = (item._meta.label, item.pk)
            if key not in seen:
                seen.add(key)
                unique.append(item)
        return unique

    def _pack_items(self) -> list:
        pack = self.cleaned_data.get("pack")
        if not pack:
            return []
        entries = HandoutPackItem.objects.filter(pack=pack).prefetch_related(
            Prefetch("article", queryset=article_page_queryset(Article.objects.published())),
            Prefetch("condition", queryset=condition_page_queryset(Condition.objects.published())),
        )
        return [entry.item for entry in entries if entry.item is not None]

    def _ticked_items(self) -> list:
        """As the pages show them (articles/selectors.py), articles then conditions."""
        ticked = []
        for name, model, queryset in [
            ("articles", Article, article_page_queryset),
            ("conditions", Condition, condition_page_queryset),
        ]:
            pks = [item.pk for item in self.cleaned_data.get(name) or []]
            if pks:
                ticked += queryset(model.objects.filter(pk__in=pks)).order_by("title")
        return ticked
