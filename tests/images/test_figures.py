"""images/figures.py: pure functions of HTML and plain Picture data (no database)."""

from django.utils.html import format_html

from images.figures import figure_ids, figures, render_figures
from images.pictures import Picture, SourceSet


def picture(pk=12, *, alt_texts=(("en", "The knee bones"),), credit=""):
    return Picture(
        id=pk,
        title=f"Picture {pk}",
        width=640,
        height=427,
        sources=(
            SourceSet("image/webp", f"/media/renditions/{pk}-320.webp 320w"),
            SourceSet("image/jpeg", f"/media/renditions/{pk}-320.jpeg 320w"),
        ),
        fallback_src=f"/media/renditions/{pk}-320.jpeg",
        print_name="",
        print_width=0,
        print_height=0,
        alt_texts=alt_texts,
        credit=credit,
    )


FIGURE = '<figure data-image="{}" data-alt="{}"{}>{}</figure>'


def ref(pk, alt="", *, decorative=False, caption=""):
    return FIGURE.format(
        pk,
        alt,
        ' data-decorative="true"' if decorative else "",
        f"<figcaption>{caption}</figcaption>" if caption else "",
    )


def test_figure_ids_in_reading_order_each_once():
    html = "<p>a</p>" + ref(7, "x") + ref(3, "y") + ref(7, "z") + '<figure data-alt="q"></figure>'
    assert figure_ids(html) == [7, 3]
    assert figure_ids("") == []
    assert figure_ids("<p>No pictures</p>") == []


def test_a_reference_reads_its_alt_caption_and_decoration():
    [found] = figures(ref(5, "Swollen knee &amp; ankle", caption="After <strong>a fall</strong>"))
    assert found.image_id == 5
    assert found.alt == "Swollen knee & ankle"
    assert found.caption_html == "After <strong>a fall</strong>"
    assert not found.decorative
    [plain] = figures(ref(5, decorative=True))
    assert plain.decorative and plain.alt == ""


def test_render_turns_each_reference_into_a_picture_with_its_caption():
    html = "<p>Before</p>" + ref(12, "Your kneecap", caption="The kneecap") + "<p>After</p>"
    out = render_figures(html, {12: picture()}, language="en")
    assert out.startswith('<p>Before</p><figure class="figure"><picture>')
    assert '<source type="image/webp" srcset="/media/renditions/12-320.webp 320w"' in out
    assert 'width="640" height="427" alt="Your kneecap"' in out
    assert "<figcaption>The kneecap</figcaption>" in out
    assert out.endswith("</figure><p>After</p>")
    assert "data-image" not in out


def test_first_picture_eager_the_rest_lazy():
    html = ref(1, "one") + ref(2, "two") + ref(1, "again")
    out = render_figures(html, {1: picture(1), 2: picture(2)}, language="en")
    assert out.count('loading="eager"') == 1
    assert out.count('loading="lazy"') == 2
    assert out.index('loading="eager"') < out.index('loading="lazy"')
    later = render_figures(html, {1: picture(1), 2: picture(2)}, language="en", first_eager=False)
    assert 'loading="eager"' not in later


def test_a_missing_image_renders_nothing_and_the_next_one_is_still_eager():
    html = "<p>a</p>" + ref(99, "gone", caption="Gone") + ref(12, "here")
    out = render_figures(html, {12: picture()}, language="en")
    assert "Gone" not in out and "99" not in out
    assert out.count("<picture>") == 1
    assert 'loading="eager"' in out


def test_decorative_has_empty_alt():
    out = render_figures(ref(12, decorative=True), {12: picture()}, language="en")
    assert 'alt=""' in out and "lang=" not in out


def test_empty_alt_falls_back_to_the_default_in_the_language_else_english_marked():
    pic = picture(alt_texts=(("en", "The knee bones"), ("es", "Los huesos de la rodilla")))
    spanish = render_figures(ref(12), {12: pic}, language="es")
    assert 'alt="Los huesos de la rodilla"' in spanish and "lang=" not in spanish
    english_only = render_figures(ref(12), {12: picture()}, language="es")
    assert 'alt="The knee bones" lang="en"' in english_only
    own = render_figures(ref(12, "Huesos"), {12: pic}, language="es")
    assert 'alt="Huesos"' in own


def test_alt_and_caption_cannot_break_out_of_the_markup():
    html = ref(12, "&quot; onerror=&quot;alert(1)", caption="<em>x</em>")
    out = render_figures(html, {12: picture()}, language="en")
    assert 'alt="&quot; onerror=&quot;alert(1)"' in out
    assert " onerror=" not in out.replace("&quot; onerror=", "")


def test_credit_shows_in_the_caption():
    out = render_figures(ref(12, "a"), {12: picture(credit="Ana Silva, CC BY 4.0")}, language="en")
    assert '<span class="figure__credit">Ana Silva, CC BY 4.0</span>' in out


def test_a_pdf_may_draw_each_picture_its_own_way():
    def printed(picture, *, alt, alt_lang, eager):
        return format_html('<img src="print-{}" alt="{}">', picture.id, alt)

    out = render_figures(
        ref(12, "Knee", caption="Cap"), {12: picture()}, language="en", render=printed
    )
    assert (
        out
        == '<figure class="figure"><img src="print-12" alt="Knee"><figcaption>Cap</figcaption></figure>'
    )


def test_a_greater_than_sign_in_an_alt_text_does_not_cut_the_figure():
    html = (
        '<figure data-image="12" data-alt="Pain > 7 of 10"><figcaption>Scale</figcaption></figure>'
    )
    [found] = figures(html)
    assert (found.image_id, found.alt, found.caption_html) == (12, "Pain > 7 of 10", "Scale")
    out = render_figures(html, {12: picture()}, language="en")
    assert 'alt="Pain &gt; 7 of 10"' in out and "<figcaption>Scale</figcaption>" in out
