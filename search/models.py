"""The search index: one row per live article, condition, exercise or programme
template and language.

Articles, conditions, exercises and programme templates are searched together, so their searchable text is
copied into one table with one full-text index (a weighted ``tsvector``) and
one trigram index on the names. Each live item has an entry in English (its
source) and one per live translation, with the source's codes and the
translated page's address. ``search/index.py`` keeps it in step with the
content; ``search/query.py`` runs the queries.
"""

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    ARTICLE = "article", _("Article")
    CONDITION = "condition", _("Condition")
    EXERCISE = "exercise", _("Exercise")
    PROGRAMME_TEMPLATE = "programmetemplate", _("Exercise programme")


class SearchEntryQuerySet(models.QuerySet):
    def published(self):
        """Entries the public may find: scheduled ones only once their time has come."""
        return self.filter(Q(publish_at__isnull=True) | Q(publish_at__lte=timezone.now()))

    def for_page_in(self, language: str):
        """What a search on a page in ``language`` looks through (of these entries):
        the entries in that language, and the English ones of items with no live
        entry in it, so that every live item can be found in every language."""
        source = settings.LANGUAGE_CODE
        if language == source:
            return self.filter(language=source)
        # Looked up per English entry that matches, through the unique index:
        # the matches are still found through the text indexes first.
        translated = self.model.objects.published().filter(
            language=language, kind=OuterRef("kind"), object_id=OuterRef("object_id")
        )
        return self.filter(Q(language=language) | Q(language=source) & ~Exists(translated))


class SearchEntry(models.Model):
    """The searchable text of one published item (never edited by hand)."""

    # The model's name (search/index.py ``_kind``): "programmetemplate" is the longest.
    kind = models.CharField(max_length=20, choices=Kind.choices)
    # The English item's id, for its translations' entries too.
    object_id = models.BigIntegerField()
    # The language of the text: the source's (English) or a live translation's.
    language = models.CharField(max_length=10, default="en")
    slug = models.SlugField(max_length=200, db_index=False)
    # The page's address, stored at index time (``get_absolute_url``).
    url = models.CharField(max_length=300, default="")
    title = models.CharField(max_length=200)
    # Other names, one per line: the synonyms staff keep on each condition.
    aliases = models.TextField(blank=True)
    # Title and other names together: what misspellings are matched against.
    names = models.TextField()
    summary = models.TextField()
    # The rich-text sections as plain text: what result snippets are cut from.
    body = models.TextField()
    codes = models.CharField(max_length=300, blank=True)
    publish_at = models.DateTimeField(null=True)
    # Filled on PostgreSQL only (SQLite searches with simple matching).
    vector = SearchVectorField(null=True)
    # Names and summary only: ranks the candidates of a very common word (search/query.py).
    head_vector = SearchVectorField(null=True)

    objects = SearchEntryQuerySet.as_manager()

    class Meta:
        db_table = "articles_searchentry"  # made before the search app existed
        verbose_name = _("search index entry")
        verbose_name_plural = _("search index entries")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "object_id", "language"], name="search_entry_unique_item_language"
            )
        ]

    def __str__(self):
        return f"{self.kind}: {self.title}"

    @property
    def alias_list(self) -> list[str]:
        return [line for line in self.aliases.splitlines() if line]
