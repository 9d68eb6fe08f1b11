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

import copy
import functools

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from articles.models.article import Article
from articles.models.condition import (
    CareAdvice,
    Condition,
    check_names_are_distinct,
    check_point_count,
    text_lines,
)
from articles.models.languages import translation_languages
from articles.pictures import check_figures
from publishing.models.publishable import Publishable, PublishableQuerySet
from publishing.readability import has_formula, measure


def translated_text(
    source: type[models.Model], *, help_texts: dict | None = None
) -> type[models.Model]:
    """An abstract model with a copy of each of ``source.translated_fields`` (the
    ones ``Publishable`` does not already give a translation: title, summary), so a
    translation's text fields are the source's, declared once.

    ``help_texts`` replaces a field's help text where the translation's form says
    something else (e.g. "in this language"). The copies keep everything else of
    the source's field (type, length, blank, rich-text sanitiser).
    """
    help_texts = help_texts or {}
    inherited = {field.name for field in Publishable._meta.local_fields}
    attrs = {"__module__": __name__, "Meta": type("Meta", (), {"abstract": True})}
    for name in source.translated_fields:
        if name not in inherited:
            attrs[name] = _copy_field(source._meta.get_field(name), help_texts.get(name))
    return type(f"{source.__name__}Text", (models.Model,), attrs)


def _copy_field(field: models.Field, help_text) -> models.Field:
    """An unbound copy of ``field``, placed after the fields declared so far.

    Copied as Django copies the fields of an abstract model (deconstruct() would
    lose what is not a migration's business, e.g. a rich-text field's sanitiser).
    """
    clone = copy.copy(field)
    for klass in type(field).__mro__:  # nothing cached about the source model
        for name, attr in vars(klass).items():
            if isinstance(attr, functools.cached_property):
                clone.__dict__.pop(name, None)
    clone.creation_counter = models.Field.creation_counter
    models.Field.creation_counter += 1
    if help_text is not None:
        clone.help_text = help_text
    return clone


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

    @property
    def has_reading_formula(self) -> bool:
        """Whether its language has a reading-level formula (publishing/readability.py)."""
        return has_formula(self.language)

    def refresh_readability(self) -> None:
        # A language without a formula gets its word count and reading time only.
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
        # An alt text left empty shows the image's own in this language (else English).
        check_figures(self, alt_required=False)


class ArticleTranslation(Translation, translated_text(Article)):
    source = models.ForeignKey(
        Article,
        verbose_name=_("English article"),
        on_delete=models.CASCADE,
        related_name="translations",
    )

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


class ConditionTranslation(
    Translation,
    translated_text(
        Condition,
        help_texts={
            "also_known_as": _("Other names patients use in this language: one per line."),
            "search_aliases": _("Other names and abbreviations search should find: one per line."),
        },
    ),
):
    source = models.ForeignKey(
        Condition,
        verbose_name=_("English condition"),
        on_delete=models.CASCADE,
        related_name="translations",
    )

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
        return text_lines(self.also_known_as)

    def save(self, *args, **kwargs):
        self.also_known_as = "\n".join(self.aliases)
        self.search_aliases = "\n".join(text_lines(self.search_aliases))
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        check_names_are_distinct(name=self.title, aliases=self.aliases)


class CareAdviceTranslation(
    translated_text(
        CareAdvice,
        help_texts={
            "heading": "",
            "points": _("One per line, as on the English card."),
            "action": "",
        },
    )
):
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
        check_point_count(self.points)
