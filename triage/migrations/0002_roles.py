"""Give the staff roles their permissions on the triage questionnaire."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("triage", "0001_initial"), ("articles", "0004_catalogue_roles")]

    # Roles now get their permissions after every migrate (clinic.roles, a
    # post_migrate receiver); this step is kept so that the graph is unchanged.
    operations = []
