"""Words that fit the reason (CLINICAL.md 3.1, "Outcome
wording"): each urgent rule's own words on the result, its PDF and the API; the
line for young people; links that fit the moment, titled in the page's language."""

import importlib
import io
import re

import pytest
import textstat
from django.apps import apps as global_apps
from django.urls import reverse
from pypdf import PdfReader

from articles.models import Article, ArticleTranslation, Condition, ConditionTranslation
from publishing.readability import measure
from tests.triage.answers import answers
from tests.triage.spanish import es_get, es_post
from triage import defaults, services, texts
from triage.defaults import spanish as shipped
from triage.defaults.rule_words import TEXTS
from triage.models import PartKind, Rule, Submission, Translation

MIGRATION = importlib.import_module("triage.migrations.0009_rule_texts")
URL = "/triage/"
RANKS = {o["key"]: o["rank"] for o in defaults.OUTCOMES}
URGENT_RULES = [r for r in defaults.RULES if RANKS[r["outcome"]] <= 3]
TEEN_LIMP = answers(age=13, injury="no", days_since_start=21, limp_hip="yes")
HIP = "can come from the hip"
PARENT = "tell a parent or caregiver"
PARENT_ES = "Usted es menor de 18 años: "


def _words(html: str) -> str:
    """The page's text, without its tags (numbers are tel: links)."""
    return re.sub(r"<[^>]+>", "", html)


def _case(expected):
    """(answers as posted, expected) of every shipped test case expecting ``expected``."""
    return [
        {key: str(value) for key, value in case["answers"].items()}
        for case in defaults.TEST_CASES
        if case["expected"] == expected
    ]


def _text_of_pdf(response) -> str:
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _result(client, data, *, spanish=False):
    post = es_post if spanish else (lambda c, url, d: c.post(url, d))
    response = post(client, URL, data)
    assert response.status_code == 302, response.content.decode()[:1500]
    page = es_get(client, response["Location"]) if spanish else client.get(response["Location"])
    return Submission.objects.latest("created"), page.content.decode()


def _read_more(html: str) -> str:
    if "data-read-more" not in html:
        return ""
    return html.split("data-read-more", 1)[1].split("</section>", 1)[0]


# The shipped words (no database) ------------------------------------------------


@pytest.mark.parametrize("rule", URGENT_RULES, ids=[r["name"] for r in URGENT_RULES])
def test_every_urgent_rule_has_both_texts_in_both_languages_at_grade_8(rule):
    english = (rule["patient_text"], rule["until_then"])
    assert all(text.strip() for text in english)
    spanish = shipped.RULE_TEXTS[rule["name"]]
    assert all(text.strip() for text in spanish)
    for en, es in zip(english, spanish, strict=True):
        assert texts.placeholder_problem(en, es) is None
    figures = measure(f"<p>{' '.join(english).format(emergency_number='911')}</p>")
    assert figures.grade <= 8 and figures.smog <= 10, english


def test_the_spanish_rule_texts_read_as_fairly_easy():
    textstat.set_lang("es")
    section = " ".join(" ".join(pair) for pair in shipped.RULE_TEXTS.values())
    assert textstat.szigriszt_pazos(section) >= 65
    assert set(shipped.RULE_TEXTS) == {r["name"] for r in URGENT_RULES}


def test_the_facts_clinical_md_asks_for():
    by_name = {r["name"]: r for r in defaults.RULES}
    limp = by_name["Under 18 with a limp or hip pain"]
    assert "hip" in limp["patient_text"]
    assert all(word in limp["until_then"] for word in ("sports", "run", "crutches", "rest"))
    assert (
        "Do not rub or massage the calf" in by_name["Swollen, warm or painful calf"]["until_then"]
    )
    for name in ("Fever or shivers", "Fever with a hot, swollen knee", "Hot, swollen knee"):
        assert "Do not wait for" in by_name[name]["until_then"]
        assert "fever to go" in by_name[name]["until_then"]


def test_outcome_advice_names_no_cause_that_may_not_apply():
    for outcome in defaults.OUTCOMES:
        for word in ("blood clot", "infection", "growth", "tumor"):
            assert word not in outcome["advice"], outcome["key"]
        assert not re.search("coágulo|infección|bulto", shipped.OUTCOMES[outcome["key"]]["advice"])


# The result page, its PDF and the API ---------------------------------------------


@pytest.mark.django_db
def test_the_teenage_limp_case_is_told_about_the_hip_and_to_tell_a_parent(client, demo):
    submission, html = _result(client, TEEN_LIMP)
    assert submission.outcome_key == "urgent_doctor"
    assert HIP in html and "do not play sports and do not run" in html
    assert PARENT in html
    assert "blood clot" not in html and "a growth" not in html
    pdf = _text_of_pdf(client.get(f"/triage/result/{submission.token}/handout.pdf"))
    assert HIP in pdf and "do not play sports and do not run" in pdf and PARENT in pdf
    assert "blood clot" not in pdf


@pytest.mark.django_db
def test_the_teenage_limp_case_in_spanish_page_and_pdf(client, demo, spanish):
    submission, html = _result(client, TEEN_LIMP, spanish=True)
    meaning, until = shipped.RULE_TEXTS["Under 18 with a limp or hip pain"]
    assert meaning in html and until in html and PARENT_ES in html
    assert HIP not in html and PARENT not in html
    pdf = _text_of_pdf(es_get(client, f"/triage/result/{submission.token}/handout.pdf"))
    assert meaning in pdf and until in pdf and PARENT_ES in pdf


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "outcome"),
    [
        (answers(age=15, deformity="yes"), "emergency"),
        (TEEN_LIMP, "urgent_doctor"),
        (answers(age=9, injury="yes", days_since_start=0, high_energy="no"), "urgent"),
        (answers(age=16, injury="yes", days_since_start=1, high_energy="no"), "under_18"),
        (answers(age=17), "under_18"),
    ],
)
def test_every_result_under_18_tells_a_parent_at_any_rank(client, demo, data, outcome):
    submission, html = _result(client, data)
    assert submission.outcome_key == outcome
    assert "data-minor" in html and PARENT in html
    assert ("call 911 anyway" in _words(html)) == (outcome == "emergency")


@pytest.mark.django_db
def test_adults_get_no_parent_line(client, demo):
    _submission, html = _result(client, answers(age=18, locked="yes"))
    assert "data-minor" not in html and PARENT not in html


@pytest.mark.django_db
def test_emergency_results_link_no_pages(client, demo, settings):
    settings.TRIAGE_RATE_LIMIT = "1000/m"
    pages = [*Condition.objects.published(), *Article.objects.published()]
    cases = _case("emergency")
    assert len(cases) >= 10
    for data in cases:
        submission, html = _result(client, data)
        assert submission.urgency == "emergency"
        assert "data-read-more" not in html
        for page in pages:
            assert f'href="{page.get_absolute_url()}"' not in html, (data, page)
        assert "Knee ligament sprain" not in html
    pdf = _text_of_pdf(client.get(f"/triage/result/{submission.token}/handout.pdf"))
    assert not any(page.get_absolute_url() in pdf for page in pages)


def _pages_of(rules):
    found = set()
    for rule in rules:
        found |= {c.get_absolute_url() for c in rule.related_conditions.published()}
        found |= {a.get_absolute_url() for a in rule.related_articles.published()}
    return found


@pytest.mark.django_db
def test_urgent_results_link_only_the_pages_of_their_reasons(client, demo, settings):
    settings.TRIAGE_RATE_LIMIT = "1000/m"
    cases = _case("urgent") + _case("urgent_doctor")
    assert len(cases) >= 10
    for data in cases:
        submission, html = _result(client, data)
        fired = Rule.objects.filter(
            questionnaire=submission.questionnaire, key__in=submission.fired_rules
        )
        assert fired.exists()
        linked = set(re.findall(r'href="([^"]+)"', _read_more(html)))
        assert linked == _pages_of(fired), data
    # A locked knee reads about the meniscus, not about self-care after exercise.
    _submission, html = _result(client, answers(age=33, days_since_start=1, locked="yes"))
    links = _read_more(html)
    assert "/meniscus-tear/" in links
    assert "what-to-do-when-your-knee-hurts-after-exercise" not in links
    assert "knee-ligament-sprain" not in links


@pytest.mark.django_db
def test_routine_and_self_care_results_keep_the_outcomes_pages(client, demo):
    _submission, html = _result(client, answers())
    assert "what-to-do-when-your-knee-hurts-after-exercise" in _read_more(html)


@pytest.mark.django_db
def test_spanish_results_show_spanish_link_titles(client, demo, spanish):
    meniscus = Condition.objects.get(slug="meniscus-tear")
    article = Article.objects.get(slug="when-to-get-help-for-knee-pain")
    es_meniscus = ConditionTranslation.objects.published().get(source=meniscus, language="es")
    es_article = ArticleTranslation.objects.published().get(source=article, language="es")
    data = answers(age=33, days_since_start=1, locked="yes")
    submission, html = _result(client, data, spanish=True)
    links = _read_more(html)
    assert f">{es_meniscus.title}</a>" in links and f">{es_article.title}</a>" in links
    assert meniscus.title not in links and article.title not in links
    assert 'lang="en"' not in links
    pdf = _text_of_pdf(es_get(client, f"/triage/result/{submission.token}/handout.pdf"))
    assert es_meniscus.title in pdf and meniscus.title not in pdf
    # A page without a live Spanish translation keeps its English title, marked so.
    ConditionTranslation.objects.filter(pk=es_meniscus.pk).delete()
    _submission, html = _result(client, data, spanish=True)
    assert f'lang="en">{meniscus.title}</a>' in _read_more(html)


@pytest.mark.django_db
def test_each_text_shows_once_in_rule_order(client, demo):
    # Fever and a hot, swollen knee: four rules, two share the infection words.
    data = answers(age=40, fever="yes", hot_swollen="yes")
    _submission, html = _result(client, data)
    infection = TEXTS["Fever with a hot, swollen knee"][0]
    hot = TEXTS["Hot, swollen knee"][0]
    assert html.count(infection) == 1 and html.count(hot) == 1
    assert html.index(infection) < html.index(hot)  # the emergency rule first
    assert html.count("Do not wait for the fever to go.") == 1


@pytest.mark.django_db
def test_the_calf_words_fill_in_the_clinics_emergency_number(client, demo):
    _submission, html = _result(client, answers(age=45, calf="yes"))
    assert "Do not rub or massage the calf." in html
    assert "call 911." in _words(html) and "{emergency_number}" not in html
    assert 'href="tel:911"' in html  # a number a phone can call


@pytest.mark.django_db
def test_a_submission_from_before_the_rule_ids_finds_its_rules_by_reason(client, demo):
    submission, _html = _result(client, TEEN_LIMP)
    Submission.objects.filter(pk=submission.pk).update(fired_rules=[])
    html = client.get(submission.get_absolute_url()).content.decode()
    assert HIP in html and PARENT in html


@pytest.mark.django_db
def test_a_rule_text_without_spanish_stays_english_marked_so(client, demo, spanish):
    rule = services.published_questionnaire().rules.get(name="Under 18 with a limp or hip pain")
    Translation.objects.filter(
        part=PartKind.RULE, key=rule.key, field="patient_text", language="es"
    ).delete()
    _submission, html = _result(client, TEEN_LIMP, spanish=True)
    assert f'<li lang="en">{rule.patient_text}</li>' in html
    assert "data-partly-english" in html


@pytest.mark.django_db
@pytest.mark.parametrize("extra", [{}, {"pop": "yes", "swelling_fast": "yes", "gives_way": "yes"}])
def test_an_urgent_result_takes_a_fixed_number_of_queries(
    client, demo, spanish, django_assert_max_num_queries, extra
):
    data = answers(age=30, injury="yes", days_since_start=1, high_energy="no", locked="yes")
    url = client.post(URL, {**data, **extra})["Location"]
    client.get(url)
    # submission, outcome, questions, safety net, fired rules and their pages
    with django_assert_max_num_queries(7):
        client.get(url)
    es_get(client, url)
    # ... and the Spanish texts, the pages' Spanish titles (conditions with their cards)
    with django_assert_max_num_queries(11):
        es_get(client, url)


@pytest.mark.django_db
def test_the_api_gives_each_outcomes_reasons_with_their_words(client, demo, spanish):
    data = client.get("/api/v1/triage/questionnaire/").json()
    doctor = next(o for o in data["outcomes"] if o["key"] == "urgent_doctor")
    limp = next(r for r in doctor["reasons"] if HIP in r["patient_text"])
    assert limp["reason"].startswith("you are under 18")
    calf = next(r for r in doctor["reasons"] if "calf" in r["until_then"])
    assert "call 911" in calf["until_then"]
    assert not next(o for o in data["outcomes"] if o["key"] == "self_care")["reasons"]
    es = client.get("/api/v1/triage/questionnaire/", {"language": "es"}).json()
    doctor = next(o for o in es["outcomes"] if o["key"] == "urgent_doctor")
    meaning, until = shipped.RULE_TEXTS["Under 18 with a limp or hip pain"]
    limp = next(r for r in doctor["reasons"] if r["patient_text"] == meaning)
    assert limp["until_then"] == until
    assert limp["reason"] == shipped.RULE_REASONS["Under 18 with a limp or hip pain"]


# Staff: the admin and the translation admin -----------------------------------------


@pytest.mark.django_db
def test_staff_edit_the_words_and_pages_with_the_rule_and_translate_them(
    client, demo, reviewer, spanish
):
    draft = services.questionnaire_clone(questionnaire=services.published_questionnaire())
    rule = draft.rules.get(name="Knee locked")
    assert list(rule.related_conditions.values_list("slug", flat=True)) == ["meniscus-tear"]
    client.force_login(reviewer)
    html = client.get(reverse("admin:triage_rule_change", args=[rule.pk])).content.decode()
    for name in ("patient_text", "until_then", "related_conditions", "related_articles"):
        assert f'name="{name}"' in html
    assert rule.until_then in html
    page = client.get(reverse("admin:triage_questionnaire_translations", args=[draft.pk, "es"]))
    html = page.content.decode()
    assert rule.patient_text in html and shipped.RULE_TEXTS["Knee locked"][0] in html
    assert page.context["counts"]["missing"] == 0


# The data migration -----------------------------------------------------------------


def _strip_words(questionnaire):
    rules = Rule.objects.filter(questionnaire=questionnaire)
    rules.update(patient_text="", until_then="")
    for rule in rules:
        rule.related_conditions.clear()
        rule.related_articles.clear()
    Translation.objects.filter(
        questionnaire=questionnaire, part=PartKind.RULE, field__in=texts.RULE_WORDS
    ).delete()
    questionnaire.outcomes.filter(key="urgent_doctor").update(advice=MIGRATION.OLD_ADVICE["en"])
    Translation.objects.filter(
        questionnaire=questionnaire, part=PartKind.OUTCOME, key="urgent_doctor", field="advice"
    ).update(text=MIGRATION.OLD_ADVICE["es"], source_text=MIGRATION.OLD_ADVICE["en"])


@pytest.mark.django_db
def test_the_migration_fills_sample_versions_once_and_leaves_approved_ones(demo):
    questionnaire = services.published_questionnaire()
    _strip_words(questionnaire)
    questionnaire.is_demo = False  # approved by the clinic's lead: left as it was
    questionnaire.save()
    MIGRATION.forwards(global_apps, None)
    assert not Rule.objects.exclude(patient_text="").exists()
    questionnaire.is_demo = True
    questionnaire.save()
    limp = questionnaire.rules.get(name="Under 18 with a limp or hip pain")
    limp.patient_text = "The clinic's own words."
    limp.save()
    for _ in range(2):  # and only once
        MIGRATION.forwards(global_apps, None)
    limp.refresh_from_db()
    assert limp.patient_text == "The clinic's own words."  # never overwritten
    assert limp.until_then == MIGRATION.RULE_WORDS[limp.name]["until_then"]
    rows = Translation.objects.filter(
        # 0009 (frozen) names the texts it adds by row id, as then; 0011 renames them by key.
        questionnaire=questionnaire,
        part=PartKind.RULE,
        key__in=[str(limp.pk), limp.key],
    )
    assert set(rows.values_list("field", flat=True)) == {"reason", "until_then"}
    assert Rule.objects.filter(questionnaire=questionnaire).exclude(patient_text="").count() == len(
        URGENT_RULES
    )
    locked = questionnaire.rules.get(name="Knee locked")
    assert list(locked.related_conditions.values_list("slug", flat=True)) == ["meniscus-tear"]
    doctor = questionnaire.outcomes.get(key="urgent_doctor")
    assert "blood clot" not in doctor.advice
    es = Translation.objects.get(
        questionnaire=questionnaire, part=PartKind.OUTCOME, key="urgent_doctor", field="advice"
    )
    assert es.text == shipped.OUTCOMES["urgent_doctor"]["advice"]
    assert es.source_text == doctor.advice
