from clinic.models import ClinicSettings


def clinic(request):
    """The clinic's name, phone and emergency number for every template."""
    return {"clinic": ClinicSettings.load()}
