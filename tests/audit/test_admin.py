"""The audit list: read only, for superusers and the Auditor role, filterable, exported as CSV."""

import csv
import io

import pytest

from audit.export import safe_cell
from audit.models import Action, AuditEvent
from audit.recording import record
from clinic.roles import AUDITOR, PUBLISHER
from tests.factories import StaffFactory, UserFactory

pytestmark = pytest.mark.django_db

LIST = "/admin/audit/auditevent/"
EXPORT = "/admin/audit/auditevent/export.csv"


@pytest.fixture
def auditor(roles):
    return StaffFactory(username="ida", role=AUDITOR)


@pytest.fixture
def events(roles):
    AuditEvent.objects.all().delete()
    lee = UserFactory(username="lee")
    record(action=Action.SIGNED_IN, actor=lee)
    record(action=Action.SIGN_IN_FAILED, username="lee", detail='=HYPERLINK("http://x")')
    record(action=Action.GROUPS, actor=lee, detail="-2+3")
    return AuditEvent.objects.exclude(action=Action.USER_CREATED)


def rows(response) -> list[list[str]]:
    text = b"".join(response.streaming_content).decode()
    return list(csv.reader(io.StringIO(text)))


def test_an_auditor_sees_the_list_and_a_publisher_does_not(client, auditor, events):
    client.force_login(auditor)
    response = client.get(LIST)
    assert response.status_code == 200
    assert "Sign-in failed" in response.content.decode()
    client.force_login(StaffFactory(username="pia", role=PUBLISHER))
    assert client.get(LIST).status_code == 403
    assert client.get(EXPORT).status_code == 403


def test_nobody_adds_changes_or_deletes_events(admin_client, events):
    event = events.first()
    assert admin_client.get(LIST + "add/").status_code == 403
    assert admin_client.post(f"{LIST}{event.pk}/delete/", {"post": "yes"}).status_code == 403
    response = admin_client.post(f"{LIST}{event.pk}/change/", {"detail": "rewritten"})
    assert response.status_code == 403
    event.refresh_from_db()
    assert event.detail != "rewritten"
    page = admin_client.get(f"{LIST}{event.pk}/change/").content.decode()
    assert 'type="submit"' not in page.split('id="content-main"')[1]


def test_filters_and_search(admin_client, events):
    assert "Sign-in failed</td>" in admin_client.get(LIST).content.decode()
    page = admin_client.get(LIST, {"action__exact": Action.GROUPS}).content.decode()
    assert "-2+3" in page and "Sign-in failed</td>" not in page
    page = admin_client.get(LIST, {"q": "HYPERLINK"}).content.decode()
    assert "1 result" in page and "HYPERLINK" in page
    lee = events.get(action=Action.SIGNED_IN).actor
    page = admin_client.get(LIST, {"actor__id__exact": lee.pk}).content.decode()
    assert "2 results" in page and "Sign-in failed</td>" not in page


def test_the_export_link_keeps_the_lists_filters(admin_client, events):
    page = admin_client.get(LIST, {"action__exact": Action.GROUPS}).content.decode()
    assert f'href="{EXPORT}?action__exact=groups"' in page
    response = admin_client.get(EXPORT, {"action__exact": Action.GROUPS})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="audit-trail-')
    header, *lines = rows(response)
    assert header[:3] == ["time", "username", "action"]
    assert [line[2] for line in lines] == ["Groups changed"]


def test_cells_that_a_spreadsheet_would_run_are_defused(admin_client, events):
    lines = rows(admin_client.get(EXPORT))[1:]
    details = {line[2]: line[7] for line in lines}
    assert details["Sign-in failed"] == '\'=HYPERLINK("http://x")'
    assert details["Groups changed"] == "'-2+3"
    assert [safe_cell(v) for v in ("+1", "@SUM(A1)", "\tx", "plain", None)] == [
        "'+1",
        "'@SUM(A1)",
        "'\tx",
        "plain",
        "",
    ]


def test_the_export_action_writes_the_selected_events(admin_client, events):
    chosen = events.filter(action=Action.SIGNED_IN)
    response = admin_client.post(
        LIST, {"action": "export_csv", "_selected_action": [e.pk for e in chosen]}
    )
    assert [line[1:3] for line in rows(response)[1:]] == [["lee", "Signed in"]]


def test_a_bad_filter_goes_back_to_the_list(admin_client, events):
    response = admin_client.get(EXPORT, {"created__nonsense": "x"})
    assert response.status_code == 302 and response["Location"].endswith("?e=1")
