"""What a browser would send back from an admin form, read from its HTML."""

from html.parser import HTMLParser

FORM_ID_SUFFIX = "_form"


class _FormFields(HTMLParser):
    def __init__(self):
        super().__init__()
        self.values = {}
        self._in_form = False
        self._textarea = None
        self._select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("id", "").endswith(FORM_ID_SUFFIX):
            self._in_form = True
        if not self._in_form or "disabled" in attrs:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            if kind in ("file", "submit", "button"):
                return
            self.values[name] = attrs.get("value", "on" if kind == "checkbox" else "")
        elif tag == "textarea" and name:
            self._textarea = name
            self.values[name] = ""
        elif tag == "select" and name:
            self._select = name
            self.values.setdefault(name, "")
        elif tag == "option" and self._select and "selected" in attrs:
            self.values[self._select] = attrs.get("value", "")

    def handle_endtag(self, tag):
        if tag == "form":
            self._in_form = False
        elif tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data):
        if self._textarea:
            # A browser drops the newline right after <textarea>.
            self.values[self._textarea] += (
                data.removeprefix("\n") if not self.values[self._textarea] else data
            )


def form_values(page):
    """The name → value pairs the admin's change or add form would submit."""
    parser = _FormFields()
    parser.feed(page.content.decode())
    values = parser.values
    values.pop("csrfmiddlewaretoken", None)
    return values
