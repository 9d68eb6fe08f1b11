"""A picture added to a live article's draft through the
editor's Picture button, reviewed and published; the public page shows it only then."""

import io
import re

from PIL import Image as PillowImage
from playwright.sync_api import expect

from articles.models import Article
from images.models import Image, Source
from publishing.models import Draft
from tests.browser.axe import assert_no_axe_violations
from tests.factories import ArticleFactory
from tests.support.illustrated import figure, make_image, picture_storage  # noqa: F401 - a fixture
from tests.support.pictures import jpeg_with_gps
from tests.support.staff import browser_log_in


def test_a_picture_added_to_a_live_articles_draft_shows_once_published(
    live_server,
    browser,
    staff,
    picture_storage,  # noqa: F811 - the fixture
):
    # The author uploads a phone photo: it carries the camera's EXIF with a GPS position.
    author = browser_log_in(browser, live_server, "ana")
    author.goto(live_server.url + "/admin/images/image/add/")
    author.locator("input[name=file]").set_input_files(
        files=[{"name": "kneecap.jpg", "mimeType": "image/jpeg", "buffer": jpeg_with_gps(seed=7)}]
    )
    author.locator("input[name=title]").fill("Kneecap from the front")
    author.locator("select[name=source]").select_option(Source.CLINIC)
    author.locator("input[name=alt_text]").fill("The kneecap, seen from the front")
    author.get_by_role("button", name="Save", exact=True).click()
    expect(author.locator(".messagelist")).to_be_visible()
    image = Image.objects.get(title="Kneecap from the front")
    assert image.uploaded_by == staff["author"]
    article = ArticleFactory(
        published=True,
        author=staff["author"],
        title="Your kneecap",
        slug="your-kneecap",
        body="<p>The kneecap protects the front of the knee.</p>",
    )
    url = live_server.url + "/articles/your-kneecap/"

    author.goto(live_server.url + f"/admin/articles/article/{article.pk}/change/")
    editor = author.locator(".field-body .ProseMirror[contenteditable=true]")
    editor.get_by_text("The kneecap protects").click()
    author.keyboard.press("End")
    author.locator(".field-body [data-name=picture]").click()
    dialog = author.locator("dialog[open]")
    expect(dialog).to_be_visible()
    dialog.locator("select[name=image]").select_option(
        label=f"Kneecap from the front (#{image.pk})"
    )
    # Prefilled from the image's own alt text, and editable for this use.
    alt = dialog.locator("input[name=alt]")
    expect(alt).to_have_value("The kneecap, seen from the front")
    alt.fill("The kneecap sits at the front of the knee")
    dialog.locator("input[name=caption]").fill("Your kneecap")
    dialog.get_by_role("button", name="Insert").click()
    # The editor shows the picture (its thumbnail, not stored) with its words.
    shown = editor.locator(f"figure.prose-picture[data-image='{image.pk}']")
    expect(shown).to_contain_text("Your kneecap")
    expect(shown).to_contain_text("The kneecap sits at the front of the knee")
    assert shown.locator("img").get_attribute("src").startswith("/media/renditions/")

    author.get_by_role("button", name="Save and continue editing").click()
    expect(author.locator(".messagelist")).to_contain_text("saved as a draft")
    author.get_by_role("button", name="Submit for review").click()
    expect(author.locator(".messagelist")).to_contain_text("Changes in review")
    [draft] = Draft.objects.all()
    stored = draft.data["fields"]["body"]
    assert (
        f'<figure data-image="{image.pk}" data-alt="The kneecap sits at the front of the knee">'
        "<figcaption>Your kneecap</figcaption></figure>"
    ) in stored
    assert "<img" not in stored and "/media/" not in stored

    # Patients still get the live page as it was.
    public = browser.new_context().new_page()
    assert public.goto(url).status == 200
    expect(public.locator("picture")).to_have_count(0)

    reviewer = browser_log_in(browser, live_server, "rui")
    reviewer.goto(live_server.url + f"/admin/articles/article/{article.pk}/change/")
    reviewer.get_by_role("button", name="Approve (clinical review)").click()
    expect(reviewer.locator(".messagelist")).to_be_visible()
    public = browser.new_context().new_page()
    public.goto(url)
    expect(public.locator("picture")).to_have_count(0)

    publisher = browser_log_in(browser, live_server, "pia")
    publisher.goto(live_server.url + f"/admin/articles/article/{article.pk}/change/")
    publisher.get_by_role("button", name="Publish", exact=True).click()
    expect(publisher.locator(".messagelist")).to_contain_text("Status is now “Live”")
    assert f'data-image="{image.pk}"' in Article.objects.get(pk=article.pk).body

    public = browser.new_context().new_page()
    public.goto(url)
    picture = public.locator(".rich-text figure picture")
    expect(picture).to_have_count(1)
    img = picture.locator("img")
    expect(img).to_have_attribute("alt", "The kneecap sits at the front of the knee")
    # The largest rendition's size (the photo is 1000 x 750: no wider rendition).
    expect(img).to_have_attribute("width", "960")
    expect(img).to_have_attribute("height", "720")
    srcset = img.get_attribute("srcset")
    assert re.search(r"-320\.jpg 320w, .*-640\.jpg 640w, .*-960\.jpg 960w$", srcset)
    expect(picture.locator("source[type='image/avif']")).to_have_count(1)
    expect(picture.locator("source[type='image/webp']")).to_have_count(1)
    # Every file the page offers answers, re-encoded: no EXIF, so no GPS position.
    offered = {
        entry.split()[0]
        for srcset in picture.locator("[srcset]").evaluate_all("els => els.map(e => e.srcset)")
        for entry in srcset.split(", ")
    }
    assert len(offered) >= 6
    for address in offered:
        served = public.request.get(live_server.url + address)
        assert served.status == 200, address
        assert served.headers["x-content-type-options"] == "nosniff"
        assert b"Exif" not in served.body() and b"PhoneMaker" not in served.body(), address
        assert not PillowImage.open(io.BytesIO(served.body())).getexif(), address
    expect(public.locator(".rich-text figcaption")).to_have_text("Your kneecap")
    assert_no_axe_violations(public)


def test_a_spanish_page_has_its_own_alt_texts_and_marks_english_fallbacks(
    live_server,
    browser,
    transactional_db,
    picture_storage,  # noqa: F811 - the fixture
):
    from clinic.models import ClinicSettings
    from tests.factories import ConditionTranslationFactory

    ClinicSettings.load()
    both = make_image(alt_text="The knee bones", alt_texts={"es": "Los huesos de la rodilla"})
    english_only = make_image(alt_text="A swollen knee")
    translation = ConditionTranslationFactory(
        published=True,
        source__lead_image=english_only,
        overview="<p>Resumen.</p>"
        + figure(both, alt="La rótula", caption="Su rótula")
        + figure(both),  # no alt here: the image's Spanish one
    )
    page = browser.new_context().new_page()
    page.goto(live_server.url + f"/es{translation.source.get_absolute_url()}")
    lead = page.locator(".lead-picture img")
    expect(lead).to_have_attribute("alt", "A swollen knee")
    expect(lead).to_have_attribute("lang", "en")
    figures = page.locator(".rich-text figure img")
    expect(figures).to_have_count(2)
    expect(figures.nth(0)).to_have_attribute("alt", "La rótula")
    expect(figures.nth(1)).to_have_attribute("alt", "Los huesos de la rodilla")
    assert figures.nth(0).get_attribute("lang") is None
    expect(page.locator(".rich-text figcaption")).to_have_text("Su rótula")
    assert_no_axe_violations(page)
