from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Action(models.TextChoices):
    SIGNED_IN = "signed_in", _("Signed in")
    SIGNED_OUT = "signed_out", _("Signed out")
    SIGN_IN_FAILED = "sign_in_failed", _("Sign-in failed")
    LOCKED_OUT = "locked_out", _("Locked out")
    USER_CREATED = "user_created", _("Account created")
    USER_DELETED = "user_deleted", _("Account deleted")
    USER_STATUS = "user_status", _("Account status changed")
    GROUPS = "groups", _("Groups changed")
    USER_PERMISSIONS = "user_permissions", _("Account permissions changed")
    GROUP_PERMISSIONS = "group_permissions", _("Group permissions changed")
    WORKFLOW = "workflow", _("Workflow action")
    SETTINGS = "settings", _("Clinic settings changed")
    DEVICE_ADDED = "device_added", _("Two-factor device added")
    DEVICE_CONFIRMED = "device_confirmed", _("Two-factor device confirmed")
    DEVICE_REMOVED = "device_removed", _("Two-factor device removed")
    PURGED = "purged", _("Old audit events deleted")
    IMAGE = "image", _("Image library change")


class AuditEventQuerySet(models.QuerySet):
    def older_than(self, cutoff):
        return self.filter(created__lt=cutoff)


class AuditEvent(models.Model):
    """One thing that happened to sign-in, permissions, workflow or settings.

    Never holds a password, a one-time code, a session key, a CSRF token or a
    patient's answers (audit/recording.py writes every row).
    """

    created = models.DateTimeField(_("time"), default=timezone.now, db_index=True)
    # The username is kept as text too, so the row still says who after the
    # account is deleted (or, for a failed sign-in, names no account at all).
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    actor_username = models.CharField(_("username"), max_length=150, blank=True)
    action = models.CharField(_("action"), max_length=30, choices=Action.choices, db_index=True)
    object_type = models.CharField(_("object type"), max_length=100, blank=True)
    object_id = models.CharField(_("object id"), max_length=64, blank=True)
    object_repr = models.CharField(_("object"), max_length=200, blank=True)
    client_address = models.CharField(_("address"), max_length=45, blank=True)
    detail = models.TextField(_("detail"), blank=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit trail")
        ordering = ["-created", "-pk"]

    def __str__(self):
        return f"{self.created:%Y-%m-%d %H:%M:%S} {self.actor_username or '-'}: {self.action}"
