"""The demo clinic and its demo staff, one account per role.

Idempotent: only what is missing is created, and a clinic's own settings are
never changed back (``make run`` loads the demo on every start)."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from clinic.models import ClinicSettings, ClinicWords
from clinic.roles import AUTHOR, PUBLISHER, REVIEWER, ensure_roles

DEMO_PASSWORD = "knee-demo-2026"

DEMO_STAFF = [
    # username, first name, last name, role
    ("author", "Alex", "Author", AUTHOR),
    ("reviewer", "Robin", "Reviewer", REVIEWER),
    ("publisher", "Pat", "Publisher", PUBLISHER),
]

# A clinic in the United States (CLINICAL.md: one locale per clinic). 555-01xx
# numbers are reserved for fiction, so the demo phone reaches no one.
DEMO_CLINIC = {
    "name": "Riverside Knee Clinic",
    "phone": "(312) 555-0142",
    "address": "12 River Street\nSpringfield, IL 62701",
    "emergency_number": "911",
    "paper_size": "Letter",
    "urgent_care": "urgent care",
    "out_of_hours": "call the after-hours nurse line at (312) 555-0199, or go to the emergency room",
}

# The same words in Spanish, for "vaya a {urgent_care}" and "Si todo está cerrado, {out_of_hours}".
DEMO_CLINIC_WORDS = {
    "es": {
        "urgent_care": "un centro de atención de urgencias",
        "out_of_hours": (
            "llame a la línea de enfermería fuera de horario al (312) 555-0199, "
            "o vaya a la sala de emergencias"
        ),
    },
}


@dataclass
class DemoStaff:
    author: object
    reviewer: object
    publisher: object


def ensure_clinic_settings() -> ClinicSettings:
    """Fill in the demo clinic only where the clinic has not set its own values."""
    settings = ClinicSettings.load()
    defaults = ClinicSettings()
    changed = False
    for field, value in DEMO_CLINIC.items():
        if getattr(settings, field) in ("", getattr(defaults, field)):
            setattr(settings, field, value)
            changed = True
    if changed:
        settings.save()
    for language, words in DEMO_CLINIC_WORDS.items():
        # Only a language the clinic has not written its own words for.
        ClinicWords.objects.get_or_create(clinic=settings, language=language, defaults=words)
    return ClinicSettings.load()


def ensure_demo_staff(*, set_passwords: bool) -> DemoStaff:
    User = get_user_model()
    users = []
    for username, first, last, role in DEMO_STAFF:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={"first_name": first, "last_name": last, "is_staff": True},
        )
        if created or set_passwords:
            if set_passwords:
                user.set_password(DEMO_PASSWORD)
            else:
                user.set_unusable_password()
            user.is_staff = True
            user.save()
        user.groups.add(Group.objects.get(name=role))
        users.append(user)
    return DemoStaff(*users)


def load_demo_clinic(*, set_passwords: bool = False) -> DemoStaff:
    """The demo clinic settings, roles and staff; returns the staff."""
    ensure_roles()
    ensure_clinic_settings()
    return ensure_demo_staff(set_passwords=set_passwords)


LOCAL_SERVER = "http://127.0.0.1:8000"


def login_lines(origin: str = LOCAL_SERVER) -> list[str]:
    """The demo staff logins for the admin at ``origin``, as ``make run`` shows them."""
    from django.conf import settings

    return [
        "",
        f"Staff logins for {origin}/{settings.ADMIN_URL} :",
        *(
            f"  {role:<18} username: {username:<10} password: {DEMO_PASSWORD}"
            for username, _first, _last, role in DEMO_STAFF
        ),
        "",
    ]
