"""Staff roles get their permissions after every migrate (clinic.roles, post_migrate)."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from clinic.roles import ROLE_PERMISSIONS


@pytest.mark.django_db
def test_migrate_gives_every_role_all_its_permissions_once_they_exist():
    Group.objects.all().delete()
    call_command("migrate", verbosity=0)  # nothing to apply: post_migrate still runs
    for role, names in ROLE_PERMISSIONS.items():
        granted = {
            f"{p.content_type.app_label}.{p.codename}"
            for p in Group.objects.get(name=role).permissions.select_related("content_type")
        }
        assert granted == set(names), role
