"""How the admin's history pages name people, dates and what happened."""

from django import template
from django.utils.translation import gettext as _

from publishing.admin.display import local_date as _local_date
from publishing.admin.display import person as _person

register = template.Library()

register.filter("person", _person)
register.filter("local_date", _local_date)


@register.simple_tag
def history_what(record) -> str:
    """ "Saved" or "Created", with the reason the workflow gave, if any."""
    what = str({"+": _("Created"), "~": _("Saved"), "-": _("Deleted")}[record.history_type])
    reason = record.history_change_reason
    if not reason and getattr(record, "is_demo", False) and record.history_type == "+":
        # The demo loader's version: no one wrote or reviewed it at this clinic.
        reason = _("sample content that came with the portal, never reviewed")
    return f"{what}: {reason}" if reason else what


# Bookkeeping that every save moves: not what staff mean by "changed".
NOT_CONTENT = {"version", "updated", "updated by", "last changed by", "reading grade"}
NOT_CONTENT |= {"smog index", "words", "reading minutes", "created"}


@register.simple_tag
def changed_fields(record) -> str:
    names = [
        str(change["field"])
        for change in getattr(record, "history_delta_changes", None) or []
        if str(change["field"]).lower() not in NOT_CONTENT
    ]
    return ", ".join(name[:1].upper() + name[1:] for name in names) or "-"
