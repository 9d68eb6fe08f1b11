from clinic.models import ClinicSettings, ContentVersion


def clinic(request):
    """The clinic's name, phone and emergency number for every template, and
    the content version that cached fragments are keyed on (called only when
    a template uses it)."""
    return {"clinic": ClinicSettings.load(), "content_version": ContentVersion.current}
