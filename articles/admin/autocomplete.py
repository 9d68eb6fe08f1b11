"""Autocomplete fields that show a bad value as no choice instead of failing.

Django's autocomplete widget looks up the posted value to show it again when a
form is refused; a value that is not an id at all ("x" for a number) makes that
look-up raise, and the page is a 500 instead of the form with its message
("Select a valid choice"). These widgets leave such values out of the look-up.
"""

from django.contrib.admin.widgets import AutocompleteSelect, AutocompleteSelectMultiple
from django.core.exceptions import ValidationError


class _ValidIdsOnly:
    def optgroups(self, name, value, attr=None):
        remote = self.field.remote_field
        opts = remote.model._meta
        to_field = getattr(remote, "field_name", None)  # a ForeignKey's; a many-to-many's is the pk
        target = opts.get_field(to_field) if to_field else opts.pk
        kept = []
        for item in value:
            try:
                target.to_python(item)
            except (ValidationError, TypeError, ValueError):
                continue
            kept.append(item)
        return super().optgroups(name, kept, attr)


class CheckedAutocompleteSelect(_ValidIdsOnly, AutocompleteSelect):
    pass


class CheckedAutocompleteSelectMultiple(_ValidIdsOnly, AutocompleteSelectMultiple):
    pass


class CheckedAutocompleteMixin:
    """For a ModelAdmin with ``autocomplete_fields``: the widgets above instead of Django's."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = CheckedAutocompleteSelect(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = CheckedAutocompleteSelectMultiple(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_manytomany(db_field, request, **kwargs)
