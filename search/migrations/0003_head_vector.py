"""A second, small vector of each entry's names and summary, with its own GIN
index: a search for a word found on most pages ranks a bounded set of
candidates, taking the pages whose names or summary match first
(search/query.py). Existing entries get theirs here."""

import django.contrib.postgres.search
from django.contrib.postgres.search import SearchVector
from django.db import migrations

INDEX = "search_entry_head_vector_gin"


def fill_and_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return  # SQLite searches with simple matching
    from django.conf import settings

    SearchEntry = apps.get_model("search", "SearchEntry")
    config = settings.SEARCH_CONFIGS["en"]  # every entry was in English then
    SearchEntry.objects.update(
        head_vector=SearchVector("names", weight="A", config=config)
        + SearchVector("summary", weight="B", config=config)
    )
    schema_editor.execute(f"CREATE INDEX {INDEX} ON articles_searchentry USING gin (head_vector)")


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_entry_url")]

    operations = [
        migrations.AddField(
            model_name="searchentry",
            name="head_vector",
            field=django.contrib.postgres.search.SearchVectorField(null=True),
        ),
        migrations.RunPython(fill_and_index, drop_index),
    ]
