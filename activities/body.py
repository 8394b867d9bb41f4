"""An activity's body: Markdown typed by staff, kept as sanitised HTML.

Staff (translators included, the least trusted) type Markdown in a plain
textarea: paragraphs are separated by an empty line, `*emphasis*`,
`**strong**`, `[a link](https://...)`, and lists with `-` or `1.`. Python-
Markdown turns it into HTML, and nh3 then keeps only paragraphs, links,
lists and emphasis: every other tag is dropped (its text stays, the text of
<script> and <style> goes too), every attribute but a link's href is
dropped, and an href survives only with http, https or mailto. Whatever
anyone types, only that markup can reach a page.
"""

from urllib.parse import urlsplit

import markdown
import nh3

ALLOWED_TAGS = {"p", "a", "ul", "ol", "li", "em", "strong"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}
# Markdown syntax for markup the body does not allow: without these it stays
# plain text ("# Title" a paragraph, `code` with its backticks) instead of
# turning into a heading or a code block whose tags nh3 would strip, leaving
# the text outside any paragraph.
UNUSED_BLOCK_SYNTAX = ("hashheader", "setextheader", "hr", "code", "quote")
UNUSED_INLINE_SYNTAX = ("backtick", "image_link", "image_reference", "short_image_ref")


class _OnlyAllowedSyntax(markdown.Extension):
    def extendMarkdown(self, md):
        for name in UNUSED_BLOCK_SYNTAX:
            if name in md.parser.blockprocessors:
                md.parser.blockprocessors.deregister(name)
        for name in UNUSED_INLINE_SYNTAX:
            if name in md.inlinePatterns:
                md.inlinePatterns.deregister(name)


def _keep_safe_links(tag, attribute, value):
    """nh3's attribute filter: an href only with an allowed scheme, so
    relative and scheme-less addresses go too (they would mean something
    else on each page)."""
    if tag == "a" and attribute == "href":
        scheme = urlsplit(value.strip()).scheme.lower()
        return value if scheme in ALLOWED_URL_SCHEMES else None
    return value


def clean_html(html):
    """`html` with nothing left but the body's allowed markup."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        attribute_filter=_keep_safe_links,
        link_rel="noopener noreferrer",
    )


def render_body(source):
    """The sanitised HTML of a Markdown `source` ("" for an empty one)."""
    if not source or not source.strip():
        return ""
    # A new Markdown instance per call: instances keep state between
    # conversions and are not safe to share between threads.
    html = markdown.markdown(source, extensions=[_OnlyAllowedSyntax()], output_format="html")
    return clean_html(html).strip()
