import pytest
from django.db.models import ProtectedError
from django.urls import reverse

from clinic.models import ClinicSettings, ContentVersion
from tests.factories import clinic_settings_post

pytestmark = pytest.mark.django_db


def test_there_is_one_row():
    ClinicSettings(name="First").save()
    ClinicSettings(name="Second").save()
    assert ClinicSettings.objects.count() == 1
    assert ClinicSettings.load().name == "Second"
    with pytest.raises(ProtectedError):
        ClinicSettings.load().delete()


def test_defaults():
    settings = ClinicSettings.load()
    assert settings.reading_grade_target == 8
    assert settings.inflesz_target == 65  # INFLESZ "bastante fácil"
    assert settings.paper_size == "A4"


def test_load_is_cached_and_saving_refreshes_it(django_assert_num_queries):
    ClinicSettings.load()
    with django_assert_num_queries(0):
        ClinicSettings.load()
    version = ContentVersion.current()
    settings = ClinicSettings.load()
    settings.phone = "0100 222 333"
    settings.save()
    # Saving moves the content version on: every process's copy is keyed on it.
    assert ContentVersion.current() > version
    assert ClinicSettings.load().phone == "0100 222 333"


def test_pages_show_the_clinic(client):
    settings = ClinicSettings.load()
    settings.name, settings.phone, settings.emergency_number = (
        "Hill Knee Clinic",
        "0100 999 111",
        "112",
    )
    settings.save()
    page = client.get("/").content.decode()
    assert "Hill Knee Clinic" in page
    # Both numbers can be tapped on a phone.
    assert '<a class="tel" href="tel:0100999111">0100 999 111</a>' in page
    assert '<strong><a class="tel" href="tel:112">112</a></strong>' in page


def test_admin_rejects_bad_values_next_to_the_field(admin_client):
    ClinicSettings.load()
    url = reverse("admin:clinic_clinicsettings_change", args=[1])
    response = admin_client.post(
        url, clinic_settings_post(name="Clinic", phone="call us!", emergency_number="9-1-1")
    )
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert set(errors) == {"phone", "emergency_number"}
    assert ClinicSettings.load().phone != "call us!"


def test_settings_cannot_be_added_twice_or_deleted(admin_client):
    ClinicSettings.load()
    assert admin_client.get(reverse("admin:clinic_clinicsettings_add")).status_code == 403
    assert (
        admin_client.get(reverse("admin:clinic_clinicsettings_delete", args=[1])).status_code == 403
    )


def test_admin_keeps_the_spanish_target_on_the_inflesz_scale(admin_client):
    ClinicSettings.load()
    url = reverse("admin:clinic_clinicsettings_change", args=[1])
    response = admin_client.post(url, clinic_settings_post(inflesz_target="120"))
    assert response.status_code == 200
    assert set(response.context["adminform"].form.errors) == {"inflesz_target"}
    assert admin_client.post(url, clinic_settings_post(inflesz_target="70")).status_code == 302
    assert ClinicSettings.load().inflesz_target == 70


def test_two_staff_saving_the_settings_do_not_overwrite_each_other(admin_client):
    """The second save, from a page opened before the first, is refused with a
    message; what they typed is still on the screen; the first save stands."""
    ClinicSettings.load()
    url = reverse("admin:clinic_clinicsettings_change", args=[1])
    opened_by_second = clinic_settings_post(phone="(312) 555-0222", urgent_care="the ER")
    assert admin_client.post(url, clinic_settings_post(phone="(312) 555-0111")).status_code == 302
    response = admin_client.post(url, opened_by_second)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Someone else saved the clinic settings on" in page
    assert 'value="(312) 555-0222"' in page and 'value="the ER"' in page
    assert ClinicSettings.load().phone == "(312) 555-0111"
    # Opened again, the second person saves.
    assert admin_client.post(url, clinic_settings_post(phone="(312) 555-0222")).status_code == 302
    assert ClinicSettings.load().phone == "(312) 555-0222"
