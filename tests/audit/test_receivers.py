"""What each receiver records, and what it leaves out."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import serializers

from audit.models import Action, AuditEvent
from audit.recording import paused
from clinic.models import ClinicSettings
from clinic.roles import ensure_roles
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def actions() -> list[str]:
    return list(AuditEvent.objects.order_by("pk").values_list("action", flat=True))


def test_account_status_changes_name_each_flag(roles):
    user = UserFactory(username="lee")
    assert AuditEvent.objects.get().detail == "is_active=True, is_staff=False, is_superuser=False"
    user.is_staff = True
    user.is_superuser = True
    user.save()
    event = AuditEvent.objects.get(action=Action.USER_STATUS)
    assert event.detail == "is_staff: False → True; is_superuser: False → True"
    assert (event.object_type, event.object_id, event.object_repr) == (
        "auth.user",
        str(user.pk),
        "lee",
    )
    user.first_name = "Lee"
    user.save()  # no flag changed
    user.save(update_fields=["last_login"])
    assert actions() == [Action.USER_CREATED, Action.USER_STATUS]


def test_deleting_an_account_keeps_its_name_on_earlier_events(roles):
    user = UserFactory(username="lee")
    user.delete()
    created, deleted = AuditEvent.objects.order_by("pk")
    assert deleted.action == Action.USER_DELETED and deleted.object_repr == "lee"
    assert created.actor is None and created.object_repr == "lee"


def test_group_and_permission_changes_from_either_side(roles):
    user = UserFactory(username="lee")
    publisher = Group.objects.get(name="Publisher")
    publisher.user_set.add(user)
    user.groups.clear()
    permission = Permission.objects.get(codename="view_auditevent")
    user.user_permissions.add(permission)
    publisher.permissions.remove(Permission.objects.get(codename="publish_article"))
    details = list(AuditEvent.objects.order_by("pk").values_list("action", "object_repr", "detail"))
    assert details[1:] == [
        (Action.GROUPS, "Publisher", "added users: lee"),
        (Action.GROUPS, "lee", "removed groups: Publisher"),
        (Action.USER_PERMISSIONS, "lee", "added permissions: audit.view_auditevent"),
        (Action.GROUP_PERMISSIONS, "Publisher", "removed permissions: articles.publish_article"),
    ]


def test_the_roles_own_grants_after_migrate_are_not_events(roles):
    Group.objects.get(name="Author").permissions.clear()
    AuditEvent.objects.all().delete()
    ensure_roles()  # what post_migrate does
    assert Group.objects.get(name="Author").permissions.exists()
    assert not AuditEvent.objects.exists()


def test_loading_rows_records_nothing(roles):
    """loaddata saves raw; its many-to-many sets are paused by import_content."""
    user = UserFactory(username="lee", is_staff=True)
    user.groups.add(Group.objects.get(name="Author"))
    text = serializers.serialize("json", [user, ClinicSettings.load()])
    get_user_model().objects.filter(username="lee").delete()
    AuditEvent.objects.all().delete()
    with paused():
        for obj in serializers.deserialize("json", text):
            obj.save()
    assert get_user_model().objects.get(username="lee").groups.exists()
    assert not AuditEvent.objects.exists()


def test_settings_created_on_first_use_is_no_event_but_a_change_is(db):
    settings = ClinicSettings.load()
    assert not AuditEvent.objects.exists()
    settings.emergency_number = "999"
    settings.save()
    event = AuditEvent.objects.get()
    assert event.action == Action.SETTINGS
    assert event.detail == "emergency number: “911” → “999”"
    assert event.actor is None and event.client_address == ""  # no request: a shell or command


def test_a_failed_sign_in_for_no_account_keeps_no_typed_text(client, db):
    """People type their password into the username box: that text is not kept."""
    client.post("/admin/login/", {"username": "Hunter2-typed-here", "password": "x"})
    event = AuditEvent.objects.get()
    assert event.action == Action.SIGN_IN_FAILED
    assert event.actor_username == "" and "Hunter2" not in str(event.__dict__)
    assert event.client_address == "127.0.0.1"


def test_the_address_is_the_trusted_proxys_view(client, db, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    UserFactory(username="lee")
    client.post(
        "/admin/login/",
        {"username": "lee", "password": "wrong"},
        HTTP_X_FORWARDED_FOR="10.9.9.9, 192.0.2.44",
    )
    assert AuditEvent.objects.get(action=Action.SIGN_IN_FAILED).client_address == "192.0.2.44"
