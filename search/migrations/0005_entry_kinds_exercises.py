"""Exercises and programme templates in the index (issue 27): two more kinds, and
room for "programmetemplate" (a kind is its model's name). Widening a varchar
rewrites nothing on PostgreSQL. Live exercises and templates are indexed by
their next save, or at once by ``manage.py rebuild_search_index``."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('search', '0004_entry_language'),
    ]

    operations = [
        migrations.AlterField(
            model_name='searchentry',
            name='kind',
            field=models.CharField(choices=[('article', 'Article'), ('condition', 'Condition'), ('exercise', 'Exercise'), ('programmetemplate', 'Exercise programme')], max_length=20),
        ),
    ]
