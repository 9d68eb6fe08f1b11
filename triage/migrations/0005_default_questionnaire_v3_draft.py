"""A clinic that already serves a questionnaire keeps serving it and gains the
CLINICAL.md v3 default as a draft, for its clinical lead to review and publish.
A fresh database has no questionnaire: `load_demo_content` adds v3 published.
Older versions gain the default safety-net list (see _frozen_v3.py)."""

from django.db import migrations


def forwards(apps, schema_editor):
    # The code and the data as this migration first shipped them, frozen.
    from ._frozen_v3 import upgrade_to_default

    upgrade_to_default(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("triage", "0004_v3_fields"),
        ("articles", "0007_search_index"),
    ]

    operations = [
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
