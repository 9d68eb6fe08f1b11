"""Shipped demo text updates reach a database that already has the demo items
(the CLINICAL.md 3.1 medicines and Spanish fixes must not
stay behind on a portal that loaded the demo before them).

load_demo_content replaces a field of a live demo item only while it still holds,
word for word, a text an earlier release shipped; anything the clinic wrote stays.
"""

import pytest
from django.core.management import call_command

from articles.demo.conditions import CONDITIONS
from articles.demo.conditions_es import CONDITIONS_ES
from articles.demo.earlier import EARLIER
from articles.demo_loader import REFRESHED, _stored, card_texts, condition_texts, fingerprint
from articles.models import CareAdviceTranslation, Condition, ConditionTranslation
from publishing.models import Status

pytestmark = pytest.mark.django_db

OA = "knee-osteoarthritis"
# The osteoarthritis self-care text as releases before CLINICAL.md 3.1 shipped it.
OLD_OA_SELF_CARE = (
    "<p>This advice is only for a knee with none of the warning signs on this page. If you are "
    'not sure, read <a href="/articles/when-to-get-help-for-knee-pain/">when to get help for '
    "knee pain</a>.</p><ul>\n<li>Keep moving. Walking, swimming and cycling are good "
    "choices.</li>\n<li>Do exercises for your thigh muscles a few times a week.</li>\n<li>If you "
    "carry extra weight, losing some eases the load on your knees.</li>\n<li>Pace yourself. "
    "Spread hard tasks through the day.</li>\n<li>Wear comfortable shoes with a soft "
    "sole.</li>\n<li>Hold ice wrapped in a cloth on your knee for 15 to 20 minutes. You can do "
    "this every few hours. Never put ice on skin that is numb, or on a foot that is cold and "
    "pale.</li></ul>\n<h3>Pain relief</h3>\n<p>Try an anti-inflammatory gel first, such as "
    "ibuprofen or diclofenac gel. Rub it on the sore knee.</p>\n<p>If you need more, tablets "
    "may help for a short time.</p>\n<p>Ask a pharmacist before you take anti-inflammatory pain "
    "relief if you:</p>\n<ul>\n<li>are 65 or older</li>\n<li>are pregnant</li>\n<li>take a blood "
    "thinner</li>\n<li>have high blood pressure</li>\n<li>have kidney, heart or stomach "
    "problems</li>\n<li>have asthma</li>\n</ul>\n"
)
OLD_CATCH_POINT = "Su rodilla se traba o hace clic, y le duele cuando pasa."


def _shipped(slug: str) -> dict:
    return next(condition for condition in CONDITIONS if condition["slug"] == slug)


def _put_back_the_old_text(**fields):
    stored = _stored(Condition, "self_care", OLD_OA_SELF_CARE)
    Condition.objects.filter(slug=OA).update(self_care=stored, **fields)


def test_the_old_text_is_known_as_shipped():
    assert fingerprint(f"condition:{OA}", "self_care", OLD_OA_SELF_CARE) in EARLIER


def test_today_s_texts_are_never_taken_for_earlier_ones():
    for condition in CONDITIONS:
        for field, text in condition_texts(condition).items():
            assert fingerprint(f"condition:{condition['slug']}", field, text) not in EARLIER
    for slug, condition in CONDITIONS_ES.items():
        for field, text in condition_texts(condition).items():
            assert fingerprint(f"condition:{slug}:es", field, text) not in EARLIER


def test_an_untouched_demo_page_gets_the_new_medicines_text(client, demo):
    _put_back_the_old_text()
    before = Condition.objects.get(slug=OA)
    call_command("load_demo_content", verbosity=0)
    condition = Condition.objects.get(slug=OA)
    assert condition.self_care == _stored(Condition, "self_care", _shipped(OA)["self_care"])
    assert "diclofenac 1% gel" in condition.self_care and "ibuprofen or diclofenac gel" not in (
        condition.self_care
    )
    assert condition.is_demo and condition.status == Status.PUBLISHED
    assert condition.revision == before.revision + 1
    latest = condition.history.latest()
    assert latest.history_change_reason == REFRESHED
    assert latest.history_user.username == "publisher"
    # Its Spanish translation is today's shipped text too: it follows the English.
    spanish = ConditionTranslation.objects.get(source=condition, language="es")
    assert spanish.source_revision == condition.revision and not spanish.is_out_of_date
    # Patients read the new words.
    html = client.get(condition.get_absolute_url()).content.decode()
    assert "diclofenac 1% gel" in html and "21 days" in html


def test_loading_again_after_the_update_changes_nothing(demo):
    _put_back_the_old_text()
    call_command("load_demo_content", verbosity=0)
    condition = Condition.objects.get(slug=OA)
    history = condition.history.count()
    call_command("load_demo_content", verbosity=0)
    condition.refresh_from_db()
    assert condition.history.count() == history


def test_a_text_the_clinic_wrote_stays(demo):
    Condition.objects.filter(slug=OA).update(self_care="<p>Our own words.</p>")
    call_command("load_demo_content", verbosity=0)
    assert Condition.objects.get(slug=OA).self_care == "<p>Our own words.</p>"


def test_a_reviewed_page_is_the_clinic_s_and_stays(demo):
    _put_back_the_old_text(is_demo=False)
    call_command("load_demo_content", verbosity=0)
    condition = Condition.objects.get(slug=OA)
    assert "ibuprofen or diclofenac gel" in condition.self_care


def test_a_translation_the_clinic_changed_shows_as_out_of_date(demo):
    _put_back_the_old_text()
    ConditionTranslation.objects.filter(source__slug=OA).update(
        is_demo=False, self_care="<p>Nuestras propias palabras.</p>"
    )
    call_command("load_demo_content", verbosity=0)
    spanish = ConditionTranslation.objects.get(source__slug=OA, language="es")
    assert spanish.self_care == "<p>Nuestras propias palabras.</p>"
    assert spanish.is_out_of_date


def test_a_spanish_care_card_gets_se_engancha_for_a_catch(demo):
    card = CareAdviceTranslation.objects.get(
        translation__source__slug="meniscus-tear", card__urgency="routine"
    )
    old_points = "\n".join([OLD_CATCH_POINT, *card.points.splitlines()[1:]])
    assert fingerprint("card:meniscus-tear:2:es", "points", old_points) in EARLIER
    CareAdviceTranslation.objects.filter(pk=card.pk).update(points=old_points)
    call_command("load_demo_content", verbosity=0)
    card.refresh_from_db()
    shipped = card_texts(CONDITIONS_ES["meniscus-tear"]["care_advice"][2])
    assert card.points == shipped["points"]
    assert "se engancha" in card.points and "se traba" not in card.points


def test_the_illustrated_knee_article_still_gets_new_texts(demo, monkeypatch, image_storage):
    """The demo diagram in "How your knee works" is no edit: when its words are an
    earlier release's, they become today's, and the diagram stays in its place."""
    from articles import demo_loader
    from articles.demo import earlier
    from articles.models import Article
    from images.figures import figure_ids, without_figures

    slug = "how-your-knee-works"
    article = Article.objects.get(slug=slug)
    today, [diagram] = article.body, figure_ids(article.body)
    old_words = without_figures(today).replace("largest joint", "biggest joint", 1)
    assert old_words != without_figures(today)
    old = old_words.replace(
        "<h2>", today[today.index("<figure") : today.index("</figure>") + 9] + "<h2>", 1
    )
    Article.objects.filter(pk=article.pk).update(body=old)
    monkeypatch.setattr(
        earlier,
        "EARLIER",
        earlier.EARLIER | {demo_loader.fingerprint(f"article:{slug}", "body", old_words)},
    )

    call_command("load_demo_content", verbosity=0)

    article.refresh_from_db()
    assert article.body == today
    assert figure_ids(article.body) == [diagram]
