"""The admin page for one questionnaire version's texts in one language: each
English text beside a box for its translation, flagged when missing or out of
date. Reached from the questionnaire's change form (``QuestionnaireAdmin``)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from triage import demo, services, texts
from triage.models import translation_languages

CONFIRM = "confirm:"
SEEN = "seen:"


class TranslationsForm(forms.Form):
    """One box per English text, named by the text's identity (never its position,
    so a text added meanwhile cannot shift a translation onto another part)."""

    def __init__(self, statuses, *args, editable: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.statuses = statuses
        for item in statuses:
            source = item.source
            self.fields[source.name] = forms.CharField(
                label=source.label,
                required=False,
                max_length=source.max_length,
                initial=item.row.text if item.row else "",
                disabled=not editable,
                widget=forms.Textarea(attrs={"rows": 5 if source.long else 2, "cols": 60}),
            )
            if item.status == texts.OUT_OF_DATE:
                self.fields[CONFIRM + source.name] = forms.BooleanField(
                    label=_("Still right for the new English"),
                    required=False,
                    disabled=not editable,
                )

    def _changed(self, item, text: str) -> bool:
        return (item.row.text if item.row else "") != text.strip()

    def clean(self):
        cleaned = super().clean()
        for item in self.statuses:
            source, name = item.source, item.source.name
            text = (cleaned.get(name) or "").strip()
            touched = self._changed(item, text) or cleaned.get(CONFIRM + name)
            if not text or not touched:
                continue
            if self.data.get(SEEN + name, source.text) != source.text:
                self.add_error(
                    name,
                    _(
                        "Someone changed the English text while you were working. Check your "
                        "translation against the English shown now, then save again."
                    ),
                )
                continue
            problem = texts.placeholder_problem(source.text, text)
            if problem:
                self.add_error(name, problem)
        return cleaned

    def entries(self):
        """(English text, translation, confirmed) for each text that changed or
        whose out-of-date translation was confirmed."""
        found = []
        for item in self.statuses:
            name = item.source.name
            text = (self.cleaned_data.get(name) or "").strip()
            confirmed = bool(self.cleaned_data.get(CONFIRM + name))
            if self._changed(item, text) or confirmed:
                found.append((item.source, text, confirmed))
        return found

    def rows(self):
        """(status, translation box, confirm box or None) in the page's order."""
        return [
            (
                item,
                self[item.source.name],
                self[CONFIRM + item.source.name]
                if CONFIRM + item.source.name in self.fields
                else None,
            )
            for item in self.statuses
        ]

    def error_list(self):
        return [(self[name].auto_id, errors[0]) for name, errors in self.errors.items()]


def translations_view(model_admin, request, object_id, language):
    languages = dict(translation_languages())
    if language not in languages:
        raise Http404
    questionnaire = get_object_or_404(
        services.questionnaire_with_parts(language=language), pk=object_id
    )
    if not model_admin.has_view_permission(request, questionnaire):
        raise PermissionDenied
    editable = model_admin.has_change_permission(request, questionnaire)
    statuses = texts.statuses(questionnaire, language, questionnaire.translations.all())
    if request.method == "POST":
        if not editable:
            raise PermissionDenied
        if "fill_defaults" in request.POST:
            return _fill_defaults(model_admin, request, questionnaire, language)
        form = TranslationsForm(statuses, request.POST, editable=True)
        if form.is_valid():
            try:
                changed = services.translations_save(
                    questionnaire=questionnaire, language=language, entries=form.entries()
                )
            except ValidationError as error:
                for message in error.messages:
                    model_admin.message_user(request, message, messages.ERROR)
            else:
                model_admin.message_user(
                    request,
                    _("Saved: %(count)s texts changed.") % {"count": changed},
                    messages.SUCCESS,
                )
                return HttpResponseRedirect(request.path)
    else:
        form = TranslationsForm(statuses, editable=editable)
    counts = {
        status: sum(item.status == status for item in statuses)
        for status in (texts.UP_TO_DATE, texts.OUT_OF_DATE, texts.MISSING)
    }
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.opts,
        "original": questionnaire,
        "title": _("%(language)s texts: %(questionnaire)s")
        % {"language": languages[language], "questionnaire": questionnaire},
        "language_name": languages[language],
        "language": language,
        "form": form,
        "editable": editable,
        "counts": counts,
        "can_fill_defaults": editable
        and questionnaire.based_on == demo.BASED_ON
        and language == demo.SPANISH,
    }
    status = 400 if form.is_bound and form.errors else 200
    return TemplateResponse(request, "admin/triage/translations.html", context, status=status)


def _fill_defaults(model_admin, request, questionnaire, language):
    added = services.translations_fill_defaults(questionnaire=questionnaire, language=language)
    model_admin.message_user(
        request,
        _("Added %(count)s shipped texts where there were none.") % {"count": added},
        messages.SUCCESS,
    )
    return HttpResponseRedirect(
        reverse("admin:triage_questionnaire_translations", args=[questionnaire.pk, language])
    )
