"""Plain text that staff paste in: no control characters.

Word and some PDF viewers paste a vertical tab for a line break, a form feed
for a page break, or other C0 control characters. Browsers show nothing for
them, but XML 1.0 forbids them (an Atom feed with one is not XML at all) and
screen readers may read them out. Each becomes a space, so words on either
side stay apart; a one-line field gets spaces for tabs and line breaks too.
"""

import re

# C0 controls and DEL, less tab, line feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+")
_CONTROL_AND_BREAKS = re.compile(r"[\x00-\x1f\x7f]+")


def without_control_characters(text: str, *, single_line: bool = False) -> str:
    if not text:
        return text
    return (_CONTROL_AND_BREAKS if single_line else _CONTROL).sub(" ", text)
