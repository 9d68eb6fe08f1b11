"""Search migration 0004 on a database with an English index: every entry
becomes English, PostgreSQL gains the Spanish configuration and the accent
folding, and the migration winds back cleanly."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from search.models import SearchEntry
from tests.factories import ArticleFactory

BEFORE = [("search", "0003_head_vector")]


def migrate(targets=None):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets or executor.loader.graph.leaf_nodes())
    return executor.loader.project_state(targets).apps if targets else None


def exists(sql: str) -> bool:
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return cursor.fetchone()[0]


SPANISH_CONFIG = "SELECT EXISTS (SELECT FROM pg_ts_config WHERE cfgname = 'spanish_unaccent')"
FOLD_FUNCTION = "SELECT EXISTS (SELECT FROM pg_proc WHERE proname = 'search_fold')"
FOLDED_INDEX = (
    "SELECT EXISTS (SELECT FROM pg_indexes WHERE indexname = 'search_entry_names_trgm' "
    "AND indexdef LIKE '%search_fold(names)%')"
)


@pytest.mark.django_db(transaction=True)
def test_an_english_index_migrates_to_languages_and_back():
    ArticleFactory(published=True, title="Kneecap exercises")
    try:
        old_apps = migrate(BEFORE)
        assert not exists(SPANISH_CONFIG) and not exists(FOLD_FUNCTION)
        assert not exists(FOLDED_INDEX)
        old_entry = old_apps.get_model("search", "SearchEntry")
        assert old_entry.objects.count() == 1
    finally:
        migrate()
    assert list(SearchEntry.objects.values_list("title", "language")) == [
        ("Kneecap exercises", "en")
    ]
    assert exists(SPANISH_CONFIG) and exists(FOLD_FUNCTION) and exists(FOLDED_INDEX)
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsvector('spanish_unaccent', 'Rótulas')::text")
        assert cursor.fetchone()[0] == "'rotul':1"
