"""Staff roles as groups: Author writes, Clinical reviewer approves, Publisher publishes.

``ensure_roles`` is idempotent and is called by a data migration, by
``load_demo_content`` and by tests (test flushes remove migration data). It
grants the permissions that exist and skips any that a later migration adds,
so each new model's migration simply calls it again.
"""

AUTHOR = "Author"
REVIEWER = "Clinical reviewer"
PUBLISHER = "Publisher"

ROLE_PERMISSIONS = {
    AUTHOR: [
        "articles.view_article",
        "articles.add_article",
        "articles.change_article",
    ],
    REVIEWER: [
        "articles.view_article",
        "articles.change_article",
        "articles.review_article",
    ],
    PUBLISHER: [
        "articles.view_article",
        "articles.add_article",
        "articles.change_article",
        "articles.delete_article",
        "articles.publish_article",
        "portal.view_clinicsettings",
        "portal.change_clinicsettings",
    ],
}


def ensure_roles(apps=None) -> None:
    if apps is None:
        from django.apps import apps
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role, names in ROLE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=role)
        for name in names:
            app_label, codename = name.split(".")
            permission = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if permission is not None:
                group.permissions.add(permission)
