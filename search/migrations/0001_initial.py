"""The search index moves from the articles app, keeping its table, rows and indexes."""

import django.contrib.postgres.search
from django.db import migrations, models

from clinic.migration_operations import MoveContentTypes


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('articles', '0010_live_draft_workflow'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='SearchEntry',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('kind', models.CharField(choices=[('article', 'Article'), ('condition', 'Condition')], max_length=10)),
                        ('object_id', models.BigIntegerField()),
                        ('slug', models.SlugField(db_index=False, max_length=200)),
                        ('title', models.CharField(max_length=200)),
                        ('aliases', models.TextField(blank=True)),
                        ('names', models.TextField()),
                        ('summary', models.TextField()),
                        ('body', models.TextField()),
                        ('codes', models.CharField(blank=True, max_length=300)),
                        ('publish_at', models.DateTimeField(null=True)),
                        ('vector', django.contrib.postgres.search.SearchVectorField(null=True)),
                    ],
                    options={
                        'verbose_name': 'search index entry',
                        'verbose_name_plural': 'search index entries',
                        'db_table': 'articles_searchentry',
                        'constraints': [models.UniqueConstraint(fields=('kind', 'object_id'), name='search_entry_unique_item')],
                    },
                ),
            ]
        ),
        MoveContentTypes("articles", "search", ['searchentry']),
    ]
