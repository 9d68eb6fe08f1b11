"""Writes to the image library: upload, edit, delete, rebuild renditions.

Each is keyword-only and atomic and checks before it writes. Files are not
part of the database's transaction, so: an upload writes its files only once
every check has passed, and deletes them again if the transaction fails; old
files (a deleted image's, a rebuild's replaced renditions) are deleted only
once the transaction has committed.
"""

import hashlib
from collections.abc import Iterable

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from audit.models import Action
from audit.recording import record
from images import renditions, storage
from images.models import Image, ImageAltText, Rendition
from images.usage import Use, image_uses
from images.validation import Checked, check_size, check_upload

# What image_update may change: the file (and all derived from it) never changes;
# a different picture is a new upload.
EDITABLE = ("title", "source", "credit", "source_url", "alt_text", "focal_x", "focal_y")


class DuplicateImage(ValidationError):
    """The same bytes are already in the library, as ``existing``; ``field``: the
    form field the message belongs to."""

    def __init__(self, existing: Image, *, field: str | None = None):
        self.existing = existing
        message = _(
            "This picture is already in the library, as “%(title)s” (image %(id)s). "
            "Use that one instead of uploading it again."
        ) % {"title": existing.title, "id": existing.pk}
        if field:
            super().__init__({field: [ValidationError(message, code="duplicate")]})
        else:
            super().__init__(message, code="duplicate")


class ImageInUse(ValidationError):
    """Deleting would take the picture off these pages."""

    def __init__(self, uses: list[Use]):
        self.uses = uses
        super().__init__(
            _(
                "This picture is used on these pages, so it cannot be deleted: "
                "%(pages)s. Take it off these pages first."
            )
            % {"pages": "; ".join(use.label for use in uses)},
            code="in_use",
        )


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_upload(file) -> bytes:
    """The bytes of an uploaded file (or of bytes), refusing an oversized file
    before reading it whole."""
    if isinstance(file, bytes):
        data = file
    else:
        size = getattr(file, "size", None)
        if size is not None:
            check_size(size)
        file.seek(0)
        data = file.read()
        file.seek(0)
    return data


def upload_checks(data: bytes) -> Checked:
    """Every check an upload must pass (also run by the admin's form, to put the
    message next to the file field). Raises ValidationError or DuplicateImage."""
    checked = check_upload(data)
    existing = Image.objects.filter(content_hash=content_hash(data)).first()
    if existing is not None:
        raise DuplicateImage(existing)
    return checked


def image_create(
    *,
    file,
    title: str,
    source: str,
    credit: str = "",
    source_url: str = "",
    alt_text: str = "",
    user,
    focal_x: float | None = None,
    focal_y: float | None = None,
    alt_texts: dict[str, str] | None = None,
) -> Image:
    """Add a picture to the library, with its renditions. ``alt_texts``: the
    default alt text in other languages, by language code."""
    data = read_upload(file)
    try:
        checked = upload_checks(data)
    except ValidationError as error:
        raise _on_file(error) from None
    image = Image(
        title=title,
        source=source,
        credit=credit,
        source_url=source_url,
        alt_text=alt_text,
        focal_x=focal_x,
        focal_y=focal_y,
        width=checked.width,
        height=checked.height,
        file_size=checked.file_size,
        format=checked.format,
        content_hash=content_hash(data),
        uploaded_by=user if getattr(user, "pk", None) else None,
    )
    image.full_clean(exclude=["file", "content_hash"])
    encoded = renditions.encode_all(data)  # slow: before any lock is taken
    written = []
    try:
        with transaction.atomic():
            image.file.save("original", ContentFile(data), save=False)
            written.append((storage.originals(), image.file.name))
            image.save()
            _save_alt_texts(image, alt_texts or {})
            written.extend((storage.renditions(), name) for name in _store(image, encoded))
            _record(image, user, f"uploaded: {image.format}, {image.width}×{image.height}")
    except IntegrityError as error:
        _delete_files(written)
        existing = Image.objects.filter(content_hash=image.content_hash).first()
        if existing is None:
            raise
        raise DuplicateImage(existing, field="file") from error
    except BaseException:
        _delete_files(written)
        raise
    return image


def _on_file(error: ValidationError) -> ValidationError:
    """The error as the file field's, keeping a duplicate's ``existing``."""
    if isinstance(error, DuplicateImage):
        return DuplicateImage(error.existing, field="file")
    return ValidationError({"file": error.error_list})


def _save_alt_texts(image: Image, alt_texts: dict[str, str]) -> None:
    others = {code for code, _name in settings.LANGUAGES} - {"en"}
    unknown = set(alt_texts) - others
    if unknown:
        raise ValidationError(
            {
                "alt_texts": _("Alt texts are for these languages only: %(codes)s.")
                % {"codes": ", ".join(sorted(others))}
            }
        )
    for language, text in alt_texts.items():
        if text.strip():
            ImageAltText.objects.update_or_create(
                image=image, language=language, defaults={"alt_text": text.strip()}
            )
        else:
            ImageAltText.objects.filter(image=image, language=language).delete()


def _store(image: Image, encoded: Iterable[renditions.Encoded]) -> list[str]:
    """Write the renditions' files and rows; the names written."""
    target = storage.renditions()
    rows = []
    for one in encoded:
        name = renditions.store(one, image.pk, target)
        rows.append(
            Rendition(
                image=image,
                purpose=one.purpose,
                format=one.format,
                width=one.width,
                height=one.height,
                file=name,
            )
        )
    Rendition.objects.bulk_create(rows)
    return [row.file.name for row in rows]


def _delete_files(files: Iterable[tuple]) -> None:
    for where, name in files:
        if name:
            where.delete(name)


def _delete_on_commit(files: list[tuple]) -> None:
    transaction.on_commit(lambda: _delete_files(files))


def _record(image: Image, user, detail: str) -> None:
    """The audit trail: who uploaded, changed or deleted which picture."""
    actor = user if getattr(user, "pk", None) else None
    record(action=Action.IMAGE, actor=actor, obj=image, detail=detail)


def _locked(image: Image, expected_version: int | None = None) -> Image:
    current = Image.objects.select_for_update().get(pk=image.pk)
    if expected_version is not None and current.version != int(expected_version):
        raise ValidationError(
            _(
                "Someone changed this picture after you opened it. Your changes have not "
                "been saved, so nothing of theirs is lost. Open the picture again to see "
                "their version, then make your changes."
            ),
            code="edit_conflict",
        )
    return current


@transaction.atomic
def image_update(*, image: Image, data: dict, user, expected_version: int) -> Image:
    """Change a picture's words (title, source, credit, alt texts, focal point).
    Refused when someone has saved it since ``expected_version``."""
    unknown = set(data) - set(EDITABLE) - {"alt_texts"}
    if unknown:
        raise ValueError(f"image_update cannot change {sorted(unknown)}")
    current = _locked(image, expected_version)
    changed = [name for name in EDITABLE if name in data and data[name] != getattr(current, name)]
    for name in EDITABLE:
        if name in data:
            setattr(current, name, data[name])
    current.full_clean(exclude=["file"])
    current.version += 1
    current.save()
    _save_alt_texts(current, data.get("alt_texts") or {})
    _record(current, user, "changed: " + (", ".join(changed) or "alt texts"))
    return current


@transaction.atomic
def image_delete(*, image: Image, user) -> None:
    """Delete a picture and its files; refused while any page or draft uses it."""
    current = _locked(image)
    uses = image_uses(current)
    if uses:
        raise ImageInUse(uses)
    files = [(storage.originals(), current.file.name)] + [
        (storage.renditions(), r.file.name) for r in current.renditions.all()
    ]
    _record(current, user, "deleted")
    current.delete()
    _delete_on_commit(files)


def rebuild_renditions(*, image: Image) -> Image:
    """Make the picture's renditions again from its original (new settings, or
    lost files); files no longer named are deleted once this commits."""
    with storage.originals().open(image.file.name, "rb") as original:
        data = original.read()
    encoded = renditions.encode_all(data)
    target = storage.renditions()
    fresh = [(target, one.name(image.pk)) for one in encoded]
    fresh = [(where, name) for where, name in fresh if not where.exists(name)]
    try:
        with transaction.atomic():
            current = _locked(image)
            old = {r.file.name for r in current.renditions.all()}
            current.renditions.all().delete()
            names = set(_store(current, encoded))
            _delete_on_commit([(target, name) for name in old - names])
    except BaseException:
        _delete_files(fresh)
        raise
    return current
