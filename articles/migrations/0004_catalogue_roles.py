"""Give the staff roles their permissions on the conditions catalogue."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("articles", "0003_catalogue")]

    # Roles now get their permissions after every migrate (clinic.roles, a
    # post_migrate receiver); this step is kept so that the graph is unchanged.
    operations = []
