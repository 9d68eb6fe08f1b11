from publishing.readability import measure, plain_text, text_blocks


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
