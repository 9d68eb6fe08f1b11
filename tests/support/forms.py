"""A rendered HTML form sent back as a browser would send it.

``form_values(html, form_id)`` reads the form's own markup (inputs, textareas,
selects) and returns what submitting it unchanged posts: checked boxes and
radios only, selected options only, no buttons, disabled controls left out.
A test that builds its POST data this way posts exactly the fields the page
shows, so a field the template forgets (or renders with a wrong value) shows
up as a failed save, as it would for staff.
"""

from html.parser import HTMLParser

# Inputs a browser does not send when a form is submitted without pressing them.
NOT_SENT = {"submit", "button", "reset", "image", "file"}


class _FormReader(HTMLParser):
    def __init__(self, form_id: str | None):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.in_form = False
        self.depth = 0
        self.found = False
        self.values: list[tuple[str, str]] = []
        self._textarea: tuple[str, list[str]] | None = None
        self._select: tuple[str, bool, list[tuple[str, bool]]] | None = None
        self._option: list | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            if not self.in_form and not self.found and self.form_id in (None, attrs.get("id")):
                self.in_form, self.found, self.depth = True, True, 0
            elif self.in_form:
                self.depth += 1
            return
        if not self.in_form:
            return
        name = attrs.get("name")
        disabled = "disabled" in attrs
        if tag == "input" and name and not disabled:
            kind = (attrs.get("type") or "text").lower()
            if kind in NOT_SENT:
                return
            if kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.values.append((name, attrs.get("value", "on")))
                return
            self.values.append((name, attrs.get("value") or ""))
        elif tag == "textarea" and name and not disabled:
            self._textarea = (name, [])
        elif tag == "select" and name and not disabled:
            self._select = (name, "multiple" in attrs, [])
        elif tag == "option" and self._select is not None:
            self._option = [attrs.get("value"), "selected" in attrs, []]

    def handle_endtag(self, tag):
        if tag == "form" and self.in_form:
            if self.depth == 0:
                self.in_form = False
            else:
                self.depth -= 1
        elif tag == "textarea" and self._textarea is not None:
            name, parts = self._textarea
            text = "".join(parts)
            # A browser drops one newline right after <textarea>.
            if text.startswith("\n"):
                text = text[1:]
            self.values.append((name, text))
            self._textarea = None
        elif tag == "option" and self._option is not None:
            self._close_option()
        elif tag == "select" and self._select is not None:
            if self._option is not None:
                self._close_option()
            name, multiple, options = self._select
            chosen = [value for value, selected in options if selected]
            if not multiple and not chosen and options:
                chosen = [options[0][0]]  # a single select sends its first option
            self.values.extend((name, value) for value in chosen)
            self._select = None

    def _close_option(self):
        value, selected, text = self._option
        self._select[2].append((value if value is not None else "".join(text).strip(), selected))
        self._option = None

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1].append(data)
        elif self._option is not None:
            self._option[2].append(data)


def form_values(html: str, form_id: str | None = None) -> dict[str, str | list[str]]:
    """What submitting the form ``form_id`` (else the first form) of ``html`` unchanged
    posts: one value per name, a list where a name is sent more than once."""
    reader = _FormReader(form_id)
    reader.feed(html)
    reader.close()
    assert reader.found, f"no form {form_id or ''} in the page"
    data: dict[str, str | list[str]] = {}
    for name, value in reader.values:
        if name in data:
            before = data[name]
            data[name] = [*before, value] if isinstance(before, list) else [before, value]
        else:
            data[name] = value
    return data
