from django import forms
from django.utils.translation import gettext as _

from triage import engine
from triage.models import QuestionKind


class TriageForm(forms.Form):
    """One field per question, named by its key; yes/no answers are "yes" and "no".

    Validation is the engine's (``engine.validate_answers``), so the form and
    the engine can never disagree about what a valid answer is.
    """

    def __init__(self, questionnaire, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.questionnaire = questionnaire
        self.spec = questionnaire.to_engine()
        self.answers = {}
        self.questions = list(questionnaire.questions.all())
        for question in self.questions:
            if question.kind == QuestionKind.NUMBER:
                widget = forms.TextInput(
                    attrs={
                        "inputmode": "numeric",
                        "autocomplete": "off",
                        "class": "input--short",
                        "maxlength": 6,
                    }
                )
            else:
                widget = forms.RadioSelect(choices=question.choice_pairs())
            self.fields[question.key] = forms.CharField(
                label=question.text,
                help_text=question.help_text,
                required=False,
                widget=widget,
                strip=True,
            )

    def clean(self):
        raw = {key: self.data.get(key) for key in self.fields}
        answers, errors = engine.validate_answers(self.spec, raw)
        for key, message in errors.items():
            self.add_error(key, _(message))
        self.answers = answers
        return self.cleaned_data

    def sections(self):
        """Emergency questions first, then the rest: (heading, [(question, bound field)])."""
        emergency = [(q, self[q.key]) for q in self.questions if q.emergency]
        others = [(q, self[q.key]) for q in self.questions if not q.emergency]
        return [
            (_("First, some questions about serious signs"), emergency),
            (_("About you and your knee"), others),
        ]
