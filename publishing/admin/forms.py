"""Admin forms that refuse to overwrite someone else's newer save or to keep broken links."""

from django import forms
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django_prose_editor.fields import ProseEditorFormField

from publishing.admin.display import person
from publishing.richtext import validate_no_text_lost, validate_nothing_dropped


class RichTextForm(forms.ModelForm):
    """A ModelForm whose rich-text fields also run ``link_validators``.

    A content app names its check of links to its own pages there (articles:
    ``articles.internal_links``). The error stands on the field and the form
    re-renders with the author's text, so they can choose the page again. The
    field still sanitises (nh3).
    """

    link_validators = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, ProseEditorFormField):
                # Each form has its own copy of its fields and their validators.
                field.validators.extend(
                    [validate_no_text_lost, validate_nothing_dropped, *self.link_validators]
                )
                # Sent back as stored: stripping the stored text's closing newline
                # would make an unchanged save look like a change (a draft of
                # changes, or an approval undone). Only blank text is empty.
                field.strip = False
                field.to_python = _blank_is_empty(field)


def _blank_is_empty(field):
    """``field.to_python``, with text that is only whitespace read as empty (required)."""
    to_python = field.to_python

    def blank_is_empty(value):
        value = to_python(value)
        return value if value is None or value.strip() else field.empty_value

    return blank_is_empty


class ConflictCheckedForm(RichTextForm):
    """A ModelForm carrying the version it was opened at.

    ``clean()`` locks the row (the admin's change view runs in a transaction)
    and refuses the save when someone else has saved since. The form then
    re-renders with everything the user typed, so nothing is lost on either side.
    """

    expected_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        widgets = {"summary": forms.Textarea(attrs={"rows": 3, "cols": 80})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            # The current saved version, not the instance's: a revert form is
            # built from an old version but must be checked against the newest.
            current = (
                type(self.instance)
                .objects.filter(pk=self.instance.pk)
                .values_list("version", flat=True)
                .first()
            )
            self.fields["expected_version"].initial = current

    def clean(self):
        cleaned = super().clean()
        if not self.instance.pk:
            return cleaned
        current = (
            type(self.instance)
            .objects.select_for_update(of=("self",))
            .select_related("updated_by")
            .filter(pk=self.instance.pk)
            .first()
        )
        expected = cleaned.get("expected_version")
        if current is not None and expected != current.version:
            raise forms.ValidationError(conflict_message(current), code="edit_conflict")
        self.current = current
        return cleaned


def conflict_message(current) -> str:
    who = person(current.updated_by) if current.updated_by else _("Someone else")
    when = formats.date_format(timezone.localtime(current.updated), "DATETIME_FORMAT")
    return _(
        "%(who)s changed this item on %(when)s, after you opened it. Your changes "
        "have not been saved, so nothing of theirs is lost, and your text is still "
        "below. Copy what you need, open the item again to see their version, then "
        "add your changes."
    ) % {"who": who, "when": when}
