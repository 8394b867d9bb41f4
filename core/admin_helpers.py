"""Pieces the apps' admin classes share."""

from django.contrib.admin.options import InlineModelAdmin
from django.core.exceptions import PermissionDenied
from django.db import models
from django.forms.models import BaseInlineFormSet
from django.utils.html import format_html
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import get_translation_fields

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
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return set()
    # The untranslated original counts too: modeltranslation stands its
    # per-language fields in for it on every form.
    return {*options.fields, *get_translation_fields(*options.fields)}


class UnsortableInlineFormSet(BaseInlineFormSet):
    """An inline formset without adminsortable2's drag handles.

    SortableAdminBase passes every inline with a default order field the
    order options; this formset takes them and leaves them unused, and
    without them the parent marks no row draggable."""

    def __init__(self, *args, default_order_direction=None, default_order_field=None, **kwargs):
        super().__init__(*args, **kwargs)


class TextOnlyForTranslatorsMixin:
    """Staff who may change but not add content (Translators) change its
    translated text only: slugs, images, countries, dates and order are
    read-only for them, so a crafted POST cannot change those either."""

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
        return super().get_formset(request, obj, **kwargs)

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


class ContentAdminMixin(TextOnlyForTranslatorsMixin):
    """What every content model's admin shares, first in its bases.

    Shared admin behaviour for content (what Translators may touch, and
    whatever staff work needs on every model) is added here, once, not to
    each app's admin.py.
    """
