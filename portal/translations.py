"""The translation catalogues: locale/<language>/LC_MESSAGES/django.po, compiled
to the .mo files Django reads, with polib (pure Python, pinned), so no machine
needs GNU gettext's msgfmt. The .mo files are build output (not in git):
``manage.py compile_translations`` writes them, and `make run`, `make test`
and the test suite's start (tests/conftest.py) call it.

Plain Python on paths: the test suite calls it before Django loads a catalogue.
"""

from pathlib import Path

import polib

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


def catalogues(locale_dirs=(LOCALE_DIR,)) -> list[Path]:
    """Every .po file under the locale directories."""
    return sorted(po for folder in locale_dirs for po in Path(folder).glob("*/LC_MESSAGES/*.po"))


def compiled(po: Path) -> bytes:
    """The .mo bytes for one catalogue (translated entries only: never a fuzzy one)."""
    return polib.pofile(str(po)).to_binary()


def mo_path(po: Path) -> Path:
    return po.with_suffix(".mo")


def is_current(po: Path) -> bool:
    mo = mo_path(po)
    return mo.exists() and mo.read_bytes() == compiled(po)


def compile_catalogues(locale_dirs=(LOCALE_DIR,)) -> list[Path]:
    """Write each catalogue's .mo beside its .po when missing or out of date;
    returns the .mo files written."""
    written = []
    for po in catalogues(locale_dirs):
        mo = mo_path(po)
        data = compiled(po)
        if not mo.exists() or mo.read_bytes() != data:
            mo.write_bytes(data)
            written.append(mo)
    return written
