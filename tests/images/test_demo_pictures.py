"""The demo pictures: drawn by the project, the same bytes every time, with plain
English and Spanish alt texts, and loaded once however often the demo loads."""

import io
import re

import pytest
from django.core.management import call_command
from PIL import Image as PILImage

from exercises.demo_pictures.catalogue import PICTURES as EXERCISE_PICTURES
from images.demo import drawn, ensure_demo_pictures
from images.demo_pictures.catalogue import CREDIT, PICTURES
from images.models import Image, ImageAltText, Purpose, Rendition, Source
from images.storage import renditions
from portal.demo_pictures import ANATOMY_ARTICLE, LEAD_IMAGES, figure_html
from publishing.readability import measure

CONDITION_PICTURES = {
    "patellofemoral-pain",
    "knee-ligament-sprain",
    "acl-sprain",
    "mcl-sprain",
    "knee-osteoarthritis",
    "meniscus-tear",
}


def test_there_is_an_anatomy_diagram_in_each_language_and_a_picture_per_condition():
    keys = {picture.key for picture in PICTURES}
    assert {"knee-anatomy", "knee-anatomy-es"} | CONDITION_PICTURES == keys
    assert set(LEAD_IMAGES.values()) <= keys


@pytest.mark.parametrize("picture", PICTURES, ids=lambda p: p.key)
def test_each_picture_is_a_deterministic_png_wide_enough_to_print(picture):
    first, second = picture.draw(), picture.draw()

    assert first == second
    image = PILImage.open(io.BytesIO(first))
    assert (image.format, image.size) == ("PNG", (2000, 1500))
    # Nothing but pixels: no text chunks (dates, software) that could differ.
    assert not image.info.get("dpi") and not image.text


@pytest.mark.parametrize("picture", PICTURES, ids=lambda p: p.key)
def test_each_picture_has_plain_alt_texts_in_english_and_spanish(picture):
    english, spanish = measure(picture.alt_en), measure(picture.alt_es, language="es")

    assert english.grade <= 8, picture.alt_en
    # INFLESZ 65 or more: "bastante fácil" (fairly easy), the clinic's default target.
    assert spanish.inflesz >= 65, picture.alt_es
    assert len(picture.alt_en) <= 300 and len(picture.alt_es) <= 300  # the field's size


def test_the_labels_name_the_parts_in_each_language():
    """The words drawn are the catalogue's: English on one diagram, Spanish on the other."""
    by_key = {picture.key: picture for picture in PICTURES}
    english = {label.main for label in by_key["knee-anatomy"].knee.labels}
    spanish = {label.main for label in by_key["knee-anatomy-es"].knee.labels}

    assert english == {"Thighbone", "Shinbone", "Kneecap", "ACL", "MCL", "Meniscus"}
    assert spanish == {"Fémur", "Tibia", "Rótula", "LCA", "LCM", "Menisco"}


@pytest.mark.django_db
def test_loading_adds_each_picture_once_with_its_alt_texts_and_renditions(image_storage):
    first = ensure_demo_pictures()
    again = ensure_demo_pictures()

    assert first == again
    assert Image.objects.count() == len(PICTURES)
    for picture in PICTURES:
        image = first[picture.key]
        assert (image.source, image.credit, image.alt_text) == (
            Source.CLINIC,
            CREDIT,
            picture.alt_en,
        )
        assert image.alt_texts.get(language="es").alt_text == picture.alt_es
        printed = image.renditions.get(purpose=Purpose.PRINT)
        assert (printed.width, printed.height) == (2000, 1500)
        with renditions().open(printed.file.name) as file:
            assert file.read() == drawn(picture.key)
    assert (image_storage / "renditions").is_dir()


@pytest.mark.django_db
def test_another_catalogue_loads_beside_the_knee_pictures_and_leaves_them_alone(image_storage):
    """The exercises' pictures go in through the same loader (``pictures=``)."""
    knee = ensure_demo_pictures()
    exercises = ensure_demo_pictures(pictures=EXERCISE_PICTURES)

    assert set(exercises) == {picture.key for picture in EXERCISE_PICTURES}
    assert ensure_demo_pictures(pictures=EXERCISE_PICTURES) == exercises
    assert ensure_demo_pictures() == knee
    assert Image.objects.count() == len(PICTURES) + len(EXERCISE_PICTURES)
    picture = EXERCISE_PICTURES[0]
    image = exercises[picture.key]
    assert (image.title, image.alt_text) == (picture.title, picture.alt_en)
    assert image.alt_texts.get(language="es").alt_text == picture.alt_es
    printed = image.renditions.get(purpose=Purpose.PRINT)
    with renditions().open(printed.file.name) as file:
        assert file.read() == drawn(picture.key, EXERCISE_PICTURES) == picture.draw()


@pytest.mark.django_db
def test_a_renamed_picture_is_found_by_its_content_not_added_again(image_storage):
    pictures = ensure_demo_pictures()
    Image.objects.filter(pk=pictures["knee-anatomy"].pk).update(title="Our knee diagram")

    again = ensure_demo_pictures()

    assert again["knee-anatomy"].pk == pictures["knee-anatomy"].pk
    assert Image.objects.count() == len(PICTURES)


@pytest.mark.django_db
def test_load_demo_content_twice_makes_no_duplicates(roles, image_storage):
    call_command("load_demo_content", verbosity=0)
    counts = (Image.objects.count(), ImageAltText.objects.count(), Rendition.objects.count())
    call_command("load_demo_content", verbosity=0)

    assert counts[0] == len(PICTURES) + len(EXERCISE_PICTURES)
    assert (
        Image.objects.count(),
        ImageAltText.objects.count(),
        Rendition.objects.count(),
    ) == counts


@pytest.mark.django_db
def test_the_knee_article_shows_the_diagram_in_each_language(roles, image_storage):
    from articles.models import Article

    call_command("load_demo_content", verbosity=0)
    call_command("load_demo_content", verbosity=0)

    article = Article.objects.get(slug=ANATOMY_ARTICLE)
    english = Image.objects.get(title="Parts of the knee (labelled in English)")
    spanish = Image.objects.get(title="Parts of the knee (labelled in Spanish)")
    assert article.body.count("<figure") == 1
    assert f'data-image="{english.pk}"' in article.body
    assert f'data-image="{spanish.pk}"' in article.translations.get(language="es").body
    assert figure_html(english, alt="x", caption="y").startswith("<figure data-image=")


@pytest.mark.django_db
def test_each_demo_condition_leads_with_its_picture(roles, image_storage):
    from articles.models import Condition

    call_command("load_demo_content", verbosity=0)
    call_command("load_demo_content", verbosity=0)

    for slug, key in LEAD_IMAGES.items():
        condition = Condition.objects.get(slug=slug)
        title = next(picture.title for picture in PICTURES if picture.key == key)
        assert condition.lead_image.title == title


@pytest.mark.django_db
def test_every_picture_a_demo_page_offers_is_served(client, roles, image_storage):
    """What `make run` shows: each address in the pages' <picture>s answers with
    a picture (the demo pictures' renditions have names of their own)."""
    call_command("load_demo_content", verbosity=0)
    pages = ["/articles/how-your-knee-works/", "/es/articles/how-your-knee-works/"]
    pages += [f"/conditions/{slug}/" for slug in LEAD_IMAGES]
    offered = set()
    for page in pages:
        html = client.get(page).content.decode()
        assert "<picture>" in html, page
        offered.update(re.findall(r'(/media/renditions/[^" ,]+)', html))
    assert len(offered) >= 10
    for address in offered:
        response = client.get(address)
        assert response.status_code == 200, address
        assert PILImage.open(io.BytesIO(b"".join(response.streaming_content))).width > 0


@pytest.mark.django_db
def test_every_demo_picture_saves_unchanged_in_the_admin(client, author, image_storage):
    """As staff would: open each shipped picture's page in the admin and save it as it is."""
    from tests.support.forms import form_values

    call_command("load_demo_content", verbosity=0)
    client.force_login(author)
    images = list(Image.objects.order_by("pk"))
    assert len(images) == len(PICTURES) + len(EXERCISE_PICTURES)
    for image in images:
        url = f"/admin/images/image/{image.pk}/change/"
        page = client.get(url)
        assert page.status_code == 200, url
        saved = client.post(url, form_values(page.content.decode(), "image_form"))
        assert saved.status_code == 302, (image.title, saved.context["adminform"].form.errors)
        assert client.get(url).status_code == 200
        assert ImageAltText.objects.filter(image=image, language="es").count() == 1
