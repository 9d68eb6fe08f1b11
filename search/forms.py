from django import forms
from django.utils.translation import gettext_lazy as _

from search.query import MAX_QUERY_LENGTH


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search this website"),
        required=False,
        max_length=MAX_QUERY_LENGTH,
        error_messages={
            "max_length": _(
                "Use %(limit_value)d characters or fewer. Try one or two words, "
                "like “meniscus tear”."
            ),
            "null_characters_not_allowed": _("Type letters and numbers only."),
        },
    )
