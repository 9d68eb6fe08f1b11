from django.contrib import admin
from django.urls import path
from django.utils.translation import gettext_lazy as _

from articles.admin.link_targets import link_targets_view
from articles.admin.picture_choices import picture_choices_view
from articles.admin.translations_of_source import TranslationsOfSource
from articles.internal_links import validate_internal_links
from articles.models import Article
from articles.models.lead_image import LeadImage
from publishing.admin.filters import (
    DemoContentFilter,
    ReadingTargetFilter,
    ReviewOverdueFilter,
    WorkflowStateFilter,
)
from publishing.admin.forms import ConflictCheckedForm
from publishing.admin.publishable import PublishableAdmin

LEAD_IMAGE = LeadImage.LEAD_IMAGE_FIELDS


class ArticleForm(ConflictCheckedForm):
    link_validators = (validate_internal_links,)

    class Meta(ConflictCheckedForm.Meta):
        model = Article
        fields = ["title", "slug", "topic", "summary", *LEAD_IMAGE, "body", "publish_at"]


@admin.register(Article)
class ArticleAdmin(TranslationsOfSource, PublishableAdmin):
    readonly_fields = [*PublishableAdmin.readonly_fields, "translations_summary"]
    form = ArticleForm
    list_display = [
        "title",
        "demo_badge",
        "state",
        "topic",
        "grade",
        "reviewed_on",
        "next_review_due",
    ]
    list_filter = [
        WorkflowStateFilter,
        "topic",
        DemoContentFilter,
        ReviewOverdueFilter,
        ReadingTargetFilter,
    ]
    fieldsets = [
        (None, {"fields": ["title", "slug", "topic", "summary"]}),
        (_("Lead image"), {"fields": LEAD_IMAGE}),
        (None, {"fields": ["body"]}),
        ("Publishing", {"fields": ["workflow_summary", "sample_content", "publish_at"]}),
        ("Readability", {"fields": ["readability_report"]}),
        (_("Translations"), {"fields": ["translations_summary"]}),
        (None, {"fields": ["expected_version"], "classes": ["hidden"]}),
    ]

    def get_urls(self):
        # The editor's link chooser lists articles and conditions; it lives here
        # because the admin site only routes through model admins.
        chooser = path(
            "link-targets/",
            self.admin_site.admin_view(link_targets_view),
            name="articles_link_targets",
        )
        # The editor's Picture button lists the image library.
        pictures = path(
            "picture-choices/",
            self.admin_site.admin_view(picture_choices_view),
            name="articles_picture_choices",
        )
        return [chooser, pictures, *super().get_urls()]
