"""The staff builder of a patient's home exercise programme (``/handouts/programme/``).

Nothing is stored: the programme's state travels in the form's fields (each
exercise's id, hidden, and its five dose numbers), and every button is a POST
that returns the form with the new state: start from a template, add, remove,
move up or down, print. Without JavaScript the buttons do everything; with it,
rows may also be dragged (static/js/programme.js renumbers the fields).

The patient's name and the note are printed only: never in the programme's
address, a cache key, the database or a log line.
"""

from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from articles.localise import page_language
from exercises.dose import FIELDS, LIMITS, Dose, limit_message
from exercises.models import Exercise, ProgrammeTemplate
from exercises.programme import (
    MAX_ITEMS,
    Programme,
    ProgrammeItem,
    live_exercises,
    live_templates,
    template_programme,
)

NOTE_MAX = 500
ROW_FIELDS = ("exercise", *FIELDS)
DOSE_LABELS = {
    "sets": gettext_lazy("Sets"),
    "repetitions": gettext_lazy("Repetitions"),
    "hold_seconds": gettext_lazy("Hold (seconds)"),
    "times_a_day": gettext_lazy("Times a day"),
    "days_a_week": gettext_lazy("Days a week"),
}


def _dose_field(name: str) -> forms.IntegerField:
    low, high = LIMITS[name]
    message = limit_message(name)
    return forms.IntegerField(
        label=DOSE_LABELS[name],
        min_value=low,
        max_value=high,
        error_messages={
            "required": message,
            "invalid": message,
            "min_value": message,
            "max_value": message,
        },
        widget=forms.NumberInput(attrs={"class": "input--number", "inputmode": "numeric"}),
    )


class ProgrammeRowForm(forms.Form):
    """One exercise of the programme: which (hidden) and its dose."""

    exercise = forms.IntegerField(widget=forms.HiddenInput)
    sets = _dose_field("sets")
    repetitions = _dose_field("repetitions")
    hold_seconds = _dose_field("hold_seconds")
    times_a_day = _dose_field("times_a_day")
    days_a_week = _dose_field("days_a_week")

    def __init__(self, *args, exercises: dict, **kwargs):
        super().__init__(*args, **kwargs)
        self.exercises = exercises

    @property
    def exercise_id(self) -> int | None:
        try:
            return int(self.data.get(self.add_prefix("exercise"), ""))
        except ValueError:
            return None

    @property
    def live_exercise(self) -> Exercise | None:
        return self.exercises.get(self.exercise_id)

    def dose_fields(self) -> list:
        return [self[name] for name in FIELDS]

    def clean_exercise(self) -> int:
        exercise = self.cleaned_data["exercise"]
        if exercise not in self.exercises:
            raise forms.ValidationError(
                _("This exercise is not available to print. Remove it."), code="not_live"
            )
        return exercise

    def item(self) -> ProgrammeItem:
        data = self.cleaned_data
        return ProgrammeItem(data["exercise"], Dose(**{name: data[name] for name in FIELDS}))


class ProgrammeOptionsForm(forms.Form):
    """Everything but the exercises: where to start, what to add, the printout's choices."""

    template = forms.ModelChoiceField(
        label=gettext_lazy("Start from a programme template"),
        help_text=gettext_lazy("This replaces the exercises below."),
        queryset=ProgrammeTemplate.objects.none(),  # live ones, read per form (__init__)
        to_field_name="slug",
        required=False,
        empty_label=gettext_lazy("Start from nothing"),
        error_messages={
            "invalid_choice": gettext_lazy("Choose a programme template from the list."),
        },
    )
    add_exercise = forms.ModelChoiceField(
        label=gettext_lazy("Add an exercise"),
        help_text=gettext_lazy("It is added at the end, at its usual dose."),
        queryset=Exercise.objects.none(),  # live ones, read per form (__init__)
        required=False,
        empty_label=gettext_lazy("Choose an exercise"),
        error_messages={
            "invalid_choice": gettext_lazy("Choose an exercise from the list."),
        },
    )
    note = forms.CharField(
        label=gettext_lazy("A short note for the patient (optional)"),
        help_text=gettext_lazy("Up to 500 characters. Printed only. It is never saved."),
        required=False,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 4, "cols": 40}),
    )
    patient_name = forms.CharField(
        label=gettext_lazy("Patient's name (optional)"),
        help_text=gettext_lazy("Printed only. It is never saved."),
        max_length=80,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    date = forms.DateField(
        label=gettext_lazy("Date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    language = forms.ChoiceField(
        label=gettext_lazy("Language of the printout"),
        help_text=gettext_lazy("Exercises not yet translated are printed in English."),
        choices=settings.LANGUAGES,
        required=False,
    )
    large = forms.BooleanField(label=gettext_lazy("Large print"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # What is live now (a scheduled item goes live while the server runs).
        self.fields["template"].queryset = live_templates()
        self.fields["add_exercise"].queryset = Exercise.objects.published().order_by("title")
        self.fields["language"].initial = page_language()
        self.fields["date"].initial = timezone.localdate()

    def clean_note(self) -> str:
        note = self.cleaned_data["note"]
        if len(note) > NOTE_MAX:
            raise forms.ValidationError(
                _("Keep the note to %(max)d characters or fewer. It has %(count)d.")
                % {"max": NOTE_MAX, "count": len(note)},
                code="max_length",
            )
        return note

    def clean_language(self) -> str:
        return self.cleaned_data["language"] or page_language()

    def clean_date(self):
        return self.cleaned_data["date"] or timezone.localdate()


@dataclass
class Action:
    """A button: ``name`` ("template", "add", "remove", "up", "down", "print",
    "update") and the row it is on."""

    name: str
    row: int | None = None

    @classmethod
    def parse(cls, value: str) -> "Action":
        name, _dash, row = (value or "update").partition("-")
        if name in ("remove", "up", "down") and row.isdigit():
            return cls(name, int(row))
        if name in ("template", "add", "print"):
            return cls(name)
        return cls("update")


def raw_rows(data) -> list[dict[str, str]]:
    """The rows as posted (text: what staff typed stays, right or wrong)."""
    try:
        count = int(data.get("items", "0"))
    except ValueError:
        count = 0
    count = max(0, min(count, MAX_ITEMS + 1))
    return [{name: data.get(f"item-{i}-{name}", "") for name in ROW_FIELDS} for i in range(count)]


def rows_of(programme: Programme) -> list[dict[str, str]]:
    return [
        {"exercise": str(item.exercise_id), **{k: str(v) for k, v in item.dose.as_dict().items()}}
        for item in programme.items
    ]


def with_rows(data, rows: list[dict[str, str]]) -> QueryDict:
    """``data`` with its rows replaced by ``rows`` (numbered from 0, in order)."""
    new = QueryDict(mutable=True)
    for key, values in data.lists():
        if not key.startswith("item-") and key not in ("items", "action", "csrfmiddlewaretoken"):
            new.setlist(key, values)
    new["items"] = str(len(rows))
    for index, row in enumerate(rows):
        for name, value in row.items():
            new[f"item-{index}-{name}"] = value
    return new


class ProgrammeBuilder:
    """The builder's state: the options form and one form per exercise, bound to
    ``data`` (None: a new programme, from ``template`` if given)."""

    def __init__(self, data: QueryDict):
        self.data = data
        rows = raw_rows(data)
        ids = [int(row["exercise"]) for row in rows if row["exercise"].isdigit()]
        self.exercises = live_exercises(ids, language=page_language())
        self.options = ProgrammeOptionsForm(data)
        self.rows = [
            ProgrammeRowForm(data, prefix=f"item-{i}", exercises=self.exercises)
            for i in range(len(rows))
        ]

    @classmethod
    def start(cls, *, template_slug: str | None = None) -> "ProgrammeBuilder":
        """A new builder: empty, or from the live template ``template_slug``."""
        data = QueryDict(mutable=True)
        data.update({"language": page_language(), "date": timezone.localdate().isoformat()})
        template = live_templates().filter(slug=template_slug).first() if template_slug else None
        rows = []
        if template is not None:
            data["template"] = template.slug
            rows = rows_of(template_programme(template))
        builder = cls(with_rows(data, rows))
        builder.validate(Action("update"))
        return builder

    @classmethod
    def after(cls, post: QueryDict, action: Action) -> "ProgrammeBuilder":
        """The builder after pressing ``action`` on the form posted as ``post``."""
        rows = raw_rows(post)
        error = None
        if action.name == "template":
            rows, error = _template_rows(post, rows)
        elif action.name == "add":
            rows, error = _added(post, rows)
        elif action.name in ("remove", "up", "down") and action.row < len(rows):
            rows = _moved(rows, action)
        data = with_rows(post, rows)
        if action.name == "add" and error is None:
            data["add_exercise"] = ""
        builder = cls(data)
        builder.validate(action)
        field, message = error or (None, None)
        if message and not builder.options.has_error(field):
            builder.options.add_error(field, message)
        return builder

    def validate(self, action: Action) -> None:
        for form in [self.options, *self.rows]:
            form.is_valid()
        if action.name == "print" and not self.rows:
            self.options.add_error("add_exercise", _("Add at least one exercise before you print."))
        elif self.rows and all(form.is_valid() for form in self.rows):
            # Each row is fine: the whole may still not be (an exercise twice, too many).
            for problem in self.programme().problems():
                self.options.add_error("add_exercise", problem)

    @property
    def is_valid(self) -> bool:
        return all(not form.errors for form in [self.options, *self.rows])

    @property
    def has_errors(self) -> bool:
        return not self.is_valid

    def programme(self) -> Programme:
        """The programme (only when ``is_valid``)."""
        return Programme(tuple(form.item() for form in self.rows))

    @property
    def at_most(self) -> int:
        return MAX_ITEMS


def _template_rows(post, rows):
    field = ProgrammeOptionsForm().fields["template"]
    value = post.get("template", "")
    if not value:
        return [], None  # start from nothing
    try:
        template = field.clean(value)
    except forms.ValidationError:
        return rows, ("template", _("Choose a programme template from the list."))
    return rows_of(template_programme(template)), None


def _added(post, rows):
    field = ProgrammeOptionsForm().fields["add_exercise"]
    value = post.get("add_exercise", "")
    if not value:
        return rows, ("add_exercise", _("Choose an exercise to add."))
    try:
        exercise = field.clean(value)
    except forms.ValidationError:
        return rows, ("add_exercise", _("Choose an exercise from the list."))
    if any(row["exercise"] == str(exercise.pk) for row in rows):
        return rows, (
            "add_exercise",
            _("%(name)s is already in the programme.") % {"name": exercise.title},
        )
    if len(rows) >= MAX_ITEMS:
        return rows, ("add_exercise", _("Use at most %(max)d exercises.") % {"max": MAX_ITEMS})
    added = {
        "exercise": str(exercise.pk),
        **{k: str(v) for k, v in exercise.dose.as_dict().items()},
    }
    return [*rows, added], None


def _moved(rows, action):
    rows = list(rows)
    index = action.row
    if action.name == "remove":
        del rows[index]
    elif action.name == "up" and index > 0:
        rows[index - 1], rows[index] = rows[index], rows[index - 1]
    elif action.name == "down" and index < len(rows) - 1:
        rows[index + 1], rows[index] = rows[index], rows[index + 1]
    return rows
