"""Demo content is marked as demo wherever staff see it (core.demo).

In a content change list that holds demo objects, a "Demo" column marks
them, read in the list's own query (an Exists), not one query per row. Their
change form and history carry a notice saying how to remove demo content.
Visitors see none of it: the public pages show demo objects like any other.
"""

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.contrib.admin.views.main import ChangeList
from django.core.exceptions import ValidationError
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext

from core.demo import demo_annotation, has_demo_content, is_demo

DEMO_COLUMN = "demo_content_marker"


class DemoMarkingChangeList(ChangeList):
    def get_queryset(self, request, exclude_parameters=None):
        queryset = super().get_queryset(request, exclude_parameters)
        return queryset.annotate(is_demo_content=demo_annotation(self.model))


class DemoContentMarkingMixin:
    def get_changelist(self, request, **kwargs):
        return DemoMarkingChangeList

    def get_list_display(self, request):
        list_display = list(super().get_list_display(request))
        if not has_demo_content(self.model):
            return list_display
        # Right after the column that links to the object, so the marker
        # reads next to its name.
        links = self.get_list_display_links(request, list_display) or []
        named = [name for name in links if name in list_display]
        anchor = list_display.index(named[0]) + 1 if named else 0
        return [*list_display[:anchor], DEMO_COLUMN, *list_display[anchor:]]

    @admin.display(description=_("demo content"))
    def demo_content_marker(self, obj):
        if not getattr(obj, "is_demo_content", False):
            return ""
        return format_html(
            '<strong class="demo-content-marker">{}</strong>',
            pgettext("marks made-up content in an admin list", "Demo"),
        )

    def _with_demo_notice(self, object_id, extra_context):
        try:
            pk = self.model._meta.pk.to_python(unquote(object_id))
        except ValidationError:
            pk = None  # the admin answers an unknown id itself
        demo = pk is not None and is_demo(self.model, pk)
        return {"demo_content": demo, **(extra_context or {})}

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = self._with_demo_notice(object_id, extra_context)
        return super().change_view(request, object_id, form_url, extra_context)

    def history_view(self, request, object_id, extra_context=None):
        extra_context = self._with_demo_notice(object_id, extra_context)
        return super().history_view(request, object_id, extra_context)
