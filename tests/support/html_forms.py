"""What a browser would post from a form on a page: the values as rendered,
read from the HTML (inputs, checked boxes, selected options, text areas),
without JavaScript. Used to save admin pages unchanged, as staff do."""

from html.parser import HTMLParser

SKIPPED_INPUTS = {"submit", "button", "image", "reset", "file"}


class _FormReader(HTMLParser):
    def __init__(self, wanted):
        super().__init__(convert_charrefs=True)
        self.wanted = wanted
        self.depth = 0  # inside the wanted form when > 0
        self.found = False
        self.data: list[tuple[str, str]] = []
        self.buttons: set[str] = set()
        self._select = None  # (name, multiple, options, selected)
        self._option = None
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = {name: (value if value is not None else "") for name, value in attrs}
        if tag == "form":
            if self.depth:
                self.depth += 1
            elif not self.found and self.wanted(attrs):
                self.depth, self.found = 1, True
            return
        if not self.depth or "disabled" in attrs:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text").lower()
            if kind in SKIPPED_INPUTS:
                if kind == "submit":
                    self.buttons.add(name)
            elif kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.data.append((name, attrs.get("value", "on")))
            else:
                self.data.append((name, attrs.get("value", "")))
        elif tag == "button" and name:
            self.buttons.add(name)
        elif tag == "select" and name:
            self._select = (name, "multiple" in attrs, [], [])
        elif tag == "option" and self._select is not None:
            self._option = [attrs.get("value"), "", "selected" in attrs]
        elif tag == "textarea" and name:
            self._textarea = [name, ""]

    def handle_data(self, data):
        if self._option is not None:
            self._option[1] += data
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form" and self.depth:
            self.depth -= 1
        elif tag == "option" and self._option is not None:
            value, text, selected = self._option
            value = text.strip() if value is None else value
            self._select[2].append(value)
            if selected:
                self._select[3].append(value)
            self._option = None
        elif tag == "select" and self._select is not None:
            name, multiple, options, selected = self._select
            if not selected and not multiple and options:
                selected = options[:1]  # a browser posts the first option
            self.data.extend((name, value) for value in selected)
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            name, text = self._textarea
            # Browsers drop one newline straight after <textarea>.
            self.data.append((name, text[1:] if text.startswith("\n") else text))
            self._textarea = None


def form_post_data(html: str, *, wanted=None) -> tuple[dict[str, list[str]], set[str]]:
    """(field name -> values, names of the submit buttons) of the first form
    for which ``wanted(attributes)`` is true (default: a POST form with an id
    ending in ``_form``, as the admin's change forms have)."""
    if wanted is None:

        def wanted(attrs):
            return attrs.get("method", "").lower() == "post" and attrs.get("id", "").endswith(
                "_form"
            )

    reader = _FormReader(wanted)
    reader.feed(html)
    reader.close()
    if not reader.found:
        raise LookupError("no such form on the page")
    data: dict[str, list[str]] = {}
    for name, value in reader.data:
        data.setdefault(name, []).append(value)
    return data, reader.buttons
