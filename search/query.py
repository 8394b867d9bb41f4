"""A visitor's search text, made safe to search with and to show.

The text comes from anyone: it may be empty, a page long, full of query
syntax (`&|!():*`), HTML, NUL bytes or broken UTF-8 (Django decodes that to
U+FFFD). What is searched is the text with control characters removed,
white space collapsed and at most MAX_LENGTH characters; PostgreSQL reads
it with websearch_to_tsquery, which accepts any text, and the plain
fallback looks for its words. Nothing of it reaches SQL but as a
parameter, and templates escape it.
"""

import re
import unicodedata
from dataclasses import dataclass

MAX_LENGTH = 200
# Results pages for such queries are stored by the page cache; any other
# query is answered but not stored, so junk cannot push real pages out.
STORABLE_MAX_LENGTH = 60
STORABLE = re.compile(r"[^\W_]+(?:[ '\-\u02bb\u02bc][^\W_]+)*")
WORD = re.compile(r"[^\W_]+(?:['\u02bb\u02bc][^\W_]+)*")


@dataclass(frozen=True)
class SearchText:
    text: str
    # The visitor's text was longer than MAX_LENGTH and was cut.
    shortened: bool = False

    @property
    def words(self):
        """The words in the text, without punctuation or query syntax."""
        return WORD.findall(self.text)

    def __bool__(self):
        return bool(self.words)


def _without_control_characters(text):
    return "".join(
        " " if unicodedata.category(character) in ("Cc", "Cf", "Cs", "Co", "Cn") else character
        for character in text
    )


def search_text(raw):
    """The searchable text of what the visitor sent (`?q=`)."""
    raw = raw or ""
    # A URL may be kilobytes long: only its start is read at all.
    read = raw[: MAX_LENGTH * 4]
    text = " ".join(_without_control_characters(read).split())
    if len(text) <= MAX_LENGTH:
        return SearchText(text, shortened=len(read) < len(raw))
    cut = text[:MAX_LENGTH]
    # Cut at the last space, unless that would drop most of the text.
    if " " in cut[MAX_LENGTH // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return SearchText(cut, shortened=True)


def is_storable(value):
    """Whether a results page for `?q=value` is worth keeping in the page
    cache: a few plain words, exactly as the search form sends them."""
    return len(value) <= STORABLE_MAX_LENGTH and STORABLE.fullmatch(value) is not None
