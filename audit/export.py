"""The audit trail as CSV, safe to open in a spreadsheet.

A cell that begins with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage
return) would be run as a formula by Excel or LibreOffice, and usernames and
object names are typed by people: such cells get a leading ``'`` (OWASP, "CSV
injection").
"""

import csv
from collections.abc import Iterable, Iterator

from django.utils import timezone

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
HEADER = ["time", "username", "action", "object type", "object id", "object", "address", "detail"]


def safe_cell(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def row(event) -> list[str]:
    return [
        safe_cell(value)
        for value in (
            timezone.localtime(event.created).isoformat(),
            event.actor_username,
            event.get_action_display(),
            event.object_type,
            event.object_id,
            event.object_repr,
            event.client_address,
            event.detail,
        )
    ]


class _Echo:
    def write(self, value):
        return value


def csv_lines(events: Iterable) -> Iterator[str]:
    """Each line of the file, header first, for a streaming response."""
    writer = csv.writer(_Echo())
    yield writer.writerow(HEADER)
    for event in events:
        yield writer.writerow(row(event))
