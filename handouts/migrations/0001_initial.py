"""Handout packs move from the articles app, keeping their tables and rows."""

import django.db.models.deletion
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
                    name='HandoutPack',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=120, unique=True, verbose_name='name')),
                        ('description', models.CharField(blank=True, max_length=250, verbose_name='when to use it')),
                        ('updated', models.DateTimeField(auto_now=True)),
                    ],
                    options={
                        'verbose_name': 'handout pack',
                        'verbose_name_plural': 'handout packs',
                        'db_table': 'articles_handoutpack',
                        'ordering': ['name'],
                    },
                ),
                migrations.CreateModel(
                    name='HandoutPackItem',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('order', models.PositiveSmallIntegerField(default=0, verbose_name='order')),
                        ('article', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='articles.article')),
                        ('condition', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='articles.condition')),
                        ('pack', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='items', to='handouts.handoutpack')),
                    ],
                    options={
                        'verbose_name': 'item',
                        'db_table': 'articles_handoutpackitem',
                        'ordering': ['order', 'pk'],
                        'constraints': [models.CheckConstraint(condition=models.Q(models.Q(('article__isnull', False), ('condition__isnull', True)), models.Q(('article__isnull', True), ('condition__isnull', False)), _connector='OR'), name='pack_item_is_article_or_condition')],
                    },
                ),
            ]
        ),
        MoveContentTypes("articles", "handouts", ['handoutpack', 'handoutpackitem']),
    ]
