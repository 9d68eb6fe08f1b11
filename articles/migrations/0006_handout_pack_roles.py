"""Give the staff roles their permissions on handout packs."""

from django.db import migrations

from articles.roles import create_roles_migration


class Migration(migrations.Migration):
    dependencies = [("articles", "0005_handout_packs")]

    operations = [migrations.RunPython(create_roles_migration, migrations.RunPython.noop)]
