"""The words a staff member reads on an admin page, and the English among them."""

import re
from html.parser import HTMLParser

# Common English words of Django's admin, auth and Rosetta screens. A word
# from this list on an Uzbek or Russian page is a string left untranslated.
_WORDS = """
    Add Another Change Changed Delete Deleted Remove Save Continue History Home
    Error Errors Name Logo Model Clear Search Filter Action Actions Go Yes No
    View Site Select Selected All None Show Hide Today Now Date Time Password
    Username User Users Group Groups Log Out Welcome Object Objects Link Links
    Translation Translations Status Progress Original Fuzzy Only Untranslated
    Translated Display Previous Next Page Results Total Sort Order Current
    Field Fields Required Added Successfully Please Correct Below Are You Sure
    Back The And For With This Your New Old Language Languages Download File
    Files Skip Content Close Toggle Theme Recent Permissions Active Staff
    Superuser Email Address First Last Joined Choose Chosen Available Edit
    Stats Suggest Occurrences Context Translate Application Project Entries
    Contains Note Empty Done Help Details Question Form Message Messages
    """
ENGLISH_ADMIN_WORDS = set(_WORDS.lower().split())

# Words staff see as they are, in every language, and why.
NAMES_WE_KEEP = {
    "rosetta",  # the name of the translation editor
    "model",  # Uzbek too: "Model nomi"
}

# Text in these elements is not interface: content being edited, or code.
SKIPPED_ELEMENTS = {"script", "style", "textarea", "code", "pre", "svg"}
# Nor in elements of these classes: Rosetta's column of source texts, and
# its file paths (locale/uz/LC_MESSAGES/django.po).
SKIPPED_CLASSES = {"original", "hint"}
# Django 5.2 appends this warning to the password form's help text as a
# literal, outside gettext (django/contrib/auth/forms.py): no catalogue can
# translate it.
UNTRANSLATABLE_IDS = {"id_unusable_warning"}
READ_ATTRIBUTES = ("title", "aria-label", "placeholder", "alt")
VOID_ELEMENTS = {
    "input",
    "img",
    "br",
    "hr",
    "meta",
    "link",
    "area",
    "base",
    "col",
    "source",
    "wbr",
}


class _VisibleText(HTMLParser):
    def __init__(self, language, skipped_fields):
        super().__init__(convert_charrefs=True)
        self.language = language
        self.skipped_fields = skipped_fields
        # A skipped field's help text.
        self.skipped_ids = {f"id_{name}_helptext" for name in skipped_fields} | UNTRANSLATABLE_IDS
        self.stack = []
        self.pieces = []

    def _skipping(self):
        return any(skip for _tag, skip in self.stack)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        # Text marked as another language (content shown from a fallback,
        # a language's own name in a switcher) is meant to be in it.
        other_language = tag != "html" and attributes.get("lang") not in (None, self.language)
        classes = set((attributes.get("class") or "").split())
        skip = (
            tag in SKIPPED_ELEMENTS
            or classes & SKIPPED_CLASSES
            or other_language
            or attributes.get("type") == "hidden"
            or attributes.get("name") in self.skipped_fields
            or attributes.get("id") in self.skipped_ids
        )
        if not (skip or self._skipping()):
            self.pieces.extend(
                attributes[name] or "" for name in READ_ATTRIBUTES if name in attributes
            )
            if tag == "input" and attributes.get("type") in ("submit", "button"):
                self.pieces.append(attributes.get("value") or "")
        if tag not in VOID_ELEMENTS:
            self.stack.append((tag, skip))

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break

    def handle_data(self, data):
        if not self._skipping():
            self.pieces.append(data)


def visible_text(html, language, skipped_fields=()):
    parser = _VisibleText(language, set(skipped_fields))
    parser.feed(html)
    return " ".join(parser.pieces)


def english_words(html, language, skipped_fields=()):
    """The common English admin words a reader of `html` sees, in order,
    leaving out the form fields named in `skipped_fields`."""
    # An address shown as text (the footer's printed page address) is no prose.
    text = re.sub(r"https?://\S+", " ", visible_text(html, language, skipped_fields))
    words = re.findall(r"[A-Za-z]{3,}", text)
    return [
        word
        for word in words
        if word.lower() in ENGLISH_ADMIN_WORDS and word.lower() not in NAMES_WE_KEEP
    ]
