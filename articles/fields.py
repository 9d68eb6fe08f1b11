"""A multi-valued choice field that works the same on PostgreSQL and SQLite."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext as _


class ChoiceListField(models.CharField):
    """A list of choice values stored as ",a,b," so that ``contains=",a,"`` matches one value exactly.

    Used for small, fixed vocabularies (where the knee hurts) where a join
    table would add queries and nothing else.
    """

    def __init__(self, *args, choice_values=None, **kwargs):
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", list)
        self.choice_values = choice_values
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["choice_values"] = self.choice_values
        return name, path, args, kwargs

    @staticmethod
    def token(value: str) -> str:
        """The stored form of one value, for ``contains`` lookups."""
        return f",{value},"

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if value is None or isinstance(value, list):
            return value or []
        return [item for item in value.split(",") if item]

    def get_prep_value(self, value):
        if isinstance(value, str):
            return value
        values = list(dict.fromkeys(value or []))
        # Stored in the vocabulary's order, whatever order they were given in: the
        # same choice is the same value (an unchanged form is not a change).
        order = {choice: index for index, (choice, _label) in enumerate(self.choice_values or [])}
        values.sort(key=lambda item: order.get(item, len(order)))
        return "," + ",".join(values) + "," if values else ""

    def validate(self, value, model_instance):
        allowed = dict(self.choice_values or [])
        for item in value or []:
            if item not in allowed:
                raise ValidationError(
                    _("“%(value)s” is not an allowed value."),
                    code="invalid_choice",
                    params={"value": item},
                )
        if not self.blank and not value:
            raise ValidationError(self.error_messages["blank"], code="blank")

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.choice_values,
            required=not self.blank,
            label=self.verbose_name.capitalize() if self.verbose_name else None,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
            **{k: v for k, v in kwargs.items() if k in ("initial",)},
        )
