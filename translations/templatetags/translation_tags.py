"""{% translated obj "field" %}: content text that says which language it is in.

When the page's language has no text for a field, modeltranslation's
fallback chain supplies another language's. This tag shows that text inside
an element with the right `lang` (so screen readers pronounce it right) and,
for logged-in staff only, a note with a link to translate it.
"""

import json
import re
from dataclasses import dataclass

from django import template
from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.template.loader import render_to_string
from django.utils.html import conditional_escape, format_html
from django.utils.text import capfirst
from django.utils.translation import get_language, gettext, pgettext_lazy
from modeltranslation.utils import build_localized_fieldname, resolution_order

from translations.access import can_translate
from translations.content import STALE, admin_url, units_on_form_of

register = template.Library()

# {% if user|may_translate %}: whether to offer the translation tools at all.
register.filter("may_translate", can_translate)

SHOWN_IN = {
    "uz": pgettext_lazy("fallback note", "Shown in Uzbek, not yet translated."),
    "ru": pgettext_lazy("fallback note", "Shown in Russian, not yet translated."),
    "en": pgettext_lazy("fallback note", "Shown in English, not yet translated."),
}


@dataclass
class Shown:
    text: str
    language: str
    is_fallback: bool
    note: str = ""

    def __str__(self):
        if not self.is_fallback:
            return conditional_escape(self.text)
        return format_html('<span lang="{}">{}</span>{}', self.language, self.text, self.note)

    def __html__(self):
        return str(self)


def _staff_is_looking(request):
    # Anonymous visitors never touch the session: that would add Vary: Cookie.
    if request is None or settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return False
    return request.user.is_staff


@register.simple_tag(takes_context=True)
def translated(context, obj, field):
    current = get_language()
    # modeltranslation's own fallback order, as the descriptors use it.
    for language in resolution_order(current):
        text = getattr(obj, build_localized_fieldname(field, language), "") or ""
        if text.strip():
            break
    else:
        return Shown("", current, is_fallback=False)
    if language == current:
        return Shown(text, language, is_fallback=False)
    note = ""
    if _staff_is_looking(context.get("request")):
        note = render_to_string(
            "translations/_fallback_note.html",
            {"message": SHOWN_IN[language], "url": admin_url(obj, field, current)},
        )
    return Shown(text, language, is_fallback=True, note=note)


@register.inclusion_tag("translations/_paragraphs.html", takes_context=True)
def translated_paragraphs(context, obj, field, css_class=""):
    """{% translated %} for a text of paragraphs (an empty line between them),
    rendered as <p>s in a <div>; nothing at all when the text is empty."""
    return {"shown": translated(context, obj, field), "css_class": css_class}


@register.simple_tag
def translation_tabs_data(obj):
    """What static/admin/translation_tabs.js needs on `obj`'s admin form: the
    anchors (as in the status page's links) of translations written from an
    earlier source text, and the words it shows, in the admin's language."""
    return {
        "outdated": [unit.anchor() for unit in units_on_form_of(obj) if unit.state == STALE]
        if obj is not None and obj.pk
        else [],
        "labels": {
            "empty": pgettext_lazy("language tab", "not translated"),
            "outdated": pgettext_lazy("language tab", "may be outdated"),
            "sources": pgettext_lazy("language tab", "The same text in the other languages"),
            "emptyValue": pgettext_lazy("language tab", "(empty)"),
            # Names above the read-only texts: "Russian", not the tab's "Ru".
            "languages": {code: capfirst(name) for code, name in settings.LANGUAGES},
        },
    }


@register.filter
def change_message_in_language(action):
    """A history entry's message with its field names in the active language.

    Django keeps the labels of changed fields as they read when the change
    was saved ("Name [uz]", "Logo": capitalised, with modeltranslation's
    language suffix), and looks them up as msgids on display, which finds
    neither. This translates them from the verbose names they came from.
    `action` is a LogEntry, or a saved version's comment (django-reversion
    keeps the admin's change message there; our own notes are msgids).
    """
    message = action if isinstance(action, str) else action.change_message
    try:
        messages = json.loads(message)
    except (TypeError, ValueError):
        return gettext(message) if isinstance(action, str) else action.get_change_message()
    if not isinstance(messages, list):
        return LogEntry(change_message=message).get_change_message()
    for entry in messages:
        changed = entry.get("changed") if isinstance(entry, dict) else None
        if isinstance(changed, dict) and isinstance(changed.get("fields"), list):
            changed["fields"] = [_field_label(str(label)) for label in changed["fields"]]
    return LogEntry(change_message=json.dumps(messages)).get_change_message()


def _field_label(label):
    match = re.fullmatch(r"(.+) \[([\w-]+)\]", label)
    if match:
        return f"{_field_label(match.group(1))} [{match.group(2)}]"
    for msgid in (label, label[:1].lower() + label[1:]):
        translated = gettext(msgid)
        if translated != msgid:
            return capfirst(translated)
    return label
