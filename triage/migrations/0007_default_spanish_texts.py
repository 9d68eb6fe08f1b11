"""The default questionnaire's Spanish texts for databases made before they shipped.

A version that copies the default (``based_on``) gets them when it is a draft
(the clinical lead reviews them with it) or still sample data. A version the
clinic's lead has approved and published is left as it was: adding texts to
it would put unreviewed words in front of patients. Clone it to a draft to
get them (``triage.demo.add_default_translations``, the admin's "Fill in the
shipped Spanish texts")."""

from django.db import migrations
from django.db.models import Q


def forwards(apps, schema_editor):
    # The code and the texts as this migration first shipped them, frozen.
    from ._frozen_v3 import add_default_translations
    from ._frozen_v3_data import BASED_ON

    Questionnaire = apps.get_model("triage", "Questionnaire")
    for questionnaire in Questionnaire.objects.filter(
        Q(status="draft") | Q(is_demo=True), based_on=BASED_ON
    ):
        add_default_translations(questionnaire, apps)


class Migration(migrations.Migration):
    dependencies = [
        ("triage", "0006_translations"),
    ]

    operations = [
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
