"""The audit list shows each event with actor, time and
address, and holds no password, token or triage answer.

Everything is done through the real pages: the admin's login, user, workflow
and clinic-settings forms, and the patient's triage form.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import formats, timezone
from django.utils.html import escape

from articles.models import Article, Status
from audit.models import Action, AuditEvent
from clinic.roles import AUTHOR, PUBLISHER
from tests.factories import ArticleFactory, StaffFactory, clinic_settings_post
from tests.support.staff import log_in
from tests.support.two_factor import confirmed_device, next_code
from tests.triage.answers import answers
from triage.models import Submission

pytestmark = pytest.mark.django_db

ADMIN_PASSWORD = "Sam-admin-Secret-pw-1"
WRONG_PASSWORD = "Ana-WRONG-secret-pw-2"
LOCKOUT_PASSWORD = "Rui-lockout-Secret-pw-3"
NEW_USER_PASSWORD = "Nia-new-Secret-pw-4"
PASSWORDS = [ADMIN_PASSWORD, WRONG_PASSWORD, LOCKOUT_PASSWORD, NEW_USER_PASSWORD]
OFFICE, HOME, ATTACKER, PATIENT = "192.0.2.10", "198.51.100.7", "203.0.113.66", "192.0.2.99"


def every_column_as_text() -> str:
    fields = [f.attname for f in AuditEvent._meta.concrete_fields]
    return "\n".join(
        " | ".join(str(value) for value in row) for row in AuditEvent.objects.values_list(*fields)
    )


@pytest.fixture
def staff(demo):
    sam = get_user_model().objects.create_superuser("sam", "sam@example.org", ADMIN_PASSWORD)
    ana = StaffFactory(username="ana", role=AUTHOR)
    StaffFactory(username="rui")
    in_review = ArticleFactory(title="Ice and rest", status=Status.REVIEW, author=ana)
    return sam, ana, in_review


@pytest.fixture
def trail(staff, client):
    """Each kind of event, done as people do it; returns what the test needs to look for."""
    sam, ana, in_review = staff
    AuditEvent.objects.all().delete()  # only what the pages below do

    # A failed sign-in, then a lockout (ten failures) for another account.
    assert log_in(client, "ana", WRONG_PASSWORD, address=HOME).status_code == 200
    for _ in range(10):
        log_in(client, "rui", LOCKOUT_PASSWORD, address=ATTACKER)
    assert log_in(client, "rui", LOCKOUT_PASSWORD, address=ATTACKER).status_code == 429

    # The superuser signs in and works in the admin.
    assert log_in(client, "sam", ADMIN_PASSWORD, address=OFFICE).status_code == 302
    device = confirmed_device(sam)  # a superuser signs in with a code too
    response = client.post(
        "/admin/two-factor/verify/",
        {"code": next_code(device), "next": "/admin/"},
        REMOTE_ADDR=OFFICE,
    )
    assert response.status_code == 302
    session_key = client.cookies["sessionid"].value
    csrf_token = str(client.get("/admin/", REMOTE_ADDR=OFFICE).context["csrf_token"])
    publisher = Group.objects.get(name=PUBLISHER)
    response = client.post(
        f"/admin/auth/user/{ana.pk}/change/",
        {
            "username": "ana",
            "first_name": ana.first_name,
            "last_name": ana.last_name,
            "email": "",
            "is_active": "on",
            "is_staff": "on",
            "groups": [Group.objects.get(name=AUTHOR).pk, publisher.pk],
            "date_joined_0": "2025-01-02",
            "date_joined_1": "09:00:00",
        },
        REMOTE_ADDR=OFFICE,
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    response = client.post(
        "/admin/auth/user/add/",
        {
            "username": "nia",
            "usable_password": "true",
            "password1": NEW_USER_PASSWORD,
            "password2": NEW_USER_PASSWORD,
        },
        REMOTE_ADDR=OFFICE,
    )
    assert response.status_code == 302
    response = client.post(
        f"/admin/articles/article/{in_review.pk}/transition/approve/",
        {"expected_version": in_review.version},
        REMOTE_ADDR=OFFICE,
    )
    assert response.status_code == 302
    assert Article.objects.get(pk=in_review.pk).status == Status.APPROVED
    response = client.post(
        "/admin/clinic/clinicsettings/1/change/",
        clinic_settings_post(
            name="Knee Clinic",
            phone="(312) 555-0199",
            address="1 Main Street",
            paper_size="Letter",
            reading_grade_target="7.0",
        ),
        REMOTE_ADDR=OFFICE,
    )
    assert response.status_code == 302

    # A patient answers the triage questionnaire (not signed in).
    patient = Client()
    response = patient.post("/triage/", answers(age=87, days_since_start=41), REMOTE_ADDR=PATIENT)
    assert response.status_code == 302
    submission = Submission.objects.get()

    client.post("/admin/logout/", REMOTE_ADDR=OFFICE)
    return {
        "secrets": [*PASSWORDS, session_key, csrf_token, submission.token],
        "answer_keys": list(submission.answers),
        "answer_values": [str(v) for v in submission.answers.values()],
    }


def test_each_kind_of_event_is_recorded_with_actor_and_address(trail):
    events = AuditEvent.objects.all()
    expected = {
        Action.SIGN_IN_FAILED: ("ana", HOME),
        Action.LOCKED_OUT: ("rui", ATTACKER),
        Action.SIGNED_IN: ("sam", OFFICE),
        Action.GROUPS: ("sam", OFFICE),
        Action.USER_CREATED: ("sam", OFFICE),
        Action.WORKFLOW: ("sam", OFFICE),
        Action.SETTINGS: ("sam", OFFICE),
        Action.SIGNED_OUT: ("sam", OFFICE),
    }
    for action, (username, address) in expected.items():
        event = events.filter(action=action, actor_username=username).first()
        assert event is not None, action
        assert event.client_address == address, action
        assert timezone.now() - event.created < timezone.timedelta(minutes=5)
    # The account that did it, where there is one (a failed sign-in has none).
    assert events.get(action=Action.WORKFLOW).actor.username == "sam"
    assert events.filter(action=Action.SIGN_IN_FAILED, actor__isnull=False).count() == 0
    assert "added groups: Publisher" in events.get(action=Action.GROUPS).detail
    assert events.get(action=Action.GROUPS).object_repr == "ana"
    assert events.get(action=Action.WORKFLOW).detail == "approve: review → approved"
    settings_change = events.get(action=Action.SETTINGS).detail
    assert "phone: “(312) 555-0142” → “(312) 555-0199”" in settings_change
    assert "reading-grade target: “8.0” → “7.0”" in settings_change
    assert "paper size" not in settings_change  # unchanged
    # Ten failures, the last of them the lockout, and the refused attempt after it.
    assert events.filter(action=Action.SIGN_IN_FAILED, actor_username="rui").count() == 11
    assert events.filter(action=Action.LOCKED_OUT).count() == 2


def test_the_trail_holds_no_password_token_or_triage_answer(trail):
    table = every_column_as_text()
    assert table.count("\n") >= 20  # the events are there to search
    for secret in trail["secrets"]:
        assert secret not in table
    for key in trail["answer_keys"]:  # as an answer would be written (some keys are plain words)
        for written in (f"'{key}'", f'"{key}"', f"{key}=", f"{key}:"):
            assert written not in table
    cells = {cell.strip() for line in table.splitlines() for cell in line.split("|")}
    assert not {"87", "41"} & cells
    assert "triage" not in table.lower()


def test_the_admin_list_shows_each_event_with_actor_time_and_address(trail, client):
    events = list(AuditEvent.objects.all())
    client.force_login(get_user_model().objects.get(username="sam"))
    page = client.get("/admin/audit/auditevent/").content.decode()
    rows = re.findall(r"<tr>.*?</tr>", page, flags=re.S)
    assert {event.action for event in events} >= {
        Action.SIGN_IN_FAILED,
        Action.LOCKED_OUT,
        Action.SIGNED_IN,
        Action.GROUPS,
        Action.USER_CREATED,
        Action.WORKFLOW,
        Action.SETTINGS,
        Action.SIGNED_OUT,
    }
    for event in events:
        time = formats.localize(timezone.template_localtime(event.created))
        shown = [
            row
            for row in rows
            if escape(time) in row
            and f">{event.actor_username}<" in row
            and escape(event.get_action_display()) in row
            and f">{event.client_address}<" in row
        ]
        assert shown, (event.action, event.actor_username, event.client_address)
    for secret in trail["secrets"]:
        assert secret not in page
