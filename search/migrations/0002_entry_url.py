"""Each index entry stores its page's address, so results need no knowledge of
each kind's URLs. Existing entries get theirs here."""

from django.db import migrations, models
from django.urls import reverse

# The URL names of each kind's page when this migration was written.
URL_NAMES = {"article": "articles:detail", "condition": "conditions:detail"}


def fill_urls(apps, schema_editor):
    SearchEntry = apps.get_model("search", "SearchEntry")
    for entry in SearchEntry.objects.only("kind", "slug").iterator():
        entry.url = reverse(URL_NAMES[entry.kind], args=[entry.slug])
        entry.save(update_fields=["url"])


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="searchentry",
            name="url",
            field=models.CharField(default="", max_length=300),
        ),
        migrations.RunPython(fill_urls, migrations.RunPython.noop),
    ]
