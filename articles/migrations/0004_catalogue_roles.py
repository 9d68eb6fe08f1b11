"""Give the staff roles their permissions on the conditions catalogue."""

from django.db import migrations

from articles.roles import create_roles_migration


class Migration(migrations.Migration):
    dependencies = [("articles", "0003_catalogue")]

    operations = [migrations.RunPython(create_roles_migration, migrations.RunPython.noop)]
