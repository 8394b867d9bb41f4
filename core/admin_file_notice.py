"""Saying plainly that a chosen file must be chosen again.

A browser cannot be told to refill a file input, so when a form with a
chosen file comes back with errors the file is gone from it; without a word
staff would save the rest and believe the logo or photo was saved too.
"""

from django.contrib import messages
from django.utils.translation import gettext as _


def _chosen_file_labels(request, context):
    """The labels of the form and inline fields whose files were sent."""
    forms = [context["adminform"].form]
    for inline_admin_formset in context.get("inline_admin_formsets", []):
        forms.extend(inline_admin_formset.formset.forms)
    labels = []
    for form in forms:
        for name, field in form.fields.items():
            if form.add_prefix(name) in request.FILES and field.label not in labels:
                labels.append(field.label)
    return labels


class ChosenFilesNoticeMixin:
    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        shown_again = context.get("errors") or getattr(request, "failed_save_message", None)
        if request.method == "POST" and request.FILES and shown_again:
            for label in _chosen_file_labels(request, context):
                messages.warning(
                    request,
                    _(
                        "The file you chose for “%(field)s” was not saved because of the "
                        "errors below: choose it again before saving."
                    )
                    % {"field": label},
                )
        return super().render_change_form(request, context, add, change, form_url, obj)
