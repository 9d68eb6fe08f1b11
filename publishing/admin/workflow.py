"""The workflow in the admin: change-form buttons and bulk actions, both generated
from the one transition table (publishing/workflow.py), run through the services."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _

from publishing import services, workflow


class WorkflowAdminMixin:
    # Workflow: buttons and bulk actions from the one transition table ---------

    def get_urls(self):
        opts = self.opts
        name = f"{opts.app_label}_{opts.model_name}"
        return [
            path(
                "<path:object_id>/transition/<str:action>/",
                self.admin_site.admin_view(self.transition_view),
                name=f"{name}_transition",
            ),
            path(
                "<path:object_id>/history/compare/",
                self.admin_site.admin_view(self.compare_view),
                name=f"{name}_compare",
            ),
        ] + super().get_urls()

    def transition_view(self, request, object_id, action):
        if action not in workflow.BY_NAME:
            raise Http404
        transition = workflow.BY_NAME[action]
        if request.method != "POST" and not transition.destructive:
            return HttpResponseNotAllowed(["POST"])
        obj = get_object_or_404(self.get_queryset(request), pk=object_id)
        if transition.destructive and not request.POST.get("confirmed"):
            # A step back runs only from its confirmation page (no JavaScript needed).
            return self.confirm_transition_view(request, obj, transition)
        try:
            expected = int(request.POST.get("expected_version", ""))
        except ValueError:
            expected = None
        # PermissionDenied propagates: the admin answers 403.
        self._run_transition(
            request, obj, action, expected_version=expected, comment=request.POST.get("comment", "")
        )
        url = reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_change", args=[obj.pk])
        return HttpResponseRedirect(url)

    def confirm_transition_view(self, request, obj, transition):
        """Say what the step undoes, for this item, before it runs."""
        opts = self.opts
        draft = self._draft(obj)
        if workflow.why_not(transition, obj, draft, request.user) is not None:
            raise PermissionDenied
        if not workflow.applies(transition, obj, draft):
            # The service says why (and changes nothing).
            self._run_transition(request, obj, transition.name)
            url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
            return HttpResponseRedirect(url)
        context = {
            **self.admin_site.each_context(request),
            "opts": opts,
            "original": obj,
            "transition": transition,
            "title": _("%(action)s: are you sure?") % {"action": transition.label},
            "live_url": obj.get_absolute_url() if obj.is_live else "",
            "expected_version": request.POST.get("expected_version") or obj.version,
            "comment": request.POST.get("comment", ""),
            "change_url": reverse(
                f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]
            ),
        }
        return TemplateResponse(request, "admin/publishing/confirm_transition.html", context)

    def _run_transition(self, request, obj, action, expected_version=None, comment="") -> bool:
        transition = workflow.BY_NAME[action]
        try:
            services.publishable_transition(
                item=obj,
                name=action,
                user=request.user,
                expected_version=expected_version,
                comment=comment,
            )
        except ValidationError as error:
            self.message_user(request, f"{obj}: {' '.join(error.messages)}", messages.ERROR)
            return False
        self.message_user(
            request,
            _("%(item)s: %(action)s done. Status is now “%(status)s”.")
            % {
                "item": obj,
                "action": transition.label,
                "status": workflow.state_label(obj, services.draft_of(obj)),
            },
            messages.SUCCESS,
        )
        return True

    def get_actions(self, request):
        actions = super().get_actions(request)
        for transition in workflow.TRANSITIONS:
            if transition.needs_comment or transition.destructive:
                # A comment is written, and a step back confirmed, on the item's own page.
                continue
            if self._may_ever(request, transition):
                actions[transition.name] = (
                    bulk_action(transition),
                    transition.name,
                    _("%(action)s: selected items") % {"action": transition.label},
                )
        return actions

    def _may_ever(self, request, transition) -> bool:
        return any(self._can(request, permission) for permission in transition.permissions)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk:
            transitions = workflow.available(obj, self._draft(obj), request.user)
            context["transitions"] = transitions
            context["steps"] = [t for t in transitions if not t.destructive]
            context["steps_back"] = [t for t in transitions if t.destructive]
            context["draft"] = self._draft(obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    # History: compare two versions ------------------------------------------


def bulk_action(transition):
    def run(modeladmin, request, queryset):
        for obj in queryset:
            try:
                modeladmin._run_transition(request, obj, transition.name)
            except PermissionDenied as error:
                modeladmin.message_user(request, f"{obj}: {error}", messages.ERROR)

    run.__name__ = transition.name
    return run
