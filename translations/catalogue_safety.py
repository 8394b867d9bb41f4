"""What a translation may contain: only the markup and placeholders of its source.

A msgstr is code, not text: `{% translate %}`, `{% blocktranslate %}` and
`gettext` in templates output it unescaped, inside elements and inside
attributes (`aria-label="{% translate 'Main' %}"`), and the admin renders
help text with `|safe`. So a translation may carry exactly the tags (name and
attributes) of its source, no entity and no ASCII quote the source does not
carry, no `<` or `>` outside those tags, and the same placeholders in every
plural form. Whatever turns a .po into a .mo (the browser editor, our compile
command, the container start) asks `unsafe_entries` first.
"""

import re
from collections import Counter
from dataclasses import dataclass
from string import Formatter

from django.utils.translation import gettext_lazy as _

# %(name)s, %s, %d, {name}, {}; "%%" is a literal percent sign.
LITERAL_PERCENT = "%%"
# A whole %-conversion: "%(name)s", "%5.2f", "%-999s" (up to its type letter).
PERCENT_CONVERSION = re.compile(r"%(?:\([^)]*\))?[^a-zA-Z%]*[a-zA-Z]?")
UNBALANCED_BRACES = "{ unbalanced }"
TAG = re.compile(r"<[^<>]*>")
TAG_NAME = re.compile(r"^<\s*(/?)\s*([^\s/>]*)")
ATTRIBUTE = re.compile(r"""([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?""")
ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")
# Characters that open or leave markup: a tag, or an attribute value the
# translation may be placed in.
MARKUP_CHARACTERS = ("<", ">", '"', "'")

PLACEHOLDERS = "placeholders"
MARKUP = "markup"
FAULTS = {
    PLACEHOLDERS: _("placeholders differ from the original"),
    MARKUP: _("markup (tags, entities, quotes, angle brackets) differs from the original"),
}


@dataclass(frozen=True)
class UnsafeEntry:
    msgid: str
    msgctxt: str | None
    fault: str

    @property
    def description(self):
        return FAULTS[self.fault]

    @property
    def name(self):
        """How a translator finds the entry: its source text, and context if any."""
        return f"{self.msgid} [{self.msgctxt}]" if self.msgctxt else self.msgid

    def __str__(self):
        return f"“{self.name}”: {self.description}"


def translation_faults(msgid, msgid_plural, translations):
    """The faults (PLACEHOLDERS, MARKUP) of an entry's non-empty translations."""
    sources = [msgid, msgid_plural] if msgid_plural else [msgid]
    expected_placeholders = set().union(*(_placeholders(source) for source in sources))
    faults = []
    for translation in filter(None, translations):
        if _placeholders(translation) != expected_placeholders:
            faults.append(PLACEHOLDERS)
            break
    for translation in filter(None, translations):
        if not any(_markup_fits(translation, source) for source in sources):
            faults.append(MARKUP)
            break
    return faults


def unsafe_entries(entries, submitted=None):
    """Every fault of polib entries (obsolete ones are never compiled).
    Fuzzy entries count too: one click in the editor makes them live.
    `submitted` maps entries to the translations about to replace theirs
    ({form index: text}), as the browser editor checks a save before it
    writes anything."""
    submitted = submitted or {}
    found = []
    for entry in entries:
        if entry.obsolete:
            continue
        if entry in submitted:
            translations = list(submitted[entry].values())
        elif entry.msgid_plural:
            translations = list(entry.msgstr_plural.values())
        else:
            translations = [entry.msgstr]
        found.extend(
            UnsafeEntry(entry.msgid, entry.msgctxt, fault)
            for fault in translation_faults(entry.msgid, entry.msgid_plural, translations)
        )
    return found


def _placeholders(text):
    """Every conversion in `text`, written out in full: flags, width,
    precision and format spec count, so a translation cannot add a width of
    a billion characters or reach into an object's attributes."""
    return _percent_conversions(text) | _brace_fields(text)


def _percent_conversions(text):
    return set(PERCENT_CONVERSION.findall(text.replace(LITERAL_PERCENT, "")))


def _brace_fields(text):
    try:
        parsed = list(Formatter().parse(text))
    except ValueError:
        return {UNBALANCED_BRACES}
    return {
        "{" + field + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
        for _literal, field, spec, conversion in parsed
        if field is not None
    }


def _markup_fits(translation, source):
    if Counter(map(_normalised_tag, TAG.findall(translation))) != Counter(
        map(_normalised_tag, TAG.findall(source))
    ):
        return False
    if Counter(ENTITY.findall(translation)) - Counter(ENTITY.findall(source)):
        return False
    translation_text, source_text = TAG.sub("", translation), TAG.sub("", source)
    return all(
        translation_text.count(character) <= source_text.count(character)
        for character in MARKUP_CHARACTERS
    ) and not re.search(r"<[A-Za-z/!?]", translation_text)


def _normalised_tag(tag):
    """`<A  title='x' href="y">` and `<a href="y" title="x">` are one tag."""
    closing, name = TAG_NAME.match(tag).groups()
    rest = tag[TAG_NAME.match(tag).end() : -1]
    attributes = sorted(
        (attribute.lower(), (value or "").strip("\"'"))
        for attribute, value in ATTRIBUTE.findall(rest)
    )
    return closing, name.lower(), tuple(attributes)
