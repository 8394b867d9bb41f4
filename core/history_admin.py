"""History in the admin: every save kept, compared, restored and recovered.

ContentAdminMixin inherits HistoryAdminMixin, so every content model's
admin has django-reversion's history, revision and recover views, plus a
page of what changed in each version. Editors restore and recover;
Translators, who may change text but add nothing, only read the history.
"""

import json

import reversion
from django.contrib import messages
from django.contrib.admin.actions import delete_selected
from django.contrib.admin.utils import model_format_dict, quote, unquote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import select_template
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from reversion.admin import VersionAdmin
from reversion.errors import RevertError
from reversion.models import Version

from core.history import changes_since_previous_version, deleted_with, previous_version
from core.slugs import live_slugs, record_replaced_slugs


def _untranslated(text):
    """A revision's comment is kept in English and shown in the language of
    whoever reads the history (content_history.html translates it)."""
    with translation.override(None):
        return str(text)


class HistoryAdminMixin(VersionAdmin):
    object_history_template = "admin/content_history.html"
    # It extends the list template the admin would have had (see changelist_view).
    change_list_template = "admin/content_change_list.html"
    history_latest_first = True

    def log_addition(self, request, obj, message):
        entry = super().log_addition(request, obj, message)
        self._comment_from(entry)
        return entry

    def log_change(self, request, obj, message):
        entry = super().log_change(request, obj, message)
        self._comment_from(entry)
        return entry

    @staticmethod
    def _comment_from(entry):
        """The version keeps the change message as Django stores it (JSON
        naming fields and models), not as the saver read it: the history
        then shows it in the reader's language
        (translations' change_message_in_language)."""
        if reversion.is_active() and entry.change_message:
            reversion.set_comment(entry.change_message)

    def reversion_register(self, model, **kwargs):
        """Left to core.history, which registers every content model by one
        rule when core is ready; VersionAdmin would register only the models
        that have an admin, each by its own inlines."""

    def may_restore(self, request):
        """Restoring puts back every field, not only text: Editors only."""
        return self.has_change_permission(request) and self.has_add_permission(request)

    # Views --------------------------------------------------------------

    def get_urls(self):
        meta = self.model._meta
        changes = path(
            "<path:object_id>/history/<int:version_id>/changes/",
            self.admin_site.admin_view(self.version_changes_view),
            name=f"{meta.app_label}_{meta.model_name}_version_changes",
        )
        # Before the admin's own "<path:object_id>/" catch-all.
        return [changes, *super().get_urls()]

    def revision_view(self, request, object_id, version_id, extra_context=None):
        if not self.may_restore(request):
            raise PermissionDenied
        version = Version.objects.filter(pk=version_id).select_related("revision").first()
        if request.method != "POST" or version is None:
            return super().revision_view(request, object_id, version_id, extra_context)
        # reversion reverts with raw saves, which record no replaced slug
        # (core.slugs): the slugs the restore replaces are recorded here, so
        # links to the page as it was answer 301 instead of 404.
        with transaction.atomic():
            slugs_before = live_slugs(
                (restored._model, restored.object_id)
                for restored in version.revision.version_set.all()
            )
            response = super().revision_view(request, object_id, version_id, extra_context)
            if response.status_code == 302:
                record_replaced_slugs(slugs_before)
        return response

    def recover_view(self, request, version_id, extra_context=None):
        if not self.may_restore(request):
            raise PermissionDenied
        # reversion would revert any model's version here, then show it as this one.
        get_object_or_404(Version.objects.get_for_model(self.model), pk=version_id)
        return super().recover_view(request, version_id, extra_context)

    def recoverlist_view(self, request, extra_context=None):
        if not self.may_restore(request):
            raise PermissionDenied
        return super().recoverlist_view(request, extra_context)

    def history_view(self, request, object_id, extra_context=None):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        meta = self.model._meta
        versions = Version.objects.get_for_object_reference(
            self.model, unquote(object_id)
        ).select_related("revision", "revision__user")
        may_restore = self.may_restore(request)
        action_list = [
            {
                "revision": version.revision,
                "changes_url": reverse(
                    f"{self.admin_site.name}:{meta.app_label}_{meta.model_name}_version_changes",
                    args=[quote(version.object_id), version.pk],
                ),
                "url": reverse(
                    f"{self.admin_site.name}:{meta.app_label}_{meta.model_name}_revision",
                    args=[quote(version.object_id), version.pk],
                )
                if may_restore
                else "",
            }
            for version in versions.order_by("-pk")
        ]
        context = {"action_list": action_list, **(extra_context or {})}
        return super().history_view(request, object_id, context)

    def history_hidden_fields(self, request):
        """Fields whose changes this reader may not see in the history (an
        agreement's scan, for Translators)."""
        return ()

    def version_changes_view(self, request, object_id, version_id):
        """What one version changed, field by field and language by language."""
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        version = get_object_or_404(
            Version.objects.get_for_object_reference(self.model, unquote(object_id)),
            pk=version_id,
        )
        meta = self.model._meta
        try:
            changes = changes_since_previous_version(
                version, hidden_fields=self.history_hidden_fields(request)
            )
        except RevertError:
            # Saved under a model the site no longer has (a field type changed).
            messages.error(
                request, _("This version was saved in a form the site can no longer read.")
            )
            return redirect(
                f"{self.admin_site.name}:{meta.app_label}_{meta.model_name}_history",
                quote(version.object_id),
            )
        context = {
            **self.admin_site.each_context(request),
            "opts": meta,
            "title": _("Changes in %(name)s") % {"name": version.object_repr},
            "subtitle": None,
            "object_id": object_id,
            "object_repr": version.object_repr,
            "version": version,
            "previous": previous_version(version),
            "changes": changes,
            "module_name": capfirst(meta.verbose_name_plural),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/version_changes.html", context)

    def changelist_view(self, request, extra_context=None):
        """The list, with a link to recover deleted objects for Editors.

        VersionAdmin keeps the whole list page in one revision, saved after
        the action ran, and leaves out the objects a delete action removed:
        they could not be recovered. Each action keeps its own revision
        instead (response_action, delete_queryset), so the list skips it.
        """
        base_template = super(VersionAdmin, self).change_list_template or "admin/change_list.html"
        if not isinstance(base_template, str):
            base_template = select_template(base_template)  # adminsortable2's candidates
        context = {
            "history_base_template": base_template,
            "may_restore": self.may_restore(request),
            **(extra_context or {}),
        }
        if request.method == "POST" and "_save" in request.POST:
            with self.create_revision(request):  # list_editable saves
                return super(VersionAdmin, self).changelist_view(request, context)
        return super(VersionAdmin, self).changelist_view(request, context)

    # Writes outside the change form -------------------------------------

    def response_action(self, request, queryset):
        action = self.get_actions(request).get(request.POST.get("action"))
        if action and action[0] is delete_selected:
            # delete_queryset records the objects in a revision of their own.
            return super().response_action(request, queryset)
        with self.create_revision(request):
            if action:
                reversion.set_comment(_untranslated(action[2]) % model_format_dict(self.opts))
            return super().response_action(request, queryset)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if request.method == "POST":
            self._keep_state_before_first_change(request, object_id)
        return super().change_view(request, object_id, form_url, extra_context)

    def _keep_state_before_first_change(self, request, object_id):
        """Content saved before history was kept (the seed, old rows) gets
        its current state as a version first, so its first change can be
        undone too."""
        obj = self.get_object(request, unquote(object_id))
        if obj is None or Version.objects.get_for_object(obj).exists():
            return
        with reversion.create_revision():
            reversion.set_comment(gettext_noop("As it was before its history was kept."))
            reversion.add_to_revision(obj)

    def _record_before_deleting(self, request, objects):
        # A revision is saved with the objects that still exist when it ends:
        # each object's last state, with the content its deletion cascades
        # to, is kept in a revision of its own that ends before the deletion.
        # Recovering one object brings back it and what went with it, no more.
        for obj in objects:
            with self.create_revision(request):
                reversion.set_comment(gettext_noop("Deleted."))
                for doomed in deleted_with(obj):
                    reversion.add_to_revision(doomed)

    def delete_model(self, request, obj):
        self._record_before_deleting(request, [obj])
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        self._record_before_deleting(request, queryset)
        super().delete_queryset(request, queryset)

    def update_order(self, request):
        """adminsortable2's drag-and-drop endpoint saves the new positions
        with bulk_update, which sends no post_save: the moved objects are
        recorded here, in one revision for the whole move."""
        with self.create_revision(request):
            response = super().update_order(request)
            if response.status_code == 200:
                reversion.set_comment(gettext_noop("Reordered."))
                moved = [item[0] for item in json.loads(request.body).get("updatedItems", [])]
                for obj in self.model._default_manager.filter(pk__in=moved):
                    reversion.add_to_revision(obj)
            return response
