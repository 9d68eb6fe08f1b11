"""Create the staff roles (Author, Clinical reviewer, Publisher) with their permissions."""

from django.db import migrations

from articles.roles import create_roles_migration


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
        ("portal", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles_migration, migrations.RunPython.noop)]
