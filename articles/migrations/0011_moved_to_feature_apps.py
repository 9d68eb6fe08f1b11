"""Drafts and workflow events (publishing), handout packs (handouts) and the
search index (search) now belong to their own apps, which take them over with
their tables and rows; the articles app only forgets them."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0010_live_draft_workflow'),
        ('handouts', '0001_initial'),
        ('publishing', '0001_initial'),
        ('search', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name='draft',
                    name='approved_by',
                ),
                migrations.RemoveField(
                    model_name='draft',
                    name='content_type',
                ),
                migrations.RemoveField(
                    model_name='draft',
                    name='created_by',
                ),
                migrations.RemoveField(
                    model_name='draft',
                    name='submitted_by',
                ),
                migrations.RemoveField(
                    model_name='draft',
                    name='updated_by',
                ),
                migrations.RemoveField(
                    model_name='handoutpackitem',
                    name='pack',
                ),
                migrations.RemoveField(
                    model_name='handoutpackitem',
                    name='article',
                ),
                migrations.RemoveField(
                    model_name='handoutpackitem',
                    name='condition',
                ),
                migrations.DeleteModel(
                    name='SearchEntry',
                ),
                migrations.RemoveField(
                    model_name='workflowevent',
                    name='content_type',
                ),
                migrations.RemoveField(
                    model_name='workflowevent',
                    name='user',
                ),
                migrations.DeleteModel(
                    name='Draft',
                ),
                migrations.DeleteModel(
                    name='HandoutPack',
                ),
                migrations.DeleteModel(
                    name='HandoutPackItem',
                ),
                migrations.DeleteModel(
                    name='WorkflowEvent',
                ),
            ]
        ),
    ]
