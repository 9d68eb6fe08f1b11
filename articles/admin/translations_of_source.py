"""A source's change form lists its translations, with links to add the missing ones."""

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from articles.models import translation_languages


class TranslationsOfSource:
    """For a source's change form: its translations and links to add the missing ones."""

    @admin.display(description=gettext_lazy("Translations"))
    def translations_summary(self, obj):
        if not obj.pk:
            return _("Translations can be added once the page is saved.")
        translation_admin = f"admin:{obj._meta.app_label}_{obj._meta.model_name}translation"
        found = {t.language: t for t in obj.translations.all()}
        lines = []
        for code, name in translation_languages():
            translation = found.get(code)
            if translation is None:
                url = reverse(f"{translation_admin}_add") + f"?source={obj.pk}&language={code}"
                lines.append(
                    format_html('{}: <a href="{}">{}</a>', name, url, _("add a translation"))
                )
                continue
            translation.source = obj
            flag = (
                format_html(" <strong>{}</strong>", _("Out of date"))
                if translation.is_out_of_date
                else ""
            )
            lines.append(
                format_html(
                    '{}: <a href="{}">{}</a> ({}){}',
                    name,
                    reverse(f"{translation_admin}_change", args=[translation.pk]),
                    translation.title,
                    translation.get_status_display(),
                    flag,
                )
            )
        return format_html_join(mark_safe("<br>"), "{}", ((line,) for line in lines))
