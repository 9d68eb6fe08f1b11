"""How the admin names people and dates: one way everywhere."""

from django.utils import formats, timezone
from django.utils.translation import gettext as _


def person(user) -> str:
    """A member of staff by name, as colleagues know them."""
    if user is None:
        return _("someone no longer on the staff list")
    return user.get_full_name() or user.get_username()


def local_date(value) -> str:
    """One date format across the admin: the locale's."""
    if not value:
        return "-"
    if hasattr(value, "tzinfo"):
        value = timezone.localtime(value).date()
    return formats.date_format(value, "DATE_FORMAT")
