import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from articles.demo.articles import ARTICLES
from articles.demo.conditions import CONDITIONS
from articles.models import Article, Condition, Topic
from clinic.demo import DEMO_CLINIC, DEMO_STAFF
from clinic.models import ClinicSettings
from publishing.readability import measure, text_blocks
from tests.support.data import every_string

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


# CLINICAL.md version 3: the demo content's safety and plain-language rules -----


# overview ... prevention (those the demo content writes); the summary is measured too
CONDITION_SECTIONS = [s for s in Condition.SECTIONS if all(s in c for c in CONDITIONS)]
WHEN_TO_GET_HELP = "/articles/when-to-get-help-for-knee-pain/"
INJURY_CONDITIONS = ["knee-ligament-sprain", "meniscus-tear"]


def _card_html(card: dict) -> str:
    points = "".join(f"<li>{point}</li>" for point in card["points"])
    return f"<h3>{card['heading']}</h3><ul>{points}</ul><p>{card['action']}</p>"


def _readable_parts():
    """(item and section, html) for each part a patient reads, measured on its own."""
    for article in ARTICLES:
        yield f"{article['slug']}.summary", f"<p>{article['summary']}</p>"
        yield f"{article['slug']}.body", article["body"]
    for condition in CONDITIONS:
        yield f"{condition['slug']}.summary", f"<p>{condition['summary']}</p>"
        for section in CONDITION_SECTIONS:
            yield f"{condition['slug']}.{section}", condition[section]
        for order, card in enumerate(condition["care_advice"]):
            if card["urgency"] == "routine":
                yield f"{condition['slug']}.care_advice[{order}]", _card_html(card)


READABLE_PARTS = dict(_readable_parts())


DEMO_TEXT = "\n".join(every_string([ARTICLES, CONDITIONS, DEMO_CLINIC]))
CONTENT_TEXT = "\n".join(every_string([ARTICLES, CONDITIONS]))


def _condition(slug: str) -> dict:
    return next(c for c in CONDITIONS if c["slug"] == slug)


@pytest.mark.parametrize("part", READABLE_PARTS)
def test_each_part_reads_at_grade_eight_and_smog_ten_or_lower(part):
    result = measure(READABLE_PARTS[part])
    assert result.grade <= 8, f"{part}: Flesch-Kincaid grade {result.grade}"
    assert result.smog <= 10, f"{part}: SMOG {result.smog}"


@pytest.mark.parametrize("part", READABLE_PARTS)
def test_each_sentence_is_under_twenty_words(part):
    for block in text_blocks(READABLE_PARTS[part]):
        for sentence in re.split(r"(?<=[.!?:;])\s+", block):
            assert len(sentence.split()) < 20, f"{part}: {sentence}"


@pytest.mark.parametrize(
    "pattern",
    [
        r"physio",
        r"A&E|A&amp;E",
        r"centre",
        r"999",
        r"\bGP\b",
        r"wear and tear",
        r"tendinitis|tendonitis",
        r"emergency department",
        r"local emergency number",
        r"use crutches if it hurts",
        r"keyhole",  # US: arthroscopic surgery
        r"ibuprofen gel",  # not sold over the counter in the US
        r"\bDr\.? [A-Z]",
    ],
)
def test_demo_data_uses_one_us_locale_and_current_words(pattern):
    flags = 0 if pattern in (r"\bGP\b", r"\bDr\.? [A-Z]") else re.IGNORECASE
    found = re.search(pattern, DEMO_TEXT, flags)
    assert not found, f"{pattern!r} found: …{DEMO_TEXT[found.start() - 60 : found.end() + 60]}…"


def test_paracetamol_only_in_brackets_after_acetaminophen():
    assert "paracetamol" in CONTENT_TEXT.lower()
    for match in re.finditer("paracetamol", CONTENT_TEXT, re.IGNORECASE):
        before = CONTENT_TEXT[max(0, match.start() - 15) : match.start()]
        assert before.lower().endswith("acetaminophen ("), before


def test_the_content_names_the_emergency_number_only_through_clinic_settings():
    assert "911" not in CONTENT_TEXT
    assert "emergency room (ER)" in CONTENT_TEXT


def test_demo_clinic_is_a_us_clinic():
    assert DEMO_CLINIC == {
        "name": "Riverside Knee Clinic",
        "phone": "(312) 555-0142",
        "address": "12 River Street\nSpringfield, IL 62701",
        "emergency_number": "911",
        "paper_size": "Letter",
        "urgent_care": "urgent care",
        "out_of_hours": "call the after-hours nurse line at (312) 555-0199, or go to the emergency room",
    }
    # No phone numbers in another country's format anywhere in the demo data.
    assert not re.search(r"\b0\d{2,4}[ -]\d{3}", DEMO_TEXT)
    assert not any(
        re.match(r"Dr\b", name) for _, first, last, _ in DEMO_STAFF for name in (first, last)
    )


def test_demo_clinic_settings_on_a_fresh_database(roles):
    call_command("load_demo_content", verbosity=0)
    settings = ClinicSettings.load()
    assert settings.phone == "(312) 555-0142"
    assert settings.address == "12 River Street\nSpringfield, IL 62701"
    assert settings.emergency_number == "911"
    assert settings.paper_size == "Letter"


@pytest.mark.parametrize("condition", CONDITIONS, ids=lambda c: c["slug"])
def test_one_emergency_and_one_urgent_card_that_leave_the_signs_to_the_shared_list(condition):
    cards = condition["care_advice"]
    for urgency in ("emergency", "urgent"):
        matching = [card for card in cards if card["urgency"] == urgency]
        assert len(matching) == 1, (condition["slug"], urgency)
        card = matching[0]
        assert card["heading"] and card["action"]
        assert card["points"] == []
    routine = [card for card in cards if card["urgency"] == "routine"]
    assert routine
    for card in routine:
        assert 1 <= len(card["points"]) <= 5
        assert card["heading"] and card["action"]


@pytest.mark.parametrize("condition", CONDITIONS, ids=lambda c: c["slug"])
def test_also_known_as_has_no_repeats(condition):
    names = [condition["name"], *condition["also_known_as"]]
    keys = [re.sub(r"[\W_]+", "", name.casefold()) for name in names]
    assert len(keys) == len(set(keys)), names
    # The model's own check agrees.
    Condition(title=condition["name"], also_known_as="\n".join(condition["also_known_as"])).clean()
    # Foreign abbreviations are search aliases, not names patients are shown.
    shown = {name.casefold() for name in condition["also_known_as"]}
    assert not shown & {"lca", "lcm", "runners knee", "menisco"}


def test_search_aliases_hold_the_other_spellings():
    sprain = _condition("knee-ligament-sprain")
    assert {"LCA", "LCM"} <= set(sprain["search_aliases"])
    assert "Runners knee" in _condition("patellofemoral-pain-syndrome")["search_aliases"]
    assert "Menisco" in _condition("meniscus-tear")["search_aliases"]


def test_chondromalacia_is_not_a_name_for_runners_knee():
    pfps = _condition("patellofemoral-pain-syndrome")
    names = pfps["also_known_as"] + pfps["search_aliases"]
    assert not any("chondromalacia" in name.lower() for name in names)
    assert "chondromalacia" not in "".join(every_string(pfps)).lower()


def test_icd10_codes_follow_clinical_md():
    codes = {c["slug"]: c["icd10_codes"] for c in CONDITIONS}
    assert codes["patellofemoral-pain-syndrome"] == ["M22.2X1", "M22.2X2", "M22.2X9"]
    assert set(codes["knee-ligament-sprain"]) == {
        "S83.511A", "S83.512A", "S83.519A", "S83.411A", "S83.412A", "S83.419A",
    }  # fmt: skip
    assert {"M17.0", "M17.10", "M17.11", "M17.12", "M17.2", "M17.9"} <= set(
        codes["knee-osteoarthritis"]
    )
    meniscus = codes["meniscus-tear"]
    assert len(" ".join(meniscus)) <= 300
    assert all(re.match(r"^(S83\.2\d\dA|M23\.2\d\d)$", code) for code in meniscus)
    # The specific medial and lateral tears come before the unspecified ones.
    first_unspecified = min(i for i, code in enumerate(meniscus) if code.startswith("S83.20"))
    assert all(code[4] in "12" for code in meniscus[:first_unspecified] if code[5] != "0")
    assert meniscus[0] == "S83.211A"
    assert any(code.startswith("M23.2") for code in meniscus)


@pytest.mark.parametrize("condition", CONDITIONS, ids=lambda c: c["slug"])
def test_self_care_only_without_warning_signs_and_ice_as_the_rules_say(condition):
    self_care = condition["self_care"]
    assert WHEN_TO_GET_HELP in self_care
    assert "wrapped in a cloth" in self_care and "15 to 20 minutes" in self_care
    assert "numb" in self_care and "cold and pale" in self_care


@pytest.mark.parametrize("slug", INJURY_CONDITIONS)
def test_injury_self_care_follows_the_triage_and_peace_and_love(slug):
    self_care = _condition(slug)["self_care"]
    assert "If you cannot take 4 steps, get seen today." in self_care
    assert "protect, elevate, compress with care, then load gradually" in self_care
    assert "acetaminophen (paracetamol) first" in self_care
    assert "48 hours" in self_care


PAGES_WITH_MEDICINES = {
    **{c["slug"]: c["self_care"] for c in CONDITIONS},
    "what-to-do-when-your-knee-hurts-after-exercise": next(
        a["body"] for a in ARTICLES if a["slug"] == "what-to-do-when-your-knee-hurts-after-exercise"
    ),
}


@pytest.mark.parametrize("page", PAGES_WITH_MEDICINES)
def test_anti_inflammatory_tablets_come_with_the_us_label_cautions(page):
    html = PAGES_WITH_MEDICINES[page]
    assert "anti-inflammatory" in html.lower()
    assert "Ask a doctor or pharmacist first if you:" in html
    for who in (
        "60 or older",
        "stomach ulcer or bleeding",
        "blood thinner or steroid tablets",
        "3 or more alcoholic drinks a day",
        "high blood pressure, or heart, kidney or liver disease",
        "asthma",
        "a daily aspirin",
        "20 weeks pregnant or more, unless a doctor tells you to",
    ):
        assert who in html, (page, who)


def test_osteoarthritis_gel_first_and_exercise_at_the_core():
    oa = _condition("knee-osteoarthritis")
    assert "anti-inflammatory gel first" in oa["self_care"]
    assert "Exercise and a healthy weight are the main treatments." in oa["treatment"]


def test_meniscus_surgery_only_for_a_knee_that_stays_locked():
    treatment = _condition("meniscus-tear")["treatment"]
    assert "Surgery is for a knee that stays locked" in treatment
    assert not re.search(r"large[^.]*surgery|surgery[^.]*large", treatment, re.IGNORECASE)


# Phrases of the shared red-flag list: content links to it instead of listing them.
RED_FLAG_PHRASES = ["out of place", "fever", "calf", "short of breath", "cannot take 4 steps"]


def test_when_to_get_help_leaves_the_warning_signs_to_the_shared_list():
    body = next(a["body"] for a in ARTICLES if a["slug"] == "when-to-get-help-for-knee-pain")
    for phrase in [*RED_FLAG_PHRASES, "cold", "pale", "locked", "swollen", "weight"]:
        assert phrase not in body.lower(), phrase
    assert "listed below" in body
    assert "emergency room (ER)" in body and "urgent care" in body
    assert 'href="/triage/"' in body


@pytest.mark.parametrize("part", READABLE_PARTS)
def test_no_list_repeats_the_red_flags(part):
    items = re.findall(r"<li>(.*?)</li>", READABLE_PARTS[part], re.DOTALL)
    for item in items:
        for phrase in RED_FLAG_PHRASES:
            assert phrase not in item.lower(), (part, item)
