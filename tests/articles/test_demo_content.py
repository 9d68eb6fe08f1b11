import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from articles.models import Article, Topic
from portal.models import ClinicSettings

pytestmark = pytest.mark.django_db


def test_loads_at_least_six_published_articles_covering_the_topics(demo):
    articles = Article.objects.published()
    assert articles.count() >= 6
    assert {a.topic for a in articles} >= {
        Topic.CAUSES,
        Topic.PREVENTION,
        Topic.TECHNIQUE,
        Topic.TREATMENT,
        Topic.WHEN_TO_GET_HELP,
    }
    for article in articles:
        assert article.reviewed_by.username == "reviewer"
        assert article.next_review_due > article.reviewed_on


def test_each_demo_article_reads_at_grade_eight_or_lower(demo):
    target = ClinicSettings.load().reading_grade_target
    assert target == 8
    for article in Article.objects.all():
        assert 0 < article.reading_grade <= 8, f"{article.slug}: grade {article.reading_grade}"
        assert article.word_count > 300


def test_demo_articles_use_the_editor_features(demo):
    bodies = "".join(Article.objects.values_list("body", flat=True))
    for tag in ("<h2>", "<ul>", "<ol>", "<table>", "<a href="):
        assert tag in bodies


def test_loading_again_changes_nothing(demo):
    before = list(Article.objects.values_list("slug", "version", "updated"))
    history = sum(a.history.count() for a in Article.objects.all())
    call_command("load_demo_content", verbosity=0)
    assert list(Article.objects.values_list("slug", "version", "updated")) == before
    assert sum(a.history.count() for a in Article.objects.all()) == history
    assert (
        get_user_model().objects.filter(username__in=["author", "reviewer", "publisher"]).count()
        == 3
    )


def test_demo_staff_have_their_roles_and_no_password_unless_asked(roles):
    call_command("load_demo_content", verbosity=0)
    User = get_user_model()
    reviewer = User.objects.get(username="reviewer")
    assert reviewer.groups.filter(name="Clinical reviewer").exists()
    assert not reviewer.has_usable_password()
    call_command("load_demo_content", "--demo-logins", verbosity=0)
    reviewer.refresh_from_db()
    assert reviewer.check_password("knee-demo-2026")


def test_clinic_settings_keep_the_clinics_own_values(roles):
    settings = ClinicSettings.load()
    settings.name = "Our Own Clinic"
    settings.save()
    call_command("load_demo_content", verbosity=0)
    assert ClinicSettings.load().name == "Our Own Clinic"
    assert ClinicSettings.load().phone == "(312) 555-0142"


def test_each_demo_condition_is_plain_coded_and_has_care_advice(demo):
    from articles.models import Condition

    conditions = Condition.objects.published()
    assert {c.slug for c in conditions} == {
        "patellofemoral-pain-syndrome",
        "knee-ligament-sprain",
        "knee-osteoarthritis",
        "meniscus-tear",
    }
    for condition in conditions:
        assert 0 < condition.reading_grade <= 8, (
            f"{condition.slug}: grade {condition.reading_grade}"
        )
        assert condition.care_advice.exists(), condition.slug
        assert condition.codes, condition.slug
        assert condition.activities.exists() and condition.areas
        for card in condition.care_advice.filter(urgency="routine"):
            assert 1 <= len(card.point_list) <= 5


def test_demo_conditions_load_idempotently(demo):
    from articles.models import CareAdvice, Condition

    before = list(Condition.objects.values_list("slug", "version")), CareAdvice.objects.count()
    call_command("load_demo_content", verbosity=0)
    assert (
        list(Condition.objects.values_list("slug", "version")),
        CareAdvice.objects.count(),
    ) == before


def test_loading_again_never_undoes_staff_work(demo):
    from articles.models import Status

    article = Article.objects.get(slug="how-your-knee-works")
    article.status = Status.ARCHIVED
    article.body = "<p>Our own words.</p>"
    article.save()
    call_command("load_demo_content", verbosity=0)
    article.refresh_from_db()
    assert article.status == Status.ARCHIVED and article.body == "<p>Our own words.</p>"
