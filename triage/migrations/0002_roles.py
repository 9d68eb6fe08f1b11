"""Give the staff roles their permissions on the triage questionnaire."""

from django.db import migrations

from articles.roles import create_roles_migration


class Migration(migrations.Migration):
    dependencies = [("triage", "0001_initial"), ("articles", "0004_catalogue_roles")]

    operations = [migrations.RunPython(create_roles_migration, migrations.RunPython.noop)]
