"""Matched words in <mark>, everything else escaped.

The text shown is content and the query is the visitor's: neither is
trusted, so every character of both is escaped, and only the <mark> tags
this module writes are markup. PostgreSQL marks matches itself
(ts_headline, which knows that "partners" matched "partner") with two
private-use characters, which `from_headline` turns into tags; the plain
fallback finds the words in Python (`marked_words`, `excerpt`).
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

# ts_headline's StartSel and StopSel: private-use characters, which no
# visitor's query keeps (search.query removes them).
MARK_START = "\ue000"
MARK_END = "\ue001"
EXCERPT_LENGTH = 220


def from_headline(headline):
    """ts_headline's output, with its markers as <mark> and the rest escaped."""
    html = []
    inside = False
    for piece in re.split(f"([{MARK_START}{MARK_END}])", headline or ""):
        if piece == MARK_START and not inside:
            html.append("<mark>")
            inside = True
        elif piece == MARK_END and inside:
            html.append("</mark>")
            inside = False
        elif piece not in (MARK_START, MARK_END):
            html.append(escape(piece))
    if inside:
        html.append("</mark>")
    return mark_safe("".join(html))  # noqa: S308 (every piece above is escaped)


def _words_pattern(words):
    words = sorted({word.casefold() for word in words if word}, key=len, reverse=True)
    if not words:
        return None
    return re.compile("|".join(re.escape(word) for word in words), re.IGNORECASE)


def marked_words(text, words):
    """`text` escaped, each occurrence of one of `words` (any case) in <mark>."""
    pattern = _words_pattern(words)
    text = text or ""
    if pattern is None:
        return escape(text)
    html = []
    position = 0
    for found in pattern.finditer(text):
        html.append(escape(text[position : found.start()]))
        html.append(f"<mark>{escape(found.group())}</mark>")
        position = found.end()
    html.append(escape(text[position:]))
    return mark_safe("".join(html))  # noqa: S308 (every piece above is escaped)


def excerpt(text, words, length=EXCERPT_LENGTH):
    """About `length` characters of `text` around the first of `words`, marked."""
    text = " ".join((text or "").split())
    pattern = _words_pattern(words)
    found = pattern.search(text) if pattern else None
    start = 0
    if found and found.start() > length // 3:
        start = text.rfind(" ", 0, found.start() - length // 3) + 1
    end = start + length
    if end < len(text):
        end = max(text.rfind(" ", start, end), start + length // 2)
    piece = text[start:end]
    before = "… " if start > 0 else ""
    after = " …" if end < len(text) else ""
    return mark_safe(f"{before}{marked_words(piece, words)}{after}")  # noqa: S308
