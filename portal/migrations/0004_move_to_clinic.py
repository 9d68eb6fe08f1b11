"""ClinicSettings and ContentVersion now belong to the clinic app (its 0001
takes them over with their tables); the portal app only forgets them."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0003_clinic_urgent_care"),
        ("clinic", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="ClinicSettings"),
                migrations.DeleteModel(name="ContentVersion"),
            ]
        )
    ]
