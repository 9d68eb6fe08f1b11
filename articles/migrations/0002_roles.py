"""Create the staff roles (Author, Clinical reviewer, Publisher) with their permissions."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
        ("portal", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    # Roles now get their permissions after every migrate (clinic.roles, a
    # post_migrate receiver); this step is kept so that the graph is unchanged.
    operations = []
