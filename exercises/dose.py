"""A dose: how many sets and repetitions, how long to hold, how often. Plain Python.

An exercise has a default dose; a programme template and a programme printed at
the visit choose their own. The limits are checked the same everywhere (the
admin, the staff builder, a programme's address).
"""

from dataclasses import asdict, dataclass, fields

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

# (lowest, highest) of each part of a dose.
LIMITS = {
    "sets": (1, 10),
    "repetitions": (1, 50),
    "hold_seconds": (0, 120),
    "times_a_day": (1, 6),
    "days_a_week": (1, 7),
}
FIELDS = tuple(LIMITS)


@dataclass(frozen=True)
class Dose:
    sets: int
    repetitions: int
    hold_seconds: int
    times_a_day: int
    days_a_week: int

    @classmethod
    def of(cls, obj) -> "Dose":
        """The dose of an exercise or a template's item (anything with the five attributes)."""
        return cls(**{name: getattr(obj, name) for name in FIELDS})

    def as_dict(self) -> dict[str, int]:
        return asdict(self)

    def errors(self) -> dict[str, str]:
        """A message for each part outside its limits (empty when the dose is fine)."""
        found = {}
        for field in fields(self):
            value = getattr(self, field.name)
            low, high = LIMITS[field.name]
            if not isinstance(value, int) or not low <= value <= high:
                found[field.name] = limit_message(field.name)
        return found


def limit_message(name: str) -> str:
    low, high = LIMITS[name]
    return _("Choose a number from %(low)d to %(high)d.") % {"low": low, "high": high}


def describe(dose: Dose) -> list[str]:
    """The dose in plain words, one line each: "3 sets of 10", "Hold for 5 seconds"..."""
    lines = [
        ngettext("%(sets)d set of %(reps)d", "%(sets)d sets of %(reps)d", dose.sets)
        % {"sets": dose.sets, "reps": dose.repetitions}
    ]
    if dose.hold_seconds:
        lines.append(
            ngettext(
                "Hold for %(n)d second each time",
                "Hold for %(n)d seconds each time",
                dose.hold_seconds,
            )
            % {"n": dose.hold_seconds}
        )
    lines.append(
        ngettext("%(n)d time a day", "%(n)d times a day", dose.times_a_day)
        % {"n": dose.times_a_day}
    )
    lines.append(
        _("Every day")
        if dose.days_a_week == 7
        else ngettext("%(n)d day a week", "%(n)d days a week", dose.days_a_week)
        % {"n": dose.days_a_week}
    )
    return lines
