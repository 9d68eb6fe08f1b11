"""Export, wipe, import: every article, condition, questionnaire and setting is back unchanged."""

import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.localise import translation_model
from articles.models import Article, ArticleTranslation, Condition
from audit.models import Action, AuditEvent
from clinic.models import ClinicSettings
from handouts.models import HandoutPack
from portal.content_backup import EXCLUDE, LABELS, LOG_LABELS, RENAMED
from publishing.services import publishable_transition
from search.index import indexed_models
from search.models import SearchEntry
from tests.factories import ArticleFactory, clinic_settings_post
from triage.models import Questionnaire, Rule, TestCase
from triage.services import published_questionnaire


def snapshot(labels=LABELS) -> list[dict]:
    """Every exported object, as data, in a stable order."""
    import io

    out = io.StringIO()
    call_command(
        "dumpdata", *labels, exclude=EXCLUDE, natural_foreign=True, natural_primary=True, stdout=out
    )
    # JSON keeps times to the millisecond: a time of 12:00:39.000123 is written
    # "12:00:39.000Z" and comes back as 12:00:39, written "12:00:39Z". The same instant.
    text = re.sub(r'(T\d\d:\d\d:\d\d)\.000(Z|[+-]\d\d:\d\d)"', r'\1\2"', out.getvalue())
    return sorted(json.loads(text), key=lambda o: (o["model"], json.dumps(o)))


@pytest.fixture
def content(transactional_db, demo, publisher):
    settings = ClinicSettings.load()
    settings.phone = "(312) 555-0199"
    settings.save()
    draft = ArticleFactory(title="A draft with <b>bold</b>", body="<p><strong>Hi</strong></p>")
    draft.title = "A draft, edited"
    draft.save()  # a second history record
    publishable_transition(
        item=Article.objects.get(slug="how-your-knee-works"), name="archive", user=publisher
    )


def test_export_wipe_import_round_trips_all_content(content, tmp_path):
    before = snapshot()
    counts = {
        model: model.objects.count()
        for model in (Article, Condition, HandoutPack, Questionnaire, Rule, TestCase)
    }
    assert all(counts.values())
    path = tmp_path / "content.json"
    call_command("export_content", str(path), verbosity=0)

    call_command("flush", interactive=False, verbosity=0)
    assert not Article.objects.exists() and not Questionnaire.objects.exists()

    call_command("import_content", str(path), verbosity=0)
    assert snapshot() == before
    assert {model: model.objects.count() for model in counts} == counts
    assert ClinicSettings.load().phone == "(312) 555-0199"
    assert published_questionnaire() is not None
    # The search index is rebuilt: live items and live translations only, of
    # everything search finds (exercises and programmes too).
    live = 0
    for model in indexed_models():
        live += model.objects.published().count()
        live += (
            translation_model(model)
            .objects.published()
            .filter(source__in=model.objects.published())
            .count()
        )
    assert ArticleTranslation.objects.published().exists()
    assert {"exercise", "programmetemplate"} <= set(
        SearchEntry.objects.values_list("kind", flat=True)
    )
    assert SearchEntry.objects.count() == live
    assert snapshot() == before
    call_command("check_triage", verbosity=0)


def test_with_logs_the_admin_log_and_audit_trail_round_trip_too(content, client, tmp_path):
    """No exceptions: importing records no audit events
    (raw saves, and paused many-to-many sets), and the wipe's own role grants
    are not events either."""
    from django.contrib.admin.models import LogEntry

    client.force_login(get_user_model().objects.get(username="pia"))
    response = client.post(
        "/admin/clinic/clinicsettings/1/change/",
        clinic_settings_post(
            name="Knee Clinic",
            phone="(312) 555-0100",
            address="1 Main Street",
            paper_size="Letter",
            reading_grade_target="7.0",
        ),
    )
    assert response.status_code == 302
    before = snapshot([*LABELS, *LOG_LABELS])
    assert LogEntry.objects.exists()
    assert {Action.SETTINGS, Action.WORKFLOW, Action.GROUPS, Action.SIGNED_IN} <= set(
        AuditEvent.objects.values_list("action", flat=True)
    )
    logs, with_logs = tmp_path / "content.json", tmp_path / "with-logs.json"
    call_command("export_content", str(logs), verbosity=0)
    call_command("export_content", str(with_logs), with_logs=True, verbosity=0)
    assert not {"admin.logentry", "audit.auditevent"} & {
        o["model"] for o in json.loads(logs.read_text())
    }

    call_command("flush", interactive=False, verbosity=0)
    assert not LogEntry.objects.exists() and not AuditEvent.objects.exists()
    # Restoring accounts and groups is no event (else its rows would also take
    # the ids of the events in the file, which then overwrite them).
    call_command("import_content", str(logs), verbosity=0)
    assert not AuditEvent.objects.exists()
    call_command("flush", interactive=False, verbosity=0)

    call_command("import_content", str(with_logs), verbosity=0)
    assert snapshot([*LABELS, *LOG_LABELS]) == before


def test_import_refuses_a_database_that_has_content(content, tmp_path):
    path = tmp_path / "content.json"
    call_command("export_content", str(path), verbosity=0)
    with pytest.raises(CommandError, match="already has content"):
        call_command("import_content", str(path), verbosity=0)


def test_an_export_from_before_the_apps_were_split_still_loads(content, tmp_path):
    """Files written before the apps were split by feature name clinic settings,
    packs and drafts by their old apps (portal, articles)."""
    before = snapshot()
    path = tmp_path / "content.json"
    call_command("export_content", str(path), verbosity=0)
    old_labels = {new: old for old, new in RENAMED.items()}
    objects = json.loads(path.read_text())
    for obj in objects:
        obj["model"] = old_labels.get(obj["model"], obj["model"])
        for perm in obj["fields"].get("permissions", []) if obj["model"] == "auth.group" else []:
            old = old_labels.get(f"{perm[1]}.{perm[2]}")
            if old:
                perm[1], perm[2] = old.split(".")
    assert {"portal.clinicsettings", "articles.handoutpack"} <= {o["model"] for o in objects}
    path.write_text(json.dumps(objects))

    call_command("flush", interactive=False, verbosity=0)
    call_command("import_content", str(path), verbosity=0)
    assert snapshot() == before
    assert ClinicSettings.load().phone == "(312) 555-0199"


@pytest.mark.parametrize(
    ("command", "switch", "name"),
    [
        ("export_content", "--with-logs", "with_logs"),
        ("import_content", "--overwrite", "overwrite"),
    ],
)
def test_each_command_takes_the_file_and_its_one_switch_from_the_command_line(
    command, switch, name
):
    from django.core.management import load_command_class

    parser = load_command_class("portal", command).create_parser("manage.py", command)
    given = vars(parser.parse_args(["content.json", switch]))
    assert (given["path"], given[name]) == ("content.json", True)
    assert vars(parser.parse_args(["content.json"]))[name] is False
    assert switch in parser.format_help()


def test_the_image_library_round_trips_and_the_import_names_missing_originals(
    transactional_db, tmp_path
):
    """Pages refer to pictures by id: the library's rows come back with their
    ids and file names; the files are restored beside the export (README), and
    until they are, the import says which images lack their original."""
    import io

    from images.models import Image, ImageAltText, Purpose, Rendition

    digest = "ab" + "0" * 62
    image = Image.objects.create(
        title="Knee diagram",
        file=f"ab/{digest}",  # a name only: no such file in this test's storage
        width=800,
        height=600,
        file_size=1234,
        content_hash=digest,
        source="clinic",
        alt_text="The parts of the knee",
    )
    ImageAltText.objects.create(image=image, language="es", alt_text="Las partes de la rodilla")
    Rendition.objects.create(
        image=image,
        purpose=Purpose.SCREEN,
        format="jpeg",
        width=320,
        height=240,
        file=f"{image.pk}/0123456789abcdef-320.jpg",
    )
    before = snapshot()
    assert {o["model"] for o in before} >= {"images.image", "images.imagealttext"}
    path = tmp_path / "content.json"
    call_command("export_content", str(path), verbosity=0)

    call_command("flush", interactive=False, verbosity=0)
    assert not Image.objects.exists()

    out = io.StringIO()
    call_command("import_content", str(path), stdout=out)
    assert snapshot() == before
    restored = Image.objects.get(pk=image.pk)
    assert restored.file.name == f"ab/{digest}"
    assert restored.renditions.get().file.name == f"{image.pk}/0123456789abcdef-320.jpg"
    assert f"1 image(s) have no original file here yet (ids {image.pk})" in out.getvalue()
    assert "rebuild_renditions" in out.getvalue()
