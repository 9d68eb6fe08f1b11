"""Search in each page's language (issue 15).

Every entry gets a language ("en" for the existing ones: all English), one
entry per item and language. On PostgreSQL:

- the ``unaccent`` extension (trusted since PostgreSQL 13: the database's
  owner may create it);
- ``spanish_unaccent``, the Spanish configuration with accents removed before
  stemming, so "rotula" and "rótula" are one word;
- ``search_fold(text)``, an IMMUTABLE wrapper of ``unaccent`` and ``lower``
  (``unaccent`` itself is only STABLE, so it cannot be indexed), and the
  trigram index on the names rebuilt on it: misspelt names match without
  accents too (search/folding.py is the same function for SQLite).

Translations published before this migration are indexed by their next save,
or at once by ``manage.py rebuild_search_index``.
"""

from django.contrib.postgres.operations import UnaccentExtension
from django.db import migrations, models

TRIGRAM_INDEX = "search_entry_names_trgm"


def _unaccent_schema(schema_editor) -> str:
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            "SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'unaccent'"
        )
        return cursor.fetchone()[0]


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return  # SQLite registers search_fold on each connection (search/folding.py)
    # Qualified: an index's function must not depend on the search path.
    schema = _unaccent_schema(schema_editor)
    for statement in [
        "CREATE TEXT SEARCH CONFIGURATION spanish_unaccent (COPY = spanish)",
        "ALTER TEXT SEARCH CONFIGURATION spanish_unaccent "
        f"ALTER MAPPING FOR hword, hword_part, word WITH {schema}.unaccent, spanish_stem",
        "CREATE FUNCTION search_fold(text) RETURNS text "
        "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS "
        f"$$ SELECT lower({schema}.unaccent('{schema}.unaccent'::regdictionary, $1)) $$",
        f"DROP INDEX IF EXISTS {TRIGRAM_INDEX}",
        f"CREATE INDEX {TRIGRAM_INDEX} ON articles_searchentry "
        "USING gin (search_fold(names) gin_trgm_ops)",
    ]:
        schema_editor.execute(statement)


def forget_other_languages(apps, schema_editor):
    """Going back: one entry per item again, the English one (the index of
    translations is rebuilt from them when this migration runs forward)."""
    apps.get_model("search", "SearchEntry").objects.exclude(language="en").delete()


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in [
        f"DROP INDEX IF EXISTS {TRIGRAM_INDEX}",
        f"CREATE INDEX {TRIGRAM_INDEX} ON articles_searchentry USING gin (names gin_trgm_ops)",
        "DROP FUNCTION IF EXISTS search_fold(text)",
        "DROP TEXT SEARCH CONFIGURATION IF EXISTS spanish_unaccent",
    ]:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("search", "0003_head_vector")]

    operations = [
        UnaccentExtension(),  # does nothing on SQLite
        migrations.RunPython(create, drop),
        migrations.AddField(
            model_name="searchentry",
            name="language",
            field=models.CharField(default="en", max_length=10),
        ),
        migrations.RemoveConstraint(model_name="searchentry", name="search_entry_unique_item"),
        migrations.AddConstraint(
            model_name="searchentry",
            constraint=models.UniqueConstraint(
                fields=("kind", "object_id", "language"), name="search_entry_unique_item_language"
            ),
        ),
        migrations.RunPython(migrations.RunPython.noop, forget_other_languages),
    ]
