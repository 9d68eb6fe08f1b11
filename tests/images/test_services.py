"""The upload service against the real database, real files (in tmp_path) and
real Pillow: what is stored, what every rendition is, and what is refused."""

import hashlib
import io

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from PIL import Image as PILImage

from audit.models import Action, AuditEvent
from images import storage
from images.models import Image, Purpose, Rendition, Source
from images.renditions import AVIF, EXTENSIONS, PRINT_WIDTH, SCREEN_WIDTHS
from images.services import (
    DuplicateImage,
    image_create,
    image_delete,
    image_update,
    rebuild_renditions,
)
from tests.factories import ImageFactory, StaffFactory
from tests.images.test_validation import HTML_PAGE, SVG_WITH_SCRIPT, bomb_png
from tests.support.pictures import (
    encoded,
    files_under,
    jpeg_with_gps,
    picture,
    picture_bytes,
    transparent_png,
)

pytestmark = pytest.mark.django_db


def create(data, **words):
    return image_create(
        file=data,
        title=words.pop("title", "Knee"),
        source=words.pop("source", Source.CLINIC),
        user=words.pop("user", None),
        **words,
    )


def rendition_bytes(rendition: Rendition) -> bytes:
    with storage.renditions().open(rendition.file.name, "rb") as f:
        return f.read()


def test_an_upload_keeps_the_original_privately_and_makes_every_rendition(image_storage):
    user = StaffFactory()
    data = picture_bytes(2400, 1600, seed=1)
    image = create(data, title="Knee from the front", user=user, alt_text="A knee")
    assert (image.width, image.height, image.format, image.file_size) == (
        2400,
        1600,
        "jpeg",
        len(data),
    )
    assert image.uploaded_by == user and image.version == 1
    with storage.originals().open(image.file.name, "rb") as original:
        assert original.read() == data
    assert image.content_hash in image.file.name  # never the uploader's file name
    screen = image.renditions.filter(purpose=Purpose.SCREEN)
    formats = {"avif", "webp", "jpeg"} if AVIF else {"webp", "jpeg"}
    assert set(screen.values_list("format", flat=True)) == formats
    for fmt in formats:
        assert sorted(screen.filter(format=fmt).values_list("width", flat=True)) == list(
            SCREEN_WIDTHS
        )
    printed = image.renditions.get(purpose=Purpose.PRINT)
    assert (printed.format, printed.width, printed.height) == ("jpeg", PRINT_WIDTH, 1333)
    for rendition in image.renditions.all():
        data = rendition_bytes(rendition)
        decoded = PILImage.open(io.BytesIO(data))
        assert decoded.size == (rendition.width, rendition.height)
        assert decoded.format.lower() == rendition.format
        digest = hashlib.sha256(data).hexdigest()[:16]
        ext = EXTENSIONS[rendition.format]
        assert rendition.file.name == f"{image.pk}/{digest}-{rendition.width}.{ext}"
    assert files_under(image_storage / "renditions")
    assert image.renditions.count() == len(formats) * len(SCREEN_WIDTHS) + 1


def test_no_rendition_is_wider_than_the_original(image_storage):
    image = create(picture_bytes(1000, 500, seed=2))
    widths = set(image.renditions.values_list("width", flat=True))
    assert widths == {320, 640, 960, 1000}  # 960 the widest screen one; print at its own width
    assert image.renditions.get(purpose=Purpose.PRINT).width == 1000


def test_a_picture_narrower_than_320_gets_one_rendition_at_its_own_width(image_storage):
    image = create(picture_bytes(200, 150, seed=3))
    assert set(image.renditions.values_list("width", "height")) == {(200, 150)}


def test_transparency_gets_png_instead_of_jpeg(image_storage):
    image = create(transparent_png(seed=4))
    formats = set(image.renditions.values_list("format", flat=True))
    assert "png" in formats and "jpeg" not in formats
    assert image.renditions.get(purpose=Purpose.PRINT).format == "png"
    png = image.renditions.filter(purpose=Purpose.SCREEN, format="png").first()
    assert PILImage.open(io.BytesIO(rendition_bytes(png))).mode == "RGBA"


def test_no_rendition_carries_exif_or_gps(image_storage):
    data = jpeg_with_gps(seed=5)
    assert PILImage.open(io.BytesIO(data)).getexif().get_ifd(0x8825)  # the upload has GPS
    image = create(data)
    for rendition in image.renditions.all():
        data = rendition_bytes(rendition)
        opened = PILImage.open(io.BytesIO(data))
        assert not opened.getexif(), rendition
        assert not opened.info.get("exif") and not opened.info.get("icc_profile")
        assert b"Exif" not in data and b"PhoneMaker" not in data


def test_the_exif_orientation_is_applied(image_storage):
    # Stored 600 wide and 400 high, and marked "turn a quarter to the right".
    upright = picture(600, 400, seed=6)
    left_half_red = upright.copy()
    left_half_red.paste((255, 0, 0), (0, 0, 300, 400))
    exif = PILImage.Exif()
    exif[0x0112] = 6
    image = create(encoded(left_half_red, "JPEG", exif=exif.tobytes()))
    assert (image.width, image.height) == (400, 600)
    jpeg = image.renditions.get(purpose=Purpose.SCREEN, format="jpeg", width=320)
    shown = PILImage.open(io.BytesIO(rendition_bytes(jpeg))).convert("RGB")
    assert shown.size == (320, 480)
    # Turned to the right, the red left half is now the top half.
    red, green, _blue = shown.getpixel((160, 40))
    assert red > 200 and green < 60
    assert shown.getpixel((160, 440))[0] < 200 or shown.getpixel((160, 440))[1] > 60


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (lambda: bomb_png(10_000, 10_000), "too_many_pixels"),
        (lambda: SVG_WITH_SCRIPT, "svg"),
        (lambda: HTML_PAGE, "not_a_picture"),
        (lambda: picture_bytes(100, 100) + b"\0" * (12 * 1024 * 1024), "too_big"),
        (lambda: picture_bytes(1200, 900, seed=7)[:5000], "truncated"),
    ],
    ids=["bomb", "svg", "html-named-jpg", "12-mb", "truncated"],
)
def test_a_refused_upload_stores_nothing(image_storage, data, code):
    with pytest.raises(ValidationError) as caught:
        create(data())
    assert list(caught.value.message_dict) == ["file"]
    assert caught.value.error_dict["file"][0].code == code
    assert not Image.objects.exists() and not Rendition.objects.exists()
    assert files_under(image_storage) == []


def test_the_same_file_again_names_the_existing_image(image_storage):
    data = picture_bytes(400, 300, seed=8)
    first = create(data, title="Kneecap")
    with pytest.raises(DuplicateImage) as caught:
        create(data, title="Kneecap again")
    assert caught.value.existing == first
    assert f"“Kneecap” (image {first.pk})" in caught.value.message_dict["file"][0]
    assert Image.objects.count() == 1


def test_an_open_licence_needs_a_credit_and_a_source_address(image_storage):
    with pytest.raises(ValidationError) as caught:
        create(picture_bytes(seed=9), source=Source.OPEN_LICENCE)
    assert set(caught.value.message_dict) == {"credit", "source_url"}
    with pytest.raises(ValidationError) as caught:
        create(picture_bytes(seed=9), source=Source.LICENSED)
    assert set(caught.value.message_dict) == {"credit"}
    assert files_under(image_storage) == []
    create(
        picture_bytes(seed=9),
        source=Source.OPEN_LICENCE,
        credit="Ana Silva, CC BY 4.0",
        source_url="https://example.org/knee",
    )


def test_a_stale_version_is_refused_and_the_newer_words_are_kept(image_storage):
    image = ImageFactory(title="Knee")
    opened_at = image.version
    image_update(image=image, data={"title": "Knee, front"}, user=None, expected_version=opened_at)
    with pytest.raises(ValidationError) as caught:
        image_update(
            image=image, data={"title": "Knee, side"}, user=None, expected_version=opened_at
        )
    assert caught.value.code == "edit_conflict"
    image.refresh_from_db()
    assert (image.title, image.version) == ("Knee, front", opened_at + 1)


def test_an_update_sets_the_default_alt_texts(image_storage):
    image = ImageFactory()
    image_update(
        image=image,
        data={"alt_text": "The knee", "alt_texts": {"es": "La rodilla"}},
        user=None,
        expected_version=image.version,
    )
    assert dict(image.alt_texts.values_list("language", "alt_text")) == {"es": "La rodilla"}
    with pytest.raises(ValidationError):
        image_update(
            image=image,
            data={"alt_texts": {"xx": "?"}},
            user=None,
            expected_version=image.version + 1,
        )


def test_rebuilding_brings_back_lost_files_and_deletes_replaced_ones(
    image_storage, django_capture_on_commit_callbacks
):
    image = ImageFactory()
    names = set(image.renditions.values_list("file", flat=True))
    lost = sorted(names)[0]
    storage.renditions().delete(lost)
    stray = storage.renditions().save(f"{image.pk}/0000000000000000-320.jpg", io.BytesIO(b"x"))
    Rendition.objects.filter(image=image, file=lost).update(file=stray)
    with django_capture_on_commit_callbacks(execute=True):
        rebuild_renditions(image=image)
    assert set(image.renditions.values_list("file", flat=True)) == names  # deterministic
    assert storage.renditions().exists(lost)
    assert not storage.renditions().exists(stray)


def test_uploads_changes_and_deletions_are_in_the_audit_trail(image_storage):
    user = StaffFactory(username="ana-audit")
    image = create(picture_bytes(seed=10), title="Knee", user=user)
    image_update(image=image, data={"title": "Knee, front"}, user=user, expected_version=1)
    image_delete(image=image, user=user)
    events = AuditEvent.objects.filter(action=Action.IMAGE).order_by("pk")
    assert [(e.actor_username, e.object_id, e.detail) for e in events] == [
        ("ana-audit", str(image.pk), "uploaded: jpeg, 800×600"),
        ("ana-audit", str(image.pk), "changed: title"),
        ("ana-audit", str(image.pk), "deleted"),
    ]


def test_the_rebuild_command_makes_one_images_renditions_or_all(image_storage):
    first, second = ImageFactory(), ImageFactory()
    Rendition.objects.all().delete()
    out = io.StringIO()
    call_command("rebuild_renditions", "--image", str(first.pk), stdout=out)
    assert "for 1 image(s)" in out.getvalue()
    assert first.renditions.exists() and not second.renditions.exists()
    call_command("rebuild_renditions", stdout=io.StringIO())
    assert second.renditions.count() == first.renditions.count()
    with pytest.raises(CommandError):
        call_command("rebuild_renditions", "--image", "999999")
