"""What the audit trail listens to: sign-in, lockout, accounts, groups and
permissions, clinic settings (the clinic's words in each language too) and
two-factor devices. (Workflow actions are recorded by ``publishing.services``,
which knows the transition.)

Every model receiver ignores raw saves: ``loaddata`` restoring a backup brings
back old rows, it does not change anything anyone did.
"""

from axes.signals import user_locked_out
from django.apps import apps
from django.contrib.auth import get_user_model, user_logged_in, user_logged_out
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.signals import user_login_failed
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save

from audit.models import Action
from audit.recording import current_request, record
from clinic import roles
from clinic.models import ClinicSettings, ClinicWords

STATUS_FIELDS = ("is_active", "is_staff", "is_superuser")
# Two-factor devices of django-otp, when its apps are installed.
# django-otp's devices: an authenticator app, and the recovery codes.
DEVICE_MODELS = ["otp_totp.TOTPDevice", "otp_static.StaticDevice"]


def _uid(name: str) -> str:
    return f"audit.{name}"


# Sign-in ---------------------------------------------------------------------------


def known_username(username) -> str:
    """The username as typed if it names an account. People sometimes type their
    password into the username box: text that names no account is not kept."""
    username = str(username or "")[:150]
    if username and get_user_model()._default_manager.filter(username=username).exists():
        return username
    return ""


def signed_in(sender, request, user, **kwargs):
    record(action=Action.SIGNED_IN, actor=user, request=request)


def signed_out(sender, request, user, **kwargs):
    if user is not None:
        record(action=Action.SIGNED_OUT, actor=user, request=request)


def sign_in_failed(sender, credentials, request=None, **kwargs):
    # Only the username is read from ``credentials``, never the password.
    username = known_username(credentials.get("username"))
    record(
        action=Action.SIGN_IN_FAILED,
        username=username,
        detail="" if username else "No account has the username given.",
        request=request,
    )


def locked_out(sender, request, username, **kwargs):
    username = known_username(username)
    record(
        action=Action.LOCKED_OUT,
        username=username,
        detail="Too many failed sign-ins: this username is locked from this address.",
        request=request,
    )


# Accounts ---------------------------------------------------------------------------


def _status(values) -> str:
    return ", ".join(f"{name}={values[name]}" for name in STATUS_FIELDS)


def user_before_save(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or instance.pk is None:
        return
    if update_fields is not None and not set(update_fields) & set(STATUS_FIELDS):
        return  # e.g. last_login on each sign-in
    instance._audit_status = (
        sender._default_manager.filter(pk=instance.pk).values(*STATUS_FIELDS).first()
    )


def user_saved(sender, instance, created, raw=False, **kwargs):
    before = instance.__dict__.pop("_audit_status", None)
    if raw:
        return
    now = {name: getattr(instance, name) for name in STATUS_FIELDS}
    if created:
        record(action=Action.USER_CREATED, obj=instance, detail=_status(now))
    elif before and before != now:
        changes = [
            f"{name}: {before[name]} → {now[name]}"
            for name in STATUS_FIELDS
            if before[name] != now[name]
        ]
        record(action=Action.USER_STATUS, obj=instance, detail="; ".join(changes))


def user_deleted(sender, instance, **kwargs):
    request = current_request()
    actor = getattr(request, "user", None)
    if actor is not None and (not actor.is_authenticated or actor.pk == instance.pk):
        actor = None  # deleting oneself: the row keeps the username as text
    record(action=Action.USER_DELETED, actor=actor, obj=instance, request=request)


# Groups and permissions ---------------------------------------------------------------

MEMBERSHIP_ACTIONS = {"post_add": "added", "post_remove": "removed", "pre_clear": "removed"}


def _names(model, pks) -> list[str]:
    objects = model._default_manager.filter(pk__in=pks)
    if model is Permission:
        return sorted(
            f"{p.content_type.app_label}.{p.codename}"
            for p in objects.select_related("content_type")
        )
    return sorted(str(obj) for obj in objects)


def memberships_changed(sender, instance, action, model, pk_set, **kwargs):
    if action not in MEMBERSHIP_ACTIONS or roles.granting.get():
        return  # granting the roles' own permissions after migrate is code, not a person
    if action == "pre_clear":
        source, target = instance._meta.model_name, model._meta.model_name
        pk_set = set(
            sender._default_manager.filter(**{f"{source}_id": instance.pk}).values_list(
                f"{target}_id", flat=True
            )
        )
    if not pk_set:
        return
    if sender is Group.permissions.through:
        event = Action.GROUP_PERMISSIONS
    elif sender is get_user_model().groups.through:
        event = Action.GROUPS
    else:
        event = Action.USER_PERMISSIONS
    names = ", ".join(_names(model, pk_set))
    detail = f"{MEMBERSHIP_ACTIONS[action]} {model._meta.verbose_name_plural}: {names}"
    record(action=event, obj=instance, detail=detail)


# Clinic settings and the clinic's words in each language -----------------------------


def _field_changes(model, before: dict, instance) -> list[str]:
    return [
        f"{field.verbose_name}: “{before[field.attname]}” → “{getattr(instance, field.attname)}”"
        for field in model._meta.concrete_fields
        if field.name not in ("id", "updated", "clinic")
        and before[field.attname] != getattr(instance, field.attname)
    ]


def settings_before_save(sender, instance, raw=False, **kwargs):
    if not raw and instance.pk is not None:
        instance._audit_before = sender._default_manager.filter(pk=instance.pk).values().first()


def settings_saved(sender, instance, created, raw=False, **kwargs):
    before = instance.__dict__.pop("_audit_before", None)
    if raw or before is None:
        return  # created on first use with the defaults
    changes = _field_changes(sender, before, instance)
    if changes:
        record(action=Action.SETTINGS, obj=instance, detail="; ".join(changes))


def _words_name(words) -> str:
    return f"{words._meta.verbose_name_plural} ({words.language})"


def words_saved(sender, instance, created, raw=False, **kwargs):
    """The words patients read in another language ("vaya a …") are clinic
    settings too: each addition, change and removal is an event."""
    before = instance.__dict__.pop("_audit_before", None)
    if raw:
        return
    if before is None:
        values = [
            f"{field.verbose_name}: “{getattr(instance, field.attname)}”"
            for field in sender._meta.concrete_fields
            if field.name not in ("id", "clinic", "language")
        ]
        detail = f"Added {_words_name(instance)}: " + "; ".join(values)
    else:
        changes = _field_changes(sender, before, instance)
        if not changes:
            return
        detail = f"{_words_name(instance)}: " + "; ".join(changes)
    record(action=Action.SETTINGS, obj=instance.clinic, detail=detail)


def words_deleted(sender, instance, **kwargs):
    record(action=Action.SETTINGS, obj=instance.clinic, detail=f"Removed {_words_name(instance)}")


# Two-factor devices ---------------------------------------------------------------------


def _device_text(device) -> str:
    # The device's kind and the name its owner gave it: never its key or codes.
    return f"{device._meta.verbose_name} “{device.name}”"


def device_before_save(sender, instance, raw=False, **kwargs):
    if not raw and instance.pk is not None:
        instance._audit_confirmed = (
            sender._default_manager.filter(pk=instance.pk)
            .values_list("confirmed", flat=True)
            .first()
        )


def device_saved(sender, instance, created, raw=False, **kwargs):
    was_confirmed = instance.__dict__.pop("_audit_confirmed", None)
    if raw:
        return
    if created:
        record(action=Action.DEVICE_ADDED, obj=instance.user, detail=_device_text(instance))
    elif was_confirmed is False and instance.confirmed:
        record(action=Action.DEVICE_CONFIRMED, obj=instance.user, detail=_device_text(instance))


def device_deleted(sender, instance, **kwargs):
    record(action=Action.DEVICE_REMOVED, obj=instance.user, detail=_device_text(instance))


def connect_devices() -> None:
    """Listen to django-otp's device models."""
    for label in DEVICE_MODELS:
        model = apps.get_model(label)
        uid = _uid(label)
        pre_save.connect(device_before_save, sender=model, dispatch_uid=uid)
        post_save.connect(device_saved, sender=model, dispatch_uid=uid)
        post_delete.connect(device_deleted, sender=model, dispatch_uid=uid)


def connect() -> None:
    User = get_user_model()
    user_logged_in.connect(signed_in, dispatch_uid=_uid("signed_in"))
    user_logged_out.connect(signed_out, dispatch_uid=_uid("signed_out"))
    user_login_failed.connect(sign_in_failed, dispatch_uid=_uid("sign_in_failed"))
    user_locked_out.connect(locked_out, dispatch_uid=_uid("locked_out"))
    pre_save.connect(user_before_save, sender=User, dispatch_uid=_uid("user"))
    post_save.connect(user_saved, sender=User, dispatch_uid=_uid("user"))
    post_delete.connect(user_deleted, sender=User, dispatch_uid=_uid("user"))
    for through in (User.groups.through, User.user_permissions.through, Group.permissions.through):
        m2m_changed.connect(
            memberships_changed, sender=through, dispatch_uid=_uid(through._meta.label_lower)
        )
    pre_save.connect(settings_before_save, sender=ClinicSettings, dispatch_uid=_uid("settings"))
    post_save.connect(settings_saved, sender=ClinicSettings, dispatch_uid=_uid("settings"))
    pre_save.connect(settings_before_save, sender=ClinicWords, dispatch_uid=_uid("words"))
    post_save.connect(words_saved, sender=ClinicWords, dispatch_uid=_uid("words"))
    post_delete.connect(words_deleted, sender=ClinicWords, dispatch_uid=_uid("words"))
    connect_devices()
