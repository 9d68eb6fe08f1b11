"""Drafts and workflow events move from the articles app, keeping their tables and rows."""

import django.core.serializers.json
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from clinic.migration_operations import MoveContentTypes


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('articles', '0010_live_draft_workflow'),
        ('contenttypes', '0002_remove_content_type_name'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Draft',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('object_id', models.PositiveBigIntegerField()),
                        ('data', models.JSONField(encoder=django.core.serializers.json.DjangoJSONEncoder)),
                        ('status', models.CharField(choices=[('draft', 'Draft'), ('review', 'In review'), ('approved', 'Approved, ready to publish')], default='draft', max_length=10, verbose_name='status')),
                        ('approved_on', models.DateField(blank=True, null=True)),
                        ('created', models.DateTimeField(auto_now_add=True)),
                        ('updated', models.DateTimeField(auto_now=True)),
                        ('approved_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('content_type', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to='contenttypes.contenttype')),
                        ('created_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('submitted_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('updated_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'verbose_name': 'draft of changes',
                        'verbose_name_plural': 'drafts of changes',
                        'db_table': 'articles_draft',
                        'constraints': [models.UniqueConstraint(fields=('content_type', 'object_id'), name='one_draft_per_item')],
                    },
                ),
                migrations.CreateModel(
                    name='WorkflowEvent',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('object_id', models.PositiveBigIntegerField()),
                        ('transition', models.CharField(max_length=30, verbose_name='action')),
                        ('from_state', models.CharField(max_length=12, verbose_name='from')),
                        ('to_state', models.CharField(max_length=12, verbose_name='to')),
                        ('on_draft', models.BooleanField(default=False)),
                        ('comment', models.TextField(blank=True, verbose_name='comment')),
                        ('created', models.DateTimeField(auto_now_add=True, db_index=True)),
                        ('content_type', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to='contenttypes.contenttype')),
                        ('user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'verbose_name': 'workflow event',
                        'db_table': 'articles_workflowevent',
                        'ordering': ['-created', '-pk'],
                        'indexes': [models.Index(fields=['content_type', 'object_id'], name='articles_wo_content_fd8d12_idx')],
                    },
                ),
            ]
        ),
        MoveContentTypes("articles", "publishing", ['draft', 'workflowevent']),
    ]
