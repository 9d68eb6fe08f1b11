"""Translations of articles and conditions: their own rows, with their own review.

As wagtail-localize keeps a translated page as a page of its own linked to its
source, a translation here is a publishable item of its own (title, summary,
the translated text and care cards) linked to the English item it translates.
It goes through the same workflow as any item (draft, clinical review, live +
draft of changes), so a Spanish page is approved by a reviewer like an English
one. What does not depend on the language (the slug, codes, onset, areas,
activities, related items, the urgency of each care card) stays on the source.

A clinical approval records the source's published revision
(``Publishable.revision``). When the source is published again, the
translation is out of date until a reviewer approves it again: the admin flags
it and the page says so. A third language is a new ``LANGUAGES`` entry and
rows, not code.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from articles.models.article import Article
from articles.models.condition import CareAdvice, Condition, _name_key
from articles.models.languages import translation_languages
from publishing.models.publishable import Publishable, PublishableQuerySet
from publishing.readability import LANGUAGES as READABILITY_LANGUAGES
from publishing.readability import measure
from publishing.richtext import RichTextField


class TranslationQuerySet(PublishableQuerySet):
    def in_language(self, language: str):
        return self.filter(language=language)

    def below_inflesz_target(self, target):
        return self.filter(inflesz__lt=target)

    def out_of_date(self):
        """Approved against an older revision than the source's live one."""
        return self.filter(source_revision__lt=F("source__revision"))

    def up_to_date(self):
        return self.filter(
            Q(source_revision__gte=F("source__revision")) | Q(source_revision__isnull=True)
        )


class Translation(Publishable):
    """What every translation has besides its text."""

    # The page address is the source's, under the language's prefix (/es/...).
    slug = None
    language = models.CharField(
        _("language"), max_length=10, choices=translation_languages, db_index=True
    )
    source_revision = models.PositiveIntegerField(
        _("translates revision"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("The published revision of the source that the clinical review approved."),
    )

    # Spanish is measured on its own scales, where higher is easier (publishing/readability.py).
    inflesz = models.FloatField(_("INFLESZ (Szigriszt-Pazos)"), null=True, editable=False)
    fernandez_huerta = models.FloatField(_("Fernández-Huerta"), null=True, editable=False)

    objects = TranslationQuerySet.as_manager()

    class Meta:
        abstract = True

    def refresh_readability(self) -> None:
        if self.language not in READABILITY_LANGUAGES:
            super().refresh_readability()  # word count and time; no formula for it yet
            self.reading_grade = self.smog = 0.0
            return
        figures = measure(*self.readable_parts(), language=self.language)
        self.reading_grade = figures.grade or 0.0
        self.smog = figures.smog or 0.0
        self.word_count = figures.word_count
        self.reading_minutes = figures.reading_minutes
        self.inflesz = figures.inflesz
        self.fernandez_huerta = figures.fernandez_huerta

    def __str__(self):
        return f"{self.title} ({self.language})"

    def reviewed_against(self) -> dict:
        return {"source_revision": self.source.revision}

    @property
    def is_out_of_date(self) -> bool:
        return self.source_revision is not None and self.source_revision < self.source.revision

    def get_absolute_url(self):
        with translation.override(self.language):
            return reverse(self.source_url_name, args=[self.source.slug])

    def clean(self):
        super().clean()
        if self.language == settings.LANGUAGE_CODE:
            raise ValidationError({"language": _("The source is already in this language.")})


class ArticleTranslation(Translation):
    source = models.ForeignKey(
        Article,
        verbose_name=_("English article"),
        on_delete=models.CASCADE,
        related_name="translations",
    )
    body = RichTextField(verbose_name=_("body"))

    history = HistoricalRecords(excluded_fields=["updated"])
    source_url_name = "articles:detail"

    class Meta:
        verbose_name = _("article translation")
        verbose_name_plural = _("article translations")
        ordering = ["source__title", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "language"], name="one_article_translation_per_language"
            )
        ]
        permissions = [
            ("review_articletranslation", _("Can approve article translations")),
            ("publish_articletranslation", _("Can publish and archive article translations")),
        ]


class ConditionTranslation(Translation):
    source = models.ForeignKey(
        Condition,
        verbose_name=_("English condition"),
        on_delete=models.CASCADE,
        related_name="translations",
    )
    also_known_as = models.TextField(
        _("also known as"),
        blank=True,
        help_text=_("Other names patients use in this language: one per line."),
    )
    search_aliases = models.TextField(
        _("search aliases"),
        blank=True,
        help_text=_("Other names and abbreviations search should find: one per line."),
    )
    overview = RichTextField(verbose_name=_("overview"))
    symptoms = RichTextField(verbose_name=_("symptoms"), blank=True)
    causes = RichTextField(verbose_name=_("causes"), blank=True)
    self_care = RichTextField(verbose_name=_("things you can do yourself"), blank=True)
    treatment = RichTextField(verbose_name=_("treatment"), blank=True)
    prevention = RichTextField(verbose_name=_("prevention"), blank=True)

    history = HistoricalRecords(excluded_fields=["updated"])
    source_url_name = "conditions:detail"
    SECTIONS = Condition.SECTIONS
    # The care cards are part of the page: drafts carry them (publishing/models/publishable.py).
    content_children = ("care_advice",)

    class Meta:
        verbose_name = _("condition translation")
        verbose_name_plural = _("condition translations")
        ordering = ["source__title", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "language"], name="one_condition_translation_per_language"
            )
        ]
        permissions = [
            ("review_conditiontranslation", _("Can approve condition translations")),
            ("publish_conditiontranslation", _("Can publish and archive condition translations")),
        ]

    @property
    def aliases(self) -> list[str]:
        return [line.strip() for line in self.also_known_as.splitlines() if line.strip()]

    def save(self, *args, **kwargs):
        self.also_known_as = "\n".join(self.aliases)
        self.search_aliases = "\n".join(
            line.strip() for line in self.search_aliases.splitlines() if line.strip()
        )
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        seen = {_name_key(self.title)} if self.title else set()
        repeats = []
        for alias in self.aliases:
            if _name_key(alias) in seen:
                repeats.append(alias)
            seen.add(_name_key(alias))
        if repeats:
            raise ValidationError(
                {
                    "also_known_as": _(
                        "Each name must be different from the condition's name and from "
                        "the other names: %(names)s."
                    )
                    % {"names": ", ".join(repeats)}
                }
            )


class CareAdviceTranslation(models.Model):
    """A care card's words in another language; its urgency and order stay the source card's."""

    translation = models.ForeignKey(
        ConditionTranslation, on_delete=models.CASCADE, related_name="care_advice"
    )
    card = models.ForeignKey(
        CareAdvice,
        verbose_name=_("English card"),
        on_delete=models.CASCADE,
        related_name="translations",
    )
    heading = models.CharField(_("heading"), max_length=150)
    points = models.TextField(
        _("bullet points"), blank=True, help_text=_("One per line, as on the English card.")
    )
    action = models.CharField(_("call to action"), max_length=200)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("care card translation")
        verbose_name_plural = _("care card translations")
        ordering = ["card__order", "card__pk"]
        constraints = [
            models.UniqueConstraint(fields=["translation", "card"], name="one_text_per_card")
        ]

    def __str__(self):
        return self.heading

    def clean(self):
        if (
            self.card_id
            and self.translation_id
            and self.card.condition_id != self.translation.source_id
        ):
            raise ValidationError({"card": _("Choose a card of the English condition.")})
        lines = [line for line in self.points.splitlines() if line.strip(" -•*\t")]
        if len(lines) > CareAdvice.MAX_POINTS:
            raise ValidationError(
                {"points": _("Use at most %(max)d bullet points.") % {"max": CareAdvice.MAX_POINTS}}
            )
