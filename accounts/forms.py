from django import forms
from django.utils.translation import gettext_lazy as _


class CodeForm(forms.Form):
    """One field: a code from the authenticator app, or a recovery code.
    Django ties the error to the field (aria-describedby, aria-invalid)."""

    code = forms.CharField(
        label=_("Code"),
        max_length=32,
        strip=True,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autocapitalize": "none", "spellcheck": "false"}
        ),
    )

    def __init__(self, *args, help_text="", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].help_text = help_text
