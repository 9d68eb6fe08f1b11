"""Exercises and programme templates in the index: two more kinds, and room for
"programmetemplate" (a kind is its model's name). Widening a varchar rewrites
nothing on PostgreSQL. Live exercises and templates are indexed by their next
save, or at once by ``manage.py rebuild_search_index``.

Going back, their entries are deleted first (the index is derived data, rebuilt
by that command), so the column can narrow again."""

from django.db import migrations, models

OLD_KINDS = ("article", "condition")


def drop_new_kinds(apps, schema_editor):
    apps.get_model("search", "SearchEntry").objects.exclude(kind__in=OLD_KINDS).delete()


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
        # Unapplied in reverse order: the new kinds' entries go before the column narrows.
        migrations.RunPython(migrations.RunPython.noop, drop_new_kinds),
    ]
