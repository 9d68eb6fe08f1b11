import socket
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest
import textstat
from textstat.backend import counts, metrics

from publishing.readability import (
    inflesz_band,
    measure,
    plain_text,
    spanish_syllables,
    text_blocks,
    within_target,
)


def test_each_block_counts_as_a_sentence():
    html = "<h2>Rest</h2><ul><li>Use ice</li><li>Raise your leg</li></ul><p>Ask us.</p>"
    assert plain_text(html) == "Rest. Use ice. Raise your leg. Ask us."


def test_text_blocks_keep_cells_and_items_apart():
    html = "<table><tr><th>What</th><td>Ice for 15 minutes</td></tr></table>"
    assert text_blocks(html) == ["What", "Ice for 15 minutes"]


def test_short_plain_sentences_read_at_a_low_grade():
    easy = measure("<p>Rest your knee. Put ice on it. Walk a little each day.</p>")
    hard = measure(
        "<p>Patellofemoral pain syndrome is characterised by retropatellar discomfort "
        "exacerbated by activities involving considerable flexion under compressive loading.</p>"
    )
    assert easy.grade < 4 < hard.grade
    assert easy.word_count == 12
    assert easy.reading_minutes == 1


def test_empty_text_measures_zero():
    figures = measure("", "<p></p>")
    assert (figures.grade, figures.word_count, figures.reading_minutes) == (0, 0, 0)


def test_reading_minutes_round_up():
    words = " ".join(["knee"] * 401)
    assert measure(f"<p>{words}.</p>").reading_minutes == 3


# Spanish: INFLESZ (Szigriszt-Pazos) and Fernández-Huerta -------------------------

EASY_SPANISH = "<p>El perro come. El gato duerme.</p>"
HARD_SPANISH = (
    "<p>La osteoartritis gonartrósica constituye una patología degenerativa caracterizada "
    "por alteraciones estructurales del cartílago articular, asociadas frecuentemente a "
    "manifestaciones inflamatorias sinoviales y remodelación ósea subcondral.</p>"
)


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("rodilla", 3),  # ro-di-lla
        ("día", 2),  # dí-a: an accented i stands alone (pyphen: 1)
        ("río", 2),
        ("agua", 2),  # a-gua (pyphen: 1)
        ("caer", 2),  # ca-er: two strong vowels (pyphen: 1)
        ("ibuprofeno", 5),  # i-bu-pro-fe-no (pyphen: 3)
        ("ejercicio", 4),  # e-jer-ci-cio (pyphen: 3)
        ("tendinopatía", 6),
        ("fisioterapeuta", 6),  # fi-sio-te-ra-peu-ta
        ("ciudad", 2),  # ciu-dad: i and u together are one
        ("cuidado", 3),
        ("que", 1),  # the u of que, qui, gue, gui is not said
        ("guitarra", 3),
        ("pingüino", 3),
        ("muy", 1),  # y after a vowel joins it
        ("ya", 1),  # y before a vowel is a consonant
        ("y", 1),
        ("ahí", 2),  # a-hí
        ("Acetaminofén", 6),
        ("48", 1),  # a numeral counts as one, as in textstat
    ],
)
def test_spanish_syllables(word, syllables):
    assert spanish_syllables(word) == syllables


def test_spanish_scores_follow_the_published_formulas():
    # 6 words, 2 sentences, 10 syllables (el pe-rro co-me, el ga-to duer-me):
    # INFLESZ = 206.835 - 62.3 x 10/6 - 6/2
    # Fernández-Huerta = 206.84 - 60 x 10/6 - 1.02 x 6/2
    figures = measure(EASY_SPANISH, language="es")
    assert figures.word_count == 6
    assert figures.inflesz == round(206.835 - 62.3 * 10 / 6 - 3, 1) == 100.0
    assert figures.fernandez_huerta == round(206.84 - 60 * 10 / 6 - 1.02 * 3, 1) == 103.8


def test_spanish_syllables_are_counted_by_vowel_not_by_hyphenation():
    # 4 words, 1 sentence, 7 syllables (el rí-o ca-e a-llí). textstat's own
    # szigriszt_pazos(text, "es") counts fewer with pyphen and gives 140.5.
    assert measure("<p>El río cae allí.</p>", language="es").inflesz == round(
        206.835 - 62.3 * 7 / 4 - 4, 1
    )


def test_plain_spanish_scores_higher_than_medical_spanish():
    plain = measure(
        "<h2>Hielo</h2><ul><li>Ponga hielo en la rodilla.</li><li>Descanse un poco.</li></ul>",
        language="es",
    )
    hard = measure(HARD_SPANISH, language="es")
    assert hard.inflesz < 40 < 80 < plain.inflesz
    assert inflesz_band(hard.inflesz).scale_name == "muy difícil"
    assert inflesz_band(plain.inflesz).scale_name == "muy fácil"


def test_spanish_has_no_grade_and_english_has_no_inflesz():
    spanish = measure(EASY_SPANISH, language="es")
    english = measure("<p>Rest your knee. Put ice on it.</p>")
    assert (spanish.language, spanish.grade, spanish.smog) == ("es", None, None)
    assert (english.language, english.inflesz, english.fernandez_huerta) == ("en", None, None)


def test_empty_spanish_text_measures_zero():
    figures = measure("", "<p></p>", language="es")
    assert (figures.inflesz, figures.word_count, figures.reading_minutes) == (0, 0, 0)


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError, match="fr"):
        measure(EASY_SPANISH, language="fr")


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (39.9, "muy difícil"),
        (40, "algo difícil"),
        (54.9, "algo difícil"),
        (55, "normal"),
        (64.9, "normal"),
        (65, "bastante fácil"),
        (80, "bastante fácil"),
        (80.1, "muy fácil"),
        (-12, "muy difícil"),
    ],
)
def test_inflesz_bands(score, band):
    assert inflesz_band(score).scale_name == band


def test_english_and_spanish_can_be_measured_at_the_same_time():
    """No shared language setting: textstat.set_lang() would let one thread's
    Spanish text be counted with another's English syllables."""
    # Words whose syllables the English and Spanish counts disagree on.
    texts = [f"<p>{'La rodilla hinchada necesita hielo. ' * n}</p>" for n in range(1, 30)]
    english = [
        f"<p>{'Your kneecap became swollen and uncomfortable. ' * n}</p>" for n in range(1, 30)
    ]
    jobs = [(text, "es") for text in texts] + [(text, "en") for text in english]
    expected = [measure(text, language=language) for text, language in jobs]
    for cached in (metrics.flesch_kincaid_grade, metrics.smog_index, counts.count_syllables):
        cached.cache_clear()  # make the threads count again
    switch_interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads often, as a busy server would
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            got = list(pool.map(lambda job: measure(job[0], language=job[1]), jobs * 5))
    finally:
        sys.setswitchinterval(switch_interval)
    assert got == expected * 5


def test_measuring_never_sets_textstats_process_wide_language(monkeypatch):
    def refuse(lang):
        raise AssertionError(f"set_lang({lang!r}) changes the language for every thread")

    monkeypatch.setattr(textstat, "set_lang", refuse)
    monkeypatch.setattr(textstat.textstat, "set_lang", refuse)
    assert measure(EASY_SPANISH, language="es").inflesz == 100.0
    assert measure("<p>Rest your knee. Put ice on it.</p>").smog == 3.1


def test_measuring_downloads_nothing(monkeypatch):
    """textstat 0.7.9+ fetches NLTK data; 0.7.8 with pyphen's own dictionaries must not."""

    def no_network(*args, **kwargs):
        raise AssertionError("readability tried to use the network")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    text = "<p>Un texto nuevo sobre la rótula, el menisco y la tendinopatía.</p>"
    assert measure(text, language="es").inflesz > 0
    assert measure("<p>A new text about the kneecap and tendinopathy.</p>").grade > 0


def test_within_target_reads_each_scale_the_right_way_up():
    targets = {"grade_target": 8, "inflesz_target": 65}
    assert within_target(measure(EASY_SPANISH, language="es"), **targets)
    assert not within_target(measure(HARD_SPANISH, language="es"), **targets)
    assert within_target(measure("<p>Rest your knee. Put ice on it.</p>"), **targets)
    hard_english = measure(
        "<p>Patellofemoral pain syndrome is characterised by retropatellar discomfort "
        "exacerbated by activities involving considerable flexion under compressive loading.</p>"
    )
    assert not within_target(hard_english, **targets)
