"""The admin's "Translation status" page and its two actions."""

from django.contrib import admin, messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from modeltranslation.translator import NotRegistered

from translations.access import can_translate
from translations.fields import (
    SOURCE_LANGUAGE,
    TARGET_LANGUAGES,
    translated_fields,
    value,
)
from translations.fingerprints import confirm
from translations.models import SameInAllLanguages
from translations.report import translation_report


def _require_translator(request):
    if not can_translate(request.user):
        raise PermissionDenied


def translation_status(request):
    _require_translator(request)
    report = translation_report()
    try:
        interface_editor = reverse("rosetta-file-list", kwargs={"po_filter": "project"})
    except NoReverseMatch:
        interface_editor = ""
    context = {
        **admin.site.each_context(request),
        "title": _("Translation status"),
        "report": report,
        "interface_editor": interface_editor,
    }
    return render(request, "translations/status.html", context)


def _target(request):
    try:
        content_type = ContentType.objects.get_for_id(int(request.POST["content_type"]))
        model = content_type.model_class()
        if model is None:
            raise Http404
        fields = translated_fields(model)
        obj = model._default_manager.get(pk=int(request.POST["object_id"]))
    except (KeyError, ValueError, OverflowError, ObjectDoesNotExist, NotRegistered) as error:
        raise Http404 from error
    field = request.POST.get("field", "")
    if field not in fields:
        raise Http404
    return content_type, obj, field


@require_POST
def mark_same_in_all_languages(request):
    """A value that is the same in every language on purpose (Erasmus+)."""
    _require_translator(request)
    content_type, obj, field = _target(request)
    SameInAllLanguages.objects.get_or_create(
        content_type=content_type, object_id=obj.pk, field=field
    )
    messages.success(request, _("Marked as the same in every language."))
    return redirect("translation-status")


@require_POST
def confirm_translation(request):
    """The translation was checked against the new source and still holds."""
    _require_translator(request)
    content_type, obj, field = _target(request)
    language = request.POST.get("language", "")
    if language not in TARGET_LANGUAGES:
        raise Http404
    confirm(content_type, obj.pk, field, language, value(obj, field, SOURCE_LANGUAGE))
    messages.success(request, _("Marked as up to date."))
    return redirect("translation-status")
