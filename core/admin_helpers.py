"""Pieces the apps' admin classes share."""

from django.contrib import messages
from django.contrib.admin.options import InlineModelAdmin
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, OperationalError, models
from django.forms.models import BaseInlineFormSet
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from modeltranslation.utils import get_translation_fields

from core import admin_submissions
from core.admin_concurrency import StoredValuesCheckMixin
from core.admin_demo import DemoContentMarkingMixin
from core.admin_file_notice import ChosenFilesNoticeMixin
from core.admin_length import LengthLimitShownMixin
from core.admin_submissions import SubmissionTokenFormMixin
from core.constraint_errors import UniqueRowsFormSetMixin
from core.database_errors import is_lock_conflict
from core.history_admin import HistoryAdminMixin
from core.translated_fields import translated_field_names

# Staff paste addresses such as "www.unesco.org": read them as https.
URL_FIELDS_ASSUME_HTTPS = {models.URLField: {"assume_scheme": "https"}}


def thumbnail(image, size=48):
    """An <img> of an ImageField's file, or a dash when there is none."""
    if not image:
        return "—"
    return format_html(
        '<img src="{}" alt="" width="{}" height="{}" class="admin-thumbnail">',
        image.url,
        size,
        size,
    )


def _translation_field_names(model):
    originals = translated_field_names(model)
    # The untranslated original counts too: modeltranslation stands its
    # per-language fields in for it on every form.
    return {*originals, *get_translation_fields(*originals)}


class UnsortableInlineFormSet(BaseInlineFormSet):
    """An inline formset without adminsortable2's drag handles.

    SortableAdminBase passes every inline with a default order field the
    order options; this formset takes them and leaves them unused, and
    without them the parent marks no row draggable."""

    def __init__(self, *args, default_order_direction=None, default_order_field=None, **kwargs):
        super().__init__(*args, **kwargs)


class TextOnlyForTranslatorsMixin(LengthLimitShownMixin):
    """Staff who may change but not add content (Translators) change its
    translated text only: slugs, images, countries, dates and order are
    read-only for them, so a crafted POST cannot change those either.

    Every content admin and inline has this mixin, so it also carries what
    all their forms share: length limits shown, never a silent cut."""

    def _may_only_translate(self, request):
        meta = self.model._meta
        return not request.user.has_perm(f"{meta.app_label}.add_{meta.model_name}")

    def update_order(self, request):
        """adminsortable2's drag-and-drop endpoint: order is not text."""
        if self._may_only_translate(request):
            raise PermissionDenied
        return super().update_order(request)

    def get_list_display(self, request):
        list_display = super().get_list_display(request)
        if self._may_only_translate(request):
            # adminsortable2's drag-handle column: no handle where a drop is refused.
            return [name for name in list_display if name != "_reorder_"]
        return list_display

    def get_formset(self, request, obj=None, **kwargs):
        """An inline's rows: draggable only for staff who may reorder them."""
        if self._may_only_translate(request) and hasattr(self, "default_order_field"):
            kwargs["formset"] = UnsortableInlineFormSet
        formset = super().get_formset(request, obj, **kwargs)
        # Every content inline passes here: its duplicate-row message too.
        return type(formset.__name__, (UniqueRowsFormSetMixin, formset), {})

    def get_actions(self, request):
        actions = super().get_actions(request)
        if self._may_only_translate(request):
            # adminsortable2's "move to page" actions reorder too.
            actions = {
                name: action for name, action in actions.items() if not name.startswith("move_")
            }
        return actions

    def get_prepopulated_fields(self, request, obj=None):
        if self._may_only_translate(request):
            return {}  # the slug is read-only for them
        return super().get_prepopulated_fields(request, obj)

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        meta = self.model._meta
        if not self._may_only_translate(request):
            return readonly
        translations = _translation_field_names(self.model)
        return readonly + [
            field.name
            for field in meta.fields
            if field.editable
            and not field.primary_key
            and field.name not in translations
            and field.name not in readonly
            # An inline's link to its parent is not on its form at all.
            and not (isinstance(self, InlineModelAdmin) and isinstance(field, models.ForeignKey))
        ]


class SaveOnceAdminMixin:
    """Every add and change form is saved once and only over what its
    editor saw (core.admin_submissions, core.admin_concurrency); a save
    that meets another at the same moment comes back as a form error,
    never as an error page."""

    change_form_template = "admin/change_form_checked.html"

    def get_form(self, request, obj=None, change=False, **kwargs):
        form_class = super().get_form(request, obj, change=change, **kwargs)
        return type(
            form_class.__name__,
            (StoredValuesCheckMixin, SubmissionTokenFormMixin, form_class),
            {"model_admin": self, "request": request},
        )

    def get_formset_kwargs(self, request, obj, inline, prefix):
        formset_kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        if hasattr(request, "edited_form_data"):
            formset_kwargs["data"] = request.edited_form_data
        return formset_kwargs

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method != "POST":
            return super().changeform_view(request, object_id, form_url, extra_context)
        token = admin_submissions.submitted_token(request)
        if token and not admin_submissions.claim(token):
            saved_url = admin_submissions.wait_for_first(token)
            if saved_url == admin_submissions.PROCESSING:
                messages.warning(
                    request,
                    _(
                        "This form is still being saved. Look for the record in the list "
                        "in a moment before you send the form again."
                    ),
                )
                return redirect(self._changelist_url())
            if saved_url:
                messages.info(
                    request,
                    _("This form had already been saved; here is the saved record."),
                )
                return redirect(saved_url)
            # The first submission saved nothing: this one is processed.
        try:
            response = self._save_or_show_the_conflict(request, object_id, form_url, extra_context)
        finally:
            if token:
                saved_url = getattr(request, "saved_object_url", None)
                if saved_url:
                    admin_submissions.record_saved(token, saved_url)
                else:
                    admin_submissions.release(token)
        return response

    def _save_or_show_the_conflict(self, request, object_id, form_url, extra_context):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except IntegrityError:
            # A unique value taken by another save at the same moment, or
            # one the form's checks could not see twice (in two inline rows).
            request.failed_save_message = _(
                "Nothing was saved: a value that must be unique is already in use. "
                "Perhaps another save of the same record came at the same moment, or "
                "the same value is in this form twice. Check the form and save again."
            )
        except OperationalError as error:
            if not is_lock_conflict(error):
                raise
            request.failed_save_message = _(
                "The database was busy with another save, so this one was not saved. "
                "Your values are still in the form: save again."
            )
        # The failed transaction was rolled back; the form is shown again
        # in a new one, with the message as its error.
        return super().changeform_view(request, object_id, form_url, extra_context)

    def _changelist_url(self):
        meta = self.model._meta
        return reverse(
            f"admin:{meta.app_label}_{meta.model_name}_changelist",
            current_app=self.admin_site.name,
        )

    def _remember_saved_object(self, request, obj):
        meta = self.model._meta
        request.saved_object_url = reverse(
            f"admin:{meta.app_label}_{meta.model_name}_change",
            args=[quote(obj.pk)],
            current_app=self.admin_site.name,
        )

    def response_add(self, request, obj, post_url_continue=None):
        self._remember_saved_object(request, obj)
        return super().response_add(request, obj, post_url_continue)

    def response_change(self, request, obj):
        self._remember_saved_object(request, obj)
        return super().response_change(request, obj)


class ContentAdminMixin(
    DemoContentMarkingMixin,
    SaveOnceAdminMixin,
    TextOnlyForTranslatorsMixin,
    ChosenFilesNoticeMixin,
    HistoryAdminMixin,
):
    """What every content model's admin shares, first in its bases.

    Shared admin behaviour for content (what Translators may touch, the
    history of every save, demo content marked as demo, and whatever staff
    work needs on every model) is added here, once, not to each app's
    admin.py.
    """

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        # Uzbek puts the object before the verb ("hamkor muassasani
        # oʻzgartirish"), so a title would start with a lowercase model name.
        context["title"] = capfirst(context["title"])
        return super().render_change_form(request, context, add, change, form_url, obj)
