from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from handouts.models import HandoutPack, HandoutPackItem


class HandoutPackItemInline(admin.TabularInline):
    model = HandoutPackItem
    extra = 1
    fields = ["order", "article", "condition"]
    autocomplete_fields = ["article", "condition"]


@admin.register(HandoutPack)
class HandoutPackAdmin(admin.ModelAdmin):
    list_display = ["name", "description", "item_count", "print_link"]
    search_fields = ["name", "description"]
    inlines = [HandoutPackItemInline]

    def get_queryset(self, request):
        from django.db.models import Count

        return super().get_queryset(request).annotate(n_items=Count("items"))

    @admin.display(description=gettext_lazy("items"), ordering="n_items")
    def item_count(self, pack):
        return pack.n_items

    @admin.display(description=gettext_lazy("print"))
    def print_link(self, pack):
        return format_html(
            '<a href="{}?pack={}">{}</a>', reverse("handouts:choose"), pack.pk, _("Print this pack")
        )
