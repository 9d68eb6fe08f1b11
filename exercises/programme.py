"""A patient's home exercise programme: live exercises, each at its own dose, in order.

Staff build one at the visit (handouts/programme.py) and print it; the printout's
QR code opens the same programme at home. The programme travels in that
address, compact and signed (``django.core.signing``, a salt of its own), so no
row is stored and nothing in it is personal: only exercise ids and the five
numbers of each dose. The patient's name, the note and the date are printed,
never put in the address. Language and large print are choices of the printout.

The address: each exercise as ``id.sets.reps.hold.times.days`` in base 36, joined
by ``-``, then the signature: ``2s.3.a.5.2.7-2t.2.a.0.1.7:<signature>``.
"""

from dataclasses import dataclass

from django.core import signing
from django.utils.translation import gettext_lazy as _

from articles.localise import localise_all, page_language, words_language
from exercises.dose import FIELDS, Dose, describe
from exercises.models import Exercise, ProgrammeTemplate
from images.figures import alt_for
from images.html import picture_html
from images.printing import print_img_html
from images.selectors import pictures

SALT = "exercises.programme"
MAX_ITEMS = ProgrammeTemplate.MAX_ITEMS
ITEM_SEPARATOR = "-"
NUMBER_SEPARATOR = "."
# An exercise's two pictures side by side from 30em, one above the other on a phone.
SIZES = "(min-width: 30em) 20rem, 100vw"
# An id or a dose number in base 36: at most this many characters (ids up to 36**7).
MAX_DIGITS = 7


class InvalidProgramme(ValueError):
    """An address that is not a programme we made, or names what may not be printed."""

    def __init__(self, reason):
        super().__init__(str(reason))
        self.reason = reason


@dataclass(frozen=True)
class ProgrammeItem:
    exercise_id: int
    dose: Dose


@dataclass(frozen=True)
class Programme:
    items: tuple[ProgrammeItem, ...]

    @property
    def exercise_ids(self) -> list[int]:
        return [item.exercise_id for item in self.items]

    def problems(self) -> list[str]:
        """Why it may not be printed as it is (empty when it may)."""
        found = []
        if not self.items:
            found.append(_("Add at least one exercise."))
        if len(self.items) > MAX_ITEMS:
            found.append(_("Use at most %(max)d exercises.") % {"max": MAX_ITEMS})
        if len(set(self.exercise_ids)) != len(self.items):
            found.append(_("Each exercise may be in the programme once."))
        if any(item.dose.errors() for item in self.items):
            found.append(_("A dose is outside its limits."))
        return found


# The address ---------------------------------------------------------------------


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    text = ""
    while True:
        number, rest = divmod(number, 36)
        text = digits[rest] + text
        if not number:
            return text


def _number(text: str) -> int:
    if not text or len(text) > MAX_DIGITS or not text.isalnum() or not text.isascii():
        raise InvalidProgramme(_("The address is not complete."))
    return int(text, 36)


def programme_payload(programme: Programme) -> str:
    return ITEM_SEPARATOR.join(
        NUMBER_SEPARATOR.join(
            _base36(n) for n in (item.exercise_id, *(getattr(item.dose, f) for f in FIELDS))
        )
        for item in programme.items
    )


def programme_from_payload(payload: str) -> Programme:
    items = []
    for part in payload.split(ITEM_SEPARATOR):
        numbers = [_number(text) for text in part.split(NUMBER_SEPARATOR)]
        if len(numbers) != 1 + len(FIELDS):
            raise InvalidProgramme(_("The address is not complete."))
        exercise_id, *dose = numbers
        items.append(ProgrammeItem(exercise_id, Dose(**dict(zip(FIELDS, dose, strict=True)))))
    return Programme(tuple(items))


def _signer() -> signing.Signer:
    return signing.Signer(salt=SALT)


def programme_token(programme: Programme) -> str:
    """The signed address of ``programme`` (checked first: a bad one is never signed)."""
    problems = programme.problems()
    if problems:
        raise InvalidProgramme(problems[0])
    return _signer().sign(programme_payload(programme))


def programme_from_token(token: str) -> Programme:
    """The programme ``token`` carries: ``InvalidProgramme`` when it was changed or
    cut, or names something not printable (an id twice, a dose outside LIMITS).
    Whether its exercises are live is for ``live_programme``."""
    if len(token) > 2000:
        raise InvalidProgramme(_("The address is too long."))
    try:
        payload = _signer().unsign(token)
    except signing.BadSignature as error:
        raise InvalidProgramme(_("The address was changed or is not complete.")) from error
    programme = programme_from_payload(payload)
    problems = programme.problems()
    if problems:
        raise InvalidProgramme(problems[0])
    return programme


# Reading what it names ------------------------------------------------------------


@dataclass(frozen=True)
class PictureUse:
    """One of an exercise's pictures as a programme shows it: the library's
    Picture and its alt text in the page's language (``alt_lang`` when it had to
    fall back to English)."""

    picture: object  # images.pictures.Picture
    alt: str
    alt_lang: str | None
    moment: str  # "start" or "end"

    @property
    def screen_html(self) -> str:
        return picture_html(self.picture, alt=self.alt, alt_lang=self.alt_lang, sizes=SIZES)

    @property
    def print_html(self) -> str:
        return print_img_html(self.picture, alt=self.alt, alt_lang=self.alt_lang)


@dataclass
class ProgrammeEntry:
    """One exercise of a programme, as its page and its PDF show it."""

    number: int
    exercise: Exercise  # a copy with the live words in the page's language
    dose: Dose
    pictures: list[PictureUse]

    @property
    def dose_words(self) -> list[str]:
        return describe(self.dose)

    @property
    def language(self) -> str:
        return words_language(self.exercise)

    @property
    def days(self) -> range:
        return range(1, 8)

    @property
    def times(self) -> range:
        return range(1, self.dose.times_a_day + 1)


def any_sample(entries) -> bool:
    """Whether an entry is the portal's sample content, not yet reviewed by a clinician."""
    return any(entry.exercise.is_demo for entry in entries)


def live_exercises(ids, *, language: str | None = None) -> dict[int, Exercise]:
    """The live exercises with these ids, in ``language`` (live translations over
    them, else English), by id. An id not live (draft, in review, archived,
    scheduled, unknown) is absent."""
    found = Exercise.objects.published().filter(pk__in=list(ids))
    return {item.pk: item for item in localise_all(found, language or page_language())}


def live_programme(programme: Programme, *, language: str | None = None) -> list[ProgrammeEntry]:
    """The entries of ``programme`` to show or print: ``InvalidProgramme`` if any of
    its exercises is not live (a programme is never shown in part)."""
    language = language or page_language()
    exercises = live_exercises(programme.exercise_ids, language=language)
    missing = [pk for pk in programme.exercise_ids if pk not in exercises]
    if missing:
        raise InvalidProgramme(_("An exercise in this programme is no longer available."))
    return entries_of(
        [(exercises[item.exercise_id], item.dose) for item in programme.items], language=language
    )


def entries_of(chosen: list[tuple[Exercise, Dose]], *, language: str) -> list[ProgrammeEntry]:
    """(exercise, dose) pairs as entries, with their pictures (two queries in all)."""
    ids = [
        i for exercise, _dose in chosen for i in (exercise.start_image_id, exercise.end_image_id)
    ]
    found = pictures(i for i in ids if i)
    return [
        ProgrammeEntry(
            number=number,
            exercise=exercise,
            dose=dose,
            pictures=_picture_uses(exercise, found, language=words_language(exercise)),
        )
        for number, (exercise, dose) in enumerate(chosen, start=1)
    ]


def _picture_uses(exercise, found: dict, *, language: str) -> list[PictureUse]:
    uses = []
    for moment, image_id in (("start", exercise.start_image_id), ("end", exercise.end_image_id)):
        picture = found.get(image_id)
        if picture is None:
            continue
        alt, alt_lang = alt_for(picture, alt="", decorative=False, language=language)
        uses.append(PictureUse(picture, alt, alt_lang, moment))
    return uses


# Templates as the starting point of a programme -------------------------------------


def template_programme(template: ProgrammeTemplate) -> Programme:
    """A template's live exercises at the template's doses, in its order (an item
    whose exercise is not live is left out)."""
    rows = template.items.filter(exercise__in=Exercise.objects.published())
    items = [ProgrammeItem(row.exercise_id, row.dose) for row in rows]
    return Programme(tuple(items[:MAX_ITEMS]))


def live_templates():
    return ProgrammeTemplate.objects.published().order_by("title")
