"""The triage form: two steps without JavaScript, or one POST of every answer.

Step 1 asks age, injury, how long ago and the emergency screen; step 2 only
the questions that apply to those answers. Validation and branching are the
engine's (``engine.assess``), so the form and the engine never disagree; this
module only decides which questions a page shows and words the error codes.
"""

from django import forms
from django.utils.translation import gettext as _

from triage import engine
from triage.messages import answer_error
from triage.models import QuestionKind

STEP_1, STEP_2, ALL = "1", "2", "all"


class TriageForm(forms.Form):
    """One field per question, named by its key; yes/no answers are "yes" and "no"."""

    def __init__(self, questionnaire, *args, spec, **kwargs):
        """``questionnaire`` and ``spec``: ``selectors.patient_questionnaire``."""
        super().__init__(*args, **kwargs)
        self.questionnaire = questionnaire
        self.spec = spec
        self.questions = list(questionnaire.questions)
        self.page = STEP_1
        for question in self.questions:
            if question.kind == QuestionKind.NUMBER:
                widget = forms.TextInput(attrs={"inputmode": "numeric", "maxlength": 6})
            else:
                widget = forms.RadioSelect(choices=question.choice_pairs())
            self.fields[question.key] = forms.CharField(
                label=question.text,
                help_text=question.help_text,
                required=False,
                widget=widget,
                strip=True,
            )
        raw = {key: self.data.get(key) for key in self.fields} if self.is_bound else {}
        self.assessment = engine.assess(self.spec, raw)
        self.asked = self.assessment.asked

    # What the patient answered --------------------------------------------------

    @property
    def result(self) -> engine.Result | None:
        return self.assessment.result

    def errors_on(self, page: str) -> dict:
        keys = {q.key for q in self.visible_questions(page)}
        return {k: v for k, v in self.assessment.errors.items() if k in keys}

    # What a page shows ---------------------------------------------------------

    def visible_questions(self, page: str | None = None):
        page = page or self.page
        if page == STEP_1:
            return [q for q in self.questions if q.step == 1]
        shown = [q for q in self.questions if self.asked.get(q.key) is not False]
        if page == STEP_2:
            return [q for q in shown if q.step != 1]
        return shown

    def show(self, page: str, *, with_errors: bool) -> "TriageForm":
        """Set the page to show and attach its error messages to their fields."""
        self.page = page
        self._errors = forms.utils.ErrorDict()
        self.cleaned_data = {}
        if with_errors:
            by_key = {q.key: q for q in self.questions}
            for key, code in self.errors_on(page).items():
                self._errors[key] = self.error_class([answer_error(by_key[key], code)])
        return self

    def items(self):
        """(question, bound field) for each question on the page."""
        return [(q, self[q.key]) for q in self.visible_questions()]

    def sections(self):
        items = self.items()
        if self.page == STEP_2:
            return [(_("Step 2 of 2: about your knee"), items)]
        first = [(q, f) for q, f in items if q.step == 1]
        rest = [(q, f) for q, f in items if q.step != 1]
        sections = [(_("Step 1 of 2: about you, and serious signs"), first)]
        if rest:
            sections.append((_("Step 2 of 2: about your knee"), rest))
        return sections

    def carried(self):
        """Answers given on other pages, kept as hidden inputs: (key, value)."""
        shown = {q.key for q in self.visible_questions()}
        return [
            (q.key, self.data.get(q.key))
            for q in self.questions
            if q.key not in shown and self.is_bound and self.data.get(q.key) not in (None, "")
        ]

    def error_list(self):
        """(field id to link to, message) in page order."""
        return [
            (self._target(question, field), field.errors[0])
            for question, field in self._with_errors()
        ]

    def error_summary(self) -> tuple[list, list]:
        """(problems, missing) for the error summary, in page order, so that it
        fits one phone screen: an answer that is wrong gets its message; an
        unanswered question only its short name ("your age"), under "Tell us:".
        Each is (field id to link to, text)."""
        problems, missing = [], []
        for question, field in self._with_errors():
            if self.assessment.errors.get(question.key) == engine.REQUIRED:
                missing.append(
                    (self._target(question, field), question.error_name or question.text)
                )
            else:
                problems.append((self._target(question, field), field.errors[0]))
        return problems, missing

    def _with_errors(self):
        return [(question, field) for question, field in self.items() if field.errors]

    @staticmethod
    def _target(question, field) -> str:
        """The id a summary link goes to: the number box, or a question's first answer."""
        if question.kind == QuestionKind.NUMBER:
            return field.id_for_label
        return f"{question.key}-{question.choice_pairs()[0][0]}"
