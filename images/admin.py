"""The image library in the admin: upload with the checks' messages next to the
file field, default alt texts per language, where each picture is used, and no
deletion while a page or draft shows it. Writes go through images/services.py."""

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from clinic.languages import translation_languages
from images import services
from images.models import Image, ImageAltText
from images.selectors import thumbnail
from images.usage import Use, image_uses
from images.validation import megabytes


def _formfield(db_field, **kwargs):
    """Addresses typed without a scheme are https (Django 6's default, today)."""
    if isinstance(db_field, models.URLField):
        kwargs["assume_scheme"] = "https"
    return db_field.formfield(**kwargs)


class ImageUploadForm(forms.ModelForm):
    """A new picture: the file is checked here, so every refusal shows next to it."""

    file = forms.FileField(
        label=gettext_lazy("Picture file"),
        # Only a hint for the file picker: the checks decode the file whatever it says.
        widget=forms.ClearableFileInput(
            attrs={"accept": "image/jpeg,image/png,image/webp,image/avif"}
        ),
        help_text=gettext_lazy(
            "A JPEG, PNG, WebP or AVIF picture, at most 10 MB and 40 megapixels. "
            "Not SVG: export drawings as PNG."
        ),
    )

    class Meta:
        model = Image
        formfield_callback = _formfield
        fields = [
            "file",
            "title",
            "source",
            "credit",
            "source_url",
            "alt_text",
            "focal_x",
            "focal_y",
        ]

    def clean_file(self):
        upload = self.cleaned_data["file"]
        try:
            self.upload_data = services.read_upload(upload)
            services.upload_checks(self.upload_data)
        except services.DuplicateImage as duplicate:
            raise ValidationError(duplicate_message(duplicate.existing)) from None
        return upload


def duplicate_message(existing: Image) -> str:
    return format_html(
        '{} <a href="{}">{}</a>',
        _("This picture is already in the library."),
        reverse("admin:images_image_change", args=[existing.pk]),
        _("Open “%(title)s” and use it instead.") % {"title": existing.title},
    )


class ImageChangeForm(forms.ModelForm):
    """A picture's words. Carries the version it was opened at: a save over
    someone else's newer one is refused, and the form keeps what was typed."""

    expected_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Image
        formfield_callback = _formfield
        fields = list(services.EDITABLE)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["expected_version"].initial = self.instance.version

    def clean(self):
        cleaned = super().clean()
        current = Image.objects.select_for_update().filter(pk=self.instance.pk).first()
        if current is not None and cleaned.get("expected_version") != current.version:
            raise ValidationError(
                _(
                    "Someone changed this picture after you opened it. Your changes have "
                    "not been saved, so nothing of theirs is lost, and what you typed is "
                    "still below. Open the picture again to see their version, then make "
                    "your changes."
                ),
                code="edit_conflict",
            )
        return cleaned


class AltTextForm(forms.ModelForm):
    class Meta:
        model = ImageAltText
        fields = ["language", "alt_text"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        languages = translation_languages()
        self.fields["language"] = forms.ChoiceField(label=_("language"), choices=languages)
        # A new row starts on its own language (row n, the n-th other language), so
        # a row left empty is unchanged and skipped, not refused as incomplete.
        index = (self.prefix or "").rsplit("-", 1)[-1]
        if self.instance.pk is None and index.isdigit() and int(index) < len(languages):
            self.fields["language"].initial = languages[int(index)][0]


class AltTextInline(admin.TabularInline):
    model = ImageAltText
    form = AltTextForm
    verbose_name = gettext_lazy("default alt text in another language")

    def get_extra(self, request, obj=None, **kwargs):
        return len(translation_languages()) if obj is None else 0

    def get_max_num(self, request, obj=None, **kwargs):
        return len(translation_languages())


def _use_html(use: Use) -> str:
    if use.admin_url:
        return format_html('<a href="{}">{}</a>', use.admin_url, use.label)
    return use.label


@admin.register(Image)
class ImageAdmin(admin.ModelAdmin):
    list_display = ["list_thumbnail", "title", "source", "size", "uploaded_by", "created"]
    list_display_links = ["list_thumbnail", "title"]
    list_filter = ["source"]
    search_fields = ["title"]
    inlines = [AltTextInline]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    readonly_fields = ["preview", "facts", "uploaded", "where_used"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("uploaded_by")
            .prefetch_related("renditions")
        )

    def get_form(self, request, obj=None, change=False, **kwargs):
        kwargs["form"] = ImageChangeForm if obj is not None else ImageUploadForm
        return super().get_form(request, obj, change=change, **kwargs)

    def get_fieldsets(self, request, obj=None):
        words = ["title", "source", "credit", "source_url", "alt_text"]
        if obj is None:
            return [
                (None, {"fields": ["file", *words]}),
                (_("Focal point"), {"fields": ["focal_x", "focal_y"]}),
            ]
        return [
            (None, {"fields": ["preview", "facts", "uploaded", *words, "expected_version"]}),
            (_("Focal point"), {"fields": ["focal_x", "focal_y"]}),
            (_("Where it is used"), {"fields": ["where_used"]}),
        ]

    # Saving through the services ---------------------------------------------

    def save_model(self, request, obj, form, change):
        if not change:
            created = services.image_create(
                file=form.upload_data,
                user=request.user,
                **{name: form.cleaned_data[name] for name in form.Meta.fields if name != "file"},
            )
            for field in Image._meta.concrete_fields:
                setattr(obj, field.attname, getattr(created, field.attname))
            obj._state.adding = False
            obj._state.db = created._state.db
            return
        saved = services.image_update(
            image=obj,
            data={name: form.cleaned_data[name] for name in services.EDITABLE},
            user=request.user,
            expected_version=form.cleaned_data["expected_version"],
        )
        obj.version = saved.version

    def delete_model(self, request, obj):
        services.image_delete(image=obj, user=request.user)

    def delete_queryset(self, request, queryset):
        for image in queryset:
            services.image_delete(image=image, user=request.user)

    def get_deleted_objects(self, objs, request):
        """Pages that use a picture are "protected": Django's delete pages (one and
        bulk) then refuse and list them."""
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        for image in objs:
            for use in image_uses(image):
                protected.append(
                    format_html(
                        "{}: {}",
                        _("“%(title)s” is used by") % {"title": image.title},
                        _use_html(use),
                    )
                )
        return deleted, counts, perms_needed, protected

    # What staff see ----------------------------------------------------------

    @admin.display(description=gettext_lazy("picture"))
    def list_thumbnail(self, obj):
        found = thumbnail(obj)
        if found is None:
            return "-"
        return format_html(
            '<img src="{}" width="{}" height="{}" alt="" style="max-width:8rem;height:auto">',
            found.file.url,
            found.width,
            found.height,
        )

    @admin.display(description=gettext_lazy("size"))
    def size(self, obj):
        return f"{obj.width} × {obj.height}"

    @admin.display(description=gettext_lazy("picture"))
    def preview(self, obj):
        found = thumbnail(obj, wider_than=600)
        if found is None:
            return _("No rendition yet: run “manage.py rebuild_renditions”.")
        return format_html(
            '<img src="{}" width="{}" height="{}" alt="{}" style="max-width:100%;height:auto">',
            found.file.url,
            found.width,
            found.height,
            obj.alt_text,
        )

    @admin.display(description=gettext_lazy("file"))
    def facts(self, obj):
        return _("%(format)s, %(width)s × %(height)s pixels, %(size)s MB") % {
            "format": obj.format.upper(),
            "width": obj.width,
            "height": obj.height,
            "size": megabytes(obj.file_size),
        }

    @admin.display(description=gettext_lazy("uploaded"))
    def uploaded(self, obj):
        user = obj.uploaded_by
        if user is None:
            who = _("someone whose account is gone")
        else:
            who = user.get_full_name() or user.get_username()
        when = formats.date_format(timezone.localtime(obj.created), "DATETIME_FORMAT")
        return _("by %(who)s on %(when)s") % {"who": who, "when": when}

    @admin.display(description=gettext_lazy("used on"))
    def where_used(self, obj):
        uses = image_uses(obj)
        if not uses:
            return _("Not used on any page or draft. It can be deleted.")
        return format_html(
            "<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((_use_html(u),) for u in uses))
        )
