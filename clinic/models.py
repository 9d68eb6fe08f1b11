import time

from django.conf import settings
from django.core.cache import caches
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from clinic.languages import translation_languages


class PaperSize(models.TextChoices):
    A4 = "A4", _("A4")
    LETTER = "Letter", _("Letter")


phone_validator = RegexValidator(
    r"^\+?[0-9 ()\-]{3,25}$",
    _("Use digits, spaces, brackets, dashes and an optional leading +."),
)


class ClinicSettings(models.Model):
    """The one row of clinic-wide settings that staff edit in the admin."""

    name = models.CharField(_("clinic name"), max_length=120, default="Knee Clinic")
    phone = models.CharField(
        _("phone"), max_length=30, default="0100 000 000", validators=[phone_validator]
    )
    address = models.TextField(_("address"), blank=True, default="")
    emergency_number = models.CharField(
        _("emergency number"),
        max_length=10,
        default="911",
        validators=[
            RegexValidator(r"^[0-9]{2,6}$", _("Digits only, for example 911, 999 or 112."))
        ],
        help_text=_("The number patients call in an emergency: 911, 999, 112..."),
    )
    urgent_care = models.CharField(
        _("urgent care"),
        max_length=120,
        default="urgent care",
        help_text=_(
            "Where patients go the same day when the clinic cannot see them, as it completes "
            "“go to …”: e.g. “urgent care” or “the walk-in center on Main Street”."
        ),
    )
    out_of_hours = models.CharField(
        _("when everything is closed"),
        max_length=200,
        default="go to the emergency room",
        help_text=_(
            "What to do when the clinic and urgent care are closed, as it completes "
            "“If everything is closed, …”: e.g. “call our after-hours line at (312) 555-0199”."
        ),
    )
    paper_size = models.CharField(
        _("paper size"), max_length=10, choices=PaperSize.choices, default=PaperSize.A4
    )
    reading_grade_target = models.DecimalField(
        _("reading-grade target"),
        max_digits=3,
        decimal_places=1,
        default=8,
        validators=[MinValueValidator(1), MaxValueValidator(16)],
        help_text=_("Highest Flesch-Kincaid grade for patient-facing text. Aim for 6."),
    )
    # Spanish text is measured on the INFLESZ scale (publishing/readability.py),
    # where higher is easier: 65-80 is "bastante fácil" (Barrio-Cantalejo 2008).
    inflesz_target = models.DecimalField(
        _("Spanish reading target (INFLESZ)"),
        max_digits=4,
        decimal_places=1,
        default=65,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_(
            "Lowest INFLESZ score for Spanish patient-facing text. Higher is easier: "
            "65 to 80 is “bastante fácil” (fairly easy), 55 to 65 “normal”. Aim for 70."
        ),
    )
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "portal_clinicsettings"  # the table from before the clinic app
        verbose_name = _("clinic settings")
        verbose_name_plural = _("clinic settings")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.pk = 1  # one row only
        # Saving moves the content version on (clinic/pagecache.py), which is
        # what every process's copy is keyed on.
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise models.ProtectedError(_("Clinic settings cannot be deleted."), [self])

    def placeholders(self, language: str | None = None) -> dict[str, str]:
        """What {emergency_number}, {clinic_phone}... in staff-written texts stand
        for, in ``language`` (default: the page's): the clinic's words in that
        language where staff have written them (``ClinicWords``), else the English ones."""
        words = self.words_in(language or get_language())
        return {
            "emergency_number": self.emergency_number,
            "clinic_phone": self.phone,
            "urgent_care": words.urgent_care if words else self.urgent_care,
            "out_of_hours": words.out_of_hours if words else self.out_of_hours,
        }

    def fill(self, text: str, *, language: str | None = None) -> str:
        """``text`` with its {placeholders} filled in, in ``language`` (default: the page's)."""
        for name, value in self.placeholders(language).items():
            text = text.replace("{" + name + "}", value)
        return text

    def words_in(self, language: str | None) -> "ClinicWords | None":
        """The clinic's words in ``language`` (loaded with the settings by ``load``)."""
        language = (language or settings.LANGUAGE_CODE).split("-")[0]
        return next((w for w in self.words.all() if w.language == language), None)

    @property
    def address_one_line(self) -> str:
        return ", ".join(line.strip() for line in self.address.splitlines() if line.strip())

    @classmethod
    def load(cls) -> "ClinicSettings":
        """The settings row (created on first use), from this process's memory
        while the content version stands: a change shows in every worker within
        ``ContentVersion.LOCAL_SECONDS``."""
        local = caches["local"]
        key = f"clinic-settings:{ContentVersion.current()}"
        settings = local.get(key)
        if settings is None:
            settings, created = cls.objects.get_or_create(pk=1)
            if created:  # creating it moved the version on
                key = f"clinic-settings:{ContentVersion.current()}"
            prefetch_related_objects([settings], "words")
            local.set(key, settings, 300)
        return settings


class ClinicWords(models.Model):
    """The clinic's words that go into patient texts, in another language than
    English: "vaya a {urgent_care}" needs Spanish words. One row per language;
    a language without a row uses the English words."""

    clinic = models.ForeignKey(ClinicSettings, on_delete=models.CASCADE, related_name="words")
    language = models.CharField(_("language"), max_length=10, choices=translation_languages)
    urgent_care = models.CharField(
        _("urgent care"),
        max_length=120,
        help_text=_(
            "The place, as it completes “go to …” in this language (in Spanish "
            "“vaya a …” and “en la clínica o en …”), e.g. “un centro de urgencias”."
        ),
    )
    out_of_hours = models.CharField(
        _("when everything is closed"),
        max_length=200,
        help_text=_(
            "As it completes “If everything is closed, …” in this language, "
            "e.g. “vaya a la sala de emergencias”."
        ),
    )

    class Meta:
        verbose_name = _("the clinic's words in another language")
        verbose_name_plural = _("the clinic's words in other languages")
        constraints = [
            models.UniqueConstraint(
                fields=["clinic", "language"], name="clinic_words_one_per_language"
            )
        ]

    def __str__(self):
        return self.get_language_display()


class ContentVersion(models.Model):
    """A counter that every change to public content moves on (see clinic/pagecache.py).

    Cached pages are keyed on it, so a publish, an edit or a new clinic phone
    number is on every page at once: in the process that saved it at once, in
    the other app server processes within ``LOCAL_SECONDS`` (each process
    reads the counter at most that often, which keeps a cached page free of
    database queries).
    """

    LOCAL_SECONDS = 1.0
    _local = {"value": None, "expires": 0.0}

    value = models.PositiveBigIntegerField(default=0)

    class Meta:
        db_table = "portal_contentversion"

    def __str__(self):
        return f"content version {self.value}"

    @classmethod
    def current(cls) -> int:
        now = time.monotonic()
        if cls._local["value"] is None or now >= cls._local["expires"]:
            value = cls.objects.filter(pk=1).values_list("value", flat=True).first() or 0
            cls._local.update(value=value, expires=now + cls.LOCAL_SECONDS)
        return cls._local["value"]

    @classmethod
    def bump(cls) -> None:
        if not cls.objects.filter(pk=1).update(value=models.F("value") + 1):
            cls.objects.get_or_create(pk=1, defaults={"value": 1})
        cls.forget_local()

    @classmethod
    def forget_local(cls) -> None:
        cls._local.update(value=None, expires=0.0)


class RateCount(models.Model):
    """Requests counted in one rate-limit window, shared by every worker and server.

    ``key`` is a keyed hash of the client's address and the window (never the
    address); the row is deleted once its window is over (clinic/ratelimit.py).
    """

    key = models.CharField(max_length=64, unique=True)
    count = models.PositiveIntegerField(default=0)
    expires = models.DateTimeField(db_index=True)

    def __str__(self):
        return f"{self.count} until {self.expires:%H:%M:%S}"


class CSPReportCount(models.Model):
    """How many browsers reported that the Content-Security-Policy blocked something.

    Counted per day, directive and blocked host (or keyword such as ``inline``):
    never the page, path or query string, which could carry personal data.
    """

    day = models.DateField(_("day"))
    directive = models.CharField(_("directive"), max_length=64)
    blocked = models.CharField(_("blocked"), max_length=255)
    count = models.PositiveIntegerField(_("reports"), default=0)

    class Meta:
        verbose_name = _("CSP report count")
        verbose_name_plural = _("CSP report counts")
        ordering = ["-day", "-count"]
        constraints = [
            models.UniqueConstraint(
                fields=["day", "directive", "blocked"], name="one_count_per_day_directive_host"
            )
        ]

    def __str__(self):
        return f"{self.day}: {self.directive} blocked {self.blocked} ({self.count})"
