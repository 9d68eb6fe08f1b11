"""The clinic app takes over ClinicSettings and ContentVersion from the portal
app. Their tables keep their names and rows (``db_table``); only Django's idea
of which app owns them moves. Their content types are renamed, so the staff
roles' permissions and the admin's change log stay attached."""

import django.core.validators
from django.db import migrations, models

from clinic.migration_operations import MoveContentTypes

class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("portal", "0003_clinic_urgent_care"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    state_operations = [
        migrations.CreateModel(
            name="ClinicSettings",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("name", models.CharField(default="Knee Clinic", max_length=120, verbose_name="clinic name")),
                ("phone", models.CharField(default="0100 000 000", max_length=30, validators=[django.core.validators.RegexValidator("^\\+?[0-9 ()\\-]{3,25}$", "Use digits, spaces, brackets, dashes and an optional leading +.")], verbose_name="phone")),
                ("address", models.TextField(blank=True, default="", verbose_name="address")),
                ("emergency_number", models.CharField(default="911", help_text="The number patients call in an emergency: 911, 999, 112...", max_length=10, validators=[django.core.validators.RegexValidator("^[0-9]{2,6}$", "Digits only, for example 911, 999 or 112.")], verbose_name="emergency number")),
                ("urgent_care", models.CharField(default="urgent care", help_text="Where patients go the same day when the clinic cannot see them, as it completes “go to …”: e.g. “urgent care” or “the walk-in center on Main Street”.", max_length=120, verbose_name="urgent care")),
                ("out_of_hours", models.CharField(default="go to the emergency room", help_text="What to do when the clinic and urgent care are closed, as it completes “If everything is closed, …”: e.g. “call our after-hours line at (312) 555-0199”.", max_length=200, verbose_name="when everything is closed")),
                ("paper_size", models.CharField(choices=[("A4", "A4"), ("Letter", "Letter")], default="A4", max_length=10, verbose_name="paper size")),
                ("reading_grade_target", models.DecimalField(decimal_places=1, default=8, help_text="Highest Flesch-Kincaid grade for patient-facing text. Aim for 6.", max_digits=3, validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(16)], verbose_name="reading-grade target")),
                ("updated", models.DateTimeField(auto_now=True)),
            ],
            options={
                "verbose_name": "clinic settings",
                "verbose_name_plural": "clinic settings",
                "db_table": "portal_clinicsettings",
            },
        ),
        migrations.CreateModel(
            name="ContentVersion",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("value", models.PositiveBigIntegerField(default=0)),
            ],
            options={"db_table": "portal_contentversion"},
        ),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=state_operations),
        MoveContentTypes("portal", "clinic", ["clinicsettings", "contentversion"]),
    ]
